// Generated from negation.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "not",
    "match": [
      "not",
      "n't",
      "never",
      "neither",
      "nor",
      "cannot",
      "no longer",
      "not yet"
    ],
    "notBefore": [
      "only",
      "just",
      "merely",
      "simply",
      "surprisingly",
      "least",
      "necessarily",
      "to mention"
    ],
    "note": "A plain negation denies the claim that follows.",
    "source": "BioScope negation cues (not, no, cannot, neither, nor)"
  },
  {
    "id": "dont",
    "match": [
      "don't",
      "doesn't",
      "didn't",
      "won't",
      "isn't",
      "aren't",
      "wasn't",
      "weren't",
      "hasn't",
      "haven't",
      "can't",
      "couldn't",
      "wouldn't",
      "shouldn't"
    ],
    "notBefore": [
      "only",
      "just",
      "merely"
    ],
    "note": "A contracted negation denies the claim that follows.",
    "source": "BioScope negation cues"
  },
  {
    "id": "no",
    "match": [
      "no",
      "none",
      "nothing",
      "nobody",
      "without"
    ],
    "notBefore": [
      "doubt",
      "wonder",
      "matter",
      "sooner",
      "more than",
      "less than",
      "fewer than"
    ],
    "note": "“No” or “without” in front of a claim denies it.",
    "source": "BioScope negation cues (no, without, absence)"
  },
  {
    "id": "fail",
    "match": [
      "fail to",
      "fails to",
      "failed to",
      "failing to",
      "unable to",
      "absence of",
      "lack of",
      "lacks",
      "lacked",
      "did nothing to",
      "does nothing to",
      "rule out",
      "ruled out"
    ],
    "note": "Verbs of failure and absence deny the claim that follows.",
    "source": "BioScope negation cues (fail, absence, lack)"
  },
  {
    "id": "reluctance",
    "match": [
      "hesitate to",
      "hesitates to",
      "hesitated to",
      "hesitant to",
      "reluctant to",
      "refrain from",
      "refrained from",
      "stop short of",
      "stops short of",
      "stopped short of"
    ],
    "note": "Declining to say something (“I would hesitate to call it groundbreaking”, “stopped short of calling it a cure”) withholds the claim that follows rather than making it.",
    "source": "BioScope negation cues (speculation and refusal cues); issue"
  }
] as const;
