// Generated from hedges.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "modal-may",
    "kind": "speculation",
    "match": [
      "may",
      "might",
      "may or may not",
      "might not"
    ],
    "note": "A modal verb presents the claim as a possibility.",
    "source": "BioScope speculation cues (may 441, might 91); RULES.md hedge definition"
  },
  {
    "id": "modal-may-be",
    "kind": "speculation",
    "match": [
      "may be",
      "might be",
      "may well be"
    ],
    "note": "A modal verb presents the claim as a possibility.",
    "source": "BioScope speculation cues"
  },
  {
    "id": "modal-could",
    "kind": "speculation",
    "match": [
      "could",
      "could potentially",
      "would"
    ],
    "note": "A conditional modal presents the claim as a possibility.",
    "source": "BioScope speculation cues (could 71, would 25)"
  },
  {
    "id": "suggest",
    "kind": "speculation",
    "match": [
      "suggest",
      "suggests",
      "suggested",
      "suggesting",
      "suggestive of",
      "suggestion",
      "suggestions"
    ],
    "notAfter": [
      "as",
      "been"
    ],
    "notBefore": [
      "by"
    ],
    "note": "“Suggests” reports a tentative reading of the evidence.",
    "source": "BioScope speculation cues (suggest 245, suggesting 117)"
  },
  {
    "id": "indicate-that",
    "kind": "speculation",
    "match": [
      "indicate that",
      "indicates that",
      "indicated that",
      "indicating that",
      "indicate a",
      "indicates a",
      "indicating a",
      "an indication that"
    ],
    "note": "“Indicates that” reports an inference, not a demonstration.",
    "source": "BioScope speculation cues (indicate that 108, indicating that 51)"
  },
  {
    "id": "appear",
    "kind": "speculation",
    "match": [
      "appear to",
      "appears to",
      "appeared to",
      "appearing to",
      "appear that",
      "appears that",
      "appear as",
      "appears as",
      "it appears",
      "seem*",
      "look like",
      "looks like",
      "looks as"
    ],
    "notAfter": [
      "to",
      "would",
      "does",
      "did"
    ],
    "note": "“Appears to” presents the finding as an impression.",
    "source": "BioScope speculation cues (appears 87, seems 24)"
  },
  {
    "id": "likely",
    "kind": "speculation",
    "match": [
      "likely",
      "unlikely",
      "probably",
      "probable",
      "likelihood"
    ],
    "notAfter": [
      "more",
      "less",
      "most",
      "least",
      "as",
      "equally",
      "times",
      "twice",
      "no",
      "increased",
      "decreased",
      "higher",
      "lower",
      "greater"
    ],
    "note": "Probability words mark an estimate, not a certainty.",
    "source": "BioScope speculation cues (likely 64, probably 23)"
  },
  {
    "id": "possible",
    "kind": "speculation",
    "match": [
      "possible",
      "possibly",
      "possibility",
      "possibilities",
      "potential",
      "potentially",
      "putative",
      "putatively",
      "plausible",
      "plausibly",
      "conceivabl*",
      "perhaps",
      "presumabl*",
      "apparently",
      "hypothetical*"
    ],
    "notAfter": [
      "as",
      "if",
      "where",
      "whenever",
      "lowest",
      "highest",
      "best",
      "smallest",
      "largest",
      "soon"
    ],
    "note": "Possibility words mark an open question.",
    "source": "BioScope speculation cues (possible 51, potential 38, putative 33)"
  },
  {
    "id": "hypothesis",
    "kind": "speculation",
    "match": [
      "hypothesis",
      "hypotheses",
      "hypothesise*",
      "hypothesize*",
      "propose",
      "proposes",
      "proposed that",
      "proposing",
      "speculate*",
      "postulate*",
      "assume*",
      "assuming",
      "assumption",
      "conjecture*",
      "we believe",
      "is believed",
      "are believed",
      "believed to",
      "is thought",
      "are thought",
      "thought to be",
      "is presumed"
    ],
    "notAfter": [
      "it's",
      "don't",
      "never"
    ],
    "note": "Hypotheses and beliefs are not findings.",
    "source": "BioScope speculation cues (thought 36, propose 22, hypothesis 19)"
  },
  {
    "id": "uncertainty",
    "kind": "speculation",
    "match": [
      "unclear",
      "uncertain",
      "uncertainty",
      "unknown",
      "not known",
      "not clear",
      "not yet clear",
      "not certain",
      "not yet certain",
      "not yet known",
      "not fully understood",
      "not well understood",
      "poorly understood",
      "remains to be",
      "remain to be",
      "yet to be",
      "cannot be excluded",
      "cannot be ruled out",
      "cannot rule out",
      "raises the possibility",
      "raise the possibility",
      "raising the possibility",
      "raises the question",
      "open question",
      "whether or not",
      "unproven",
      "not proven",
      "elusive",
      "debatable",
      "controversial",
      "to be determined",
      "too early to",
      "too soon to"
    ],
    "note": "Saying what is not known limits the claim.",
    "source": "BioScope speculation cues (unknown 18, unclear 16, not known 8, not clear 7)"
  },
  {
    "id": "tend",
    "kind": "speculation",
    "match": [
      "hope to",
      "hopes to",
      "hoped to",
      "hoping to",
      "aim to",
      "aims to",
      "we hope",
      "tend to",
      "tends to",
      "tended to",
      "in theory",
      "theoretically",
      "reportedly",
      "allegedly",
      "supposedly",
      "arguably",
      "expected to",
      "predicted to",
      "consistent with",
      "estimated to"
    ],
    "note": "These words mark a tendency, an expectation or a report rather than a finding.",
    "source": "BioScope speculation cues (expected 8, predicted 6, consistent with 2)"
  },
  {
    "id": "limited-scope",
    "kind": "limited-evidence",
    "match": [
      "in some patients",
      "in some people",
      "in some cases",
      "for some people",
      "for some patients",
      "some patients",
      "in certain patients",
      "in a small trial",
      "in a small study",
      "a small study",
      "a small trial",
      "a pilot study",
      "a small pilot",
      "early results",
      "early findings",
      "early data",
      "early-stage",
      "in mice",
      "in rats",
      "in animals",
      "in animal studies",
      "in cells",
      "in the lab",
      "in laboratory",
      "in vitro",
      "in a test tube",
      "more research is needed",
      "further research is needed",
      "more studies are needed",
      "further studies are needed",
      "needs to be confirmed",
      "need to be confirmed",
      "based on limited data",
      "based on limited evidence"
    ],
    "note": "Scoping a claim to narrow or early evidence tells readers how far it goes.",
    "source": "RULES.md hedge definition; HealthNewsReview.org criterion on the quality of the evidence"
  },
  {
    "id": "association",
    "kind": "association",
    "match": [
      "associated with",
      "association between",
      "association with",
      "linked to",
      "linked with",
      "link between",
      "correlated with",
      "correlates with",
      "correlation between",
      "tied to"
    ],
    "note": "An association is not an effect; saying so limits the claim.",
    "source": "RULES.md hedge definition; Yu et al. 2019 (correlational claims)"
  }
] as const;
