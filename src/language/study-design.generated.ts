// Generated from study-design.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "observational-study",
    "kind": "observational",
    "match": [
      "observational study",
      "observational studies",
      "observational research",
      "observational data",
      "observational analysis",
      "cohort study",
      "cohort studies",
      "prospective cohort",
      "retrospective cohort",
      "retrospective study",
      "retrospective analysis",
      "retrospective review",
      "longitudinal study",
      "case-control study",
      "case-control studies",
      "cross-sectional study",
      "cross-sectional survey",
      "cross-sectional analysis",
      "population-based study",
      "epidemiological study",
      "epidemiologic study",
      "ecological study",
      "registry study",
      "registry data",
      "chart review",
      "medical records",
      "health records",
      "claims data",
      "insurance claims"
    ],
    "note": "Observational designs show that two things go together, not that one causes the other.",
    "source": "Sumner et al., BMJ 2014;349:g7015 (causal claims from correlational data); CONSORT/STROBE design names"
  },
  {
    "id": "survey",
    "kind": "observational",
    "match": [
      "a survey of",
      "survey of",
      "surveyed",
      "national survey",
      "online survey",
      "food frequency questionnaire"
    ],
    "note": "Surveys record what people report, not the effect of anything.",
    "source": "STROBE statement (observational designs)"
  },
  {
    "id": "followed-people",
    "kind": "observational",
    "match": [
      "followed for",
      "were followed",
      "were tracked",
      "tracked the health of",
      "followed the health of",
      "analysed data",
      "analyzed data",
      "analysed the records",
      "analyzed the records",
      "who reported eating",
      "who ate",
      "who drank",
      "those who ate",
      "those who drank",
      "people who ate",
      "people who drank"
    ],
    "notAfter": [
      "randomly"
    ],
    "note": "Following people who chose an exposure is observation, not an experiment.",
    "source": "Sumner et al., BMJ 2014 (correlational designs in press releases)"
  },
  {
    "id": "association-wording",
    "kind": "observational",
    "match": [
      "is associated with",
      "are associated with",
      "was associated with",
      "were associated with",
      "association between",
      "linked to",
      "linked with",
      "link between",
      "correlated with",
      "correlation between",
      "tied to"
    ],
    "notAfter": [
      "not",
      "no"
    ],
    "note": "Association wording reports a correlation; a causal claim beside it overstates it.",
    "source": "Yu et al., EMNLP 2019 (correlational claim cues)"
  },
  {
    "id": "animal",
    "kind": "animal",
    "match": [
      "in mice",
      "in rats",
      "in a mouse",
      "in mouse",
      "mouse model",
      "mouse models",
      "rat model",
      "in animals",
      "animal study",
      "animal studies",
      "animal model",
      "animal models",
      "in zebrafish",
      "in fruit flies",
      "in worms",
      "in pigs",
      "in monkeys",
      "in primates",
      "in dogs",
      "animals",
      "lab mice",
      "laboratory mice",
      "the mice",
      "the rats",
      "mice",
      "rats",
      "rodents",
      "mouse study",
      "rat study",
      "animal hearts",
      "animal heart",
      "animal tissue",
      "animal tissues",
      "animal cells",
      "animal organs",
      "pig hearts",
      "pig heart"
    ],
    "note": "Results in animals often do not carry over to people.",
    "source": "Sumner et al., BMJ 2014 (inference to humans from animal research); FTC Health Products Compliance Guidance 2022"
  },
  {
    "id": "laboratory",
    "kind": "laboratory",
    "match": [
      "in vitro",
      "in cells",
      "in human cells",
      "cell culture",
      "cell cultures",
      "cultured cells",
      "in a petri dish",
      "in petri dishes",
      "in a dish",
      "in the lab",
      "in the laboratory",
      "laboratory dishes",
      "lab dishes",
      "in a test tube",
      "in test tubes",
      "cell lines",
      "cell line",
      "organoids"
    ],
    "notBefore": [
      "fertilisation",
      "fertilization",
      "maturation"
    ],
    "note": "Results in cells or tissue say little about effects in a person.",
    "source": "FTC Health Products Compliance Guidance 2022 (in-vitro evidence alone is not enough)"
  },
  {
    "id": "randomised",
    "kind": "experimental",
    "match": [
      "randomised",
      "randomized",
      "randomly assigned",
      "randomly allocated",
      "random assignment",
      "placebo-controlled",
      "placebo controlled",
      "controlled trial",
      "controlled trials",
      "RCT",
      "RCTs",
      "double-blind",
      "double blind",
      "meta-analysis of trials"
    ],
    "note": "Random assignment lets an effect be read as caused by the treatment.",
    "source": "CONSORT 2010 (randomised trials)"
  },
  {
    "id": "placebo",
    "kind": "experimental",
    "match": [
      "placebo",
      "placebos",
      "sham",
      "dummy pill",
      "dummy pills"
    ],
    "note": "A comparison with placebo or sham means a treatment was assigned, so the groups differ by the treatment, not by who chose it; \"those who drank\" beside it describes a trial arm, not a cohort.",
    "source": "CONSORT 2010 (trial designs)"
  },
  {
    "id": "controlled",
    "kind": "experimental",
    "match": [
      "trial",
      "trials",
      "clinical trial",
      "clinical trials",
      "human trial",
      "phase 1 trial",
      "phase 2 trial",
      "phase 3 trial",
      "phase I trial",
      "phase II trial",
      "phase III trial",
      "pilot trial",
      "crossover trial",
      "crossover study"
    ],
    "note": "A trial that assigns a treatment and compares it with another group tests an effect directly.",
    "source": "CONSORT 2010 (trial designs)"
  },
  {
    "id": "assigned-groups",
    "kind": "experimental",
    "match": [
      "intervention group",
      "intervention groups",
      "treatment group",
      "treatment groups",
      "experimental group",
      "experimental groups",
      "control group",
      "control groups"
    ],
    "note": "Groups named as the experiment's arms mean the researchers gave the treatment to one group and not to the other: \"athletes who drank the milk\" then describes an arm, not people who chose it.",
    "source": "CONSORT 2010 (trial designs, parallel groups)"
  }
] as const;
