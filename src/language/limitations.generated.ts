// Generated from limitations.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "limitation",
    "match": [
      "limitation",
      "limitations",
      "limited by",
      "drawback",
      "drawbacks",
      "caveat",
      "caveats",
      "shortcoming",
      "shortcomings"
    ],
    "note": "Names a limit of the study.",
    "source": "DISCERN item 8 (areas of uncertainty)"
  },
  {
    "id": "not-causal",
    "match": [
      "cannot prove",
      "can't prove",
      "does not prove",
      "doesn't prove",
      "did not prove",
      "cannot show",
      "cannot establish",
      "cannot determine",
      "not prove",
      "cause and effect",
      "cause-and-effect",
      "causal relationship",
      "causal link",
      "causation",
      "only an association",
      "only a correlation",
      "does not mean that"
    ],
    "note": "Says what the design cannot show.",
    "source": "HealthNewsReview.org criterion 4; Sumner et al., BMJ 2014"
  },
  {
    "id": "more-research",
    "match": [
      "more research",
      "further research",
      "more studies",
      "further studies",
      "larger studies",
      "larger trials",
      "larger study",
      "larger trial",
      "needs to be confirmed",
      "need to be confirmed",
      "must be confirmed",
      "should be confirmed",
      "to confirm these",
      "to confirm the",
      "be replicated",
      "remains to be seen",
      "remain unclear",
      "remains unclear",
      "not yet known"
    ],
    "note": "Says the question is not settled.",
    "source": "DISCERN item 8 (areas of uncertainty)"
  },
  {
    "id": "small-or-early",
    "match": [
      "small study",
      "small trial",
      "small sample",
      "small number of",
      "preliminary",
      "pilot study",
      "pilot trial",
      "early-stage",
      "early stage research",
      "early results",
      "short-term",
      "short term",
      "few patients",
      "few participants"
    ],
    "note": "Says the evidence is small or early.",
    "source": "HealthNewsReview.org criterion 4 (quality of evidence)"
  }
] as const;
