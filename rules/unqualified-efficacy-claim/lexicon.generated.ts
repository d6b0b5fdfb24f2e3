// Generated from lexicon.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "cures",
    "strong": true,
    "match": [
      "cures",
      "will cure",
      "can cure",
      "cured of",
      "cured my",
      "cured me",
      "cured her",
      "cured his",
      "cured their",
      "is a cure for",
      "is the cure for",
      "the cure for",
      "a natural cure for",
      "permanent cure"
    ],
    "prefer": [
      "may help with"
    ],
    "note": "Few treatments cure; say what the evidence shows and cite it.",
    "source": "FTC Health Products Compliance Guidance (2022); ASA CAP Code 12.1"
  },
  {
    "id": "reverses",
    "strong": true,
    "match": [
      "reverses",
      "reversed",
      "reversing",
      "will reverse",
      "can reverse",
      "reverse the",
      "reverse your"
    ],
    "notAfter": [
      "in",
      "the",
      "a",
      "to",
      "of",
      "is",
      "are",
      "was",
      "were",
      "be",
      "been",
      "had"
    ],
    "notBefore": [
      "advice",
      "course",
      "policy",
      "decision",
      "recommendation",
      "recommendations",
      "position",
      "ruling",
      "trend",
      "the trend",
      "longstanding advice",
      "long-standing advice",
      "previous advice",
      "earlier advice",
      "their advice",
      "its advice",
      "the advice",
      "the decision",
      "the policy"
    ],
    "prefer": [
      "may help with"
    ],
    "note": "“Reverses” promises that the condition goes away; few trials show that.",
    "source": "RULES.md (“can reverse depression” is not hedged by “can”); FTC Health Products Compliance Guidance (2022)"
  },
  {
    "id": "eliminates",
    "strong": true,
    "match": [
      "eliminates",
      "will eliminate",
      "can eliminate",
      "completely eliminates",
      "gets rid of",
      "wipes out",
      "eradicates"
    ],
    "prefer": [
      "may reduce"
    ],
    "note": "Claims that a symptom or disease disappears need strong evidence; say how much it fell and cite it.",
    "source": "FTC Health Products Compliance Guidance (2022)"
  },
  {
    "id": "guaranteed",
    "strong": true,
    "match": [
      "guaranteed",
      "guarantees",
      "guarantee",
      "100% effective",
      "works every time",
      "always works",
      "never fails"
    ],
    "notAfter": [
      "no",
      "not",
      "without"
    ],
    "prefer": [
      "may"
    ],
    "note": "No treatment works for everyone; a guarantee is never supported.",
    "source": "ASA CAP Code 12.1 and 3.7; FTC Health Products Compliance Guidance (2022)"
  },
  {
    "id": "proven",
    "strong": true,
    "match": [
      "clinically proven",
      "scientifically proven",
      "medically proven",
      "proven to",
      "proven effective",
      "proven cure",
      "proven treatment",
      "proven remedy",
      "proven benefits"
    ],
    "notAfter": [
      "not",
      "never",
      "been"
    ],
    "notBefore": [
      "the",
      "a",
      "an",
      "be wrong",
      "be false",
      "be incorrect",
      "be mistaken",
      "be ineffective",
      "be useless",
      "be harmful",
      "be unsafe",
      "be dangerous"
    ],
    "prefer": [
      "tested in clinical trials"
    ],
    "note": "“Proven” needs the trials that prove it; name and cite them.",
    "source": "FTC Health Products Compliance Guidance (2022), “clinically proven” claims"
  },
  {
    "id": "highly-effective",
    "strong": true,
    "match": [
      "highly effective",
      "extremely effective",
      "very effective",
      "incredibly effective",
      "remarkably effective",
      "hugely effective",
      "amazingly effective",
      "exceptionally effective",
      "truly effective",
      "powerful treatment",
      "potent treatment"
    ],
    "prefer": [
      "effective in some patients"
    ],
    "note": "Say how effective, in whom, and in which study.",
    "source": "RULES.md (“highly effective”); Millar et al. 2022 (amplified hype)"
  },
  {
    "id": "effective-treatment",
    "match": [
      "is effective",
      "are effective",
      "is an effective",
      "are an effective",
      "effective treatment for",
      "effective treatments for",
      "effective remedy",
      "effective cure",
      "effective way to treat",
      "effective in treating",
      "effective at treating",
      "effective against",
      "it works",
      "really works",
      "actually works",
      "that works",
      "this works",
      "works wonders"
    ],
    "notAfter": [
      "not",
      "cost",
      "how",
      "whether",
      "if",
      "equally",
      "as",
      "less",
      "more"
    ],
    "prefer": [
      "may be effective"
    ],
    "note": "Say how well it worked, in whom, and cite the study.",
    "source": "Yu et al. 2019 (direct causal claims, “is effective”); FTC Health Products Compliance Guidance (2022)"
  },
  {
    "id": "comparative-efficacy",
    "match": [
      "more effective than",
      "more effective",
      "most effective",
      "the most powerful",
      "most powerful",
      "the best treatment",
      "the best remedy",
      "the best cure",
      "better than antidepressants",
      "better than drugs",
      "better than medication",
      "works better than",
      "works faster than",
      "produces better results",
      "produce better results",
      "gives better results",
      "give better results",
      "faster-acting",
      "faster acting",
      "the only treatment",
      "the best medicine",
      "superior to",
      "more efficacious",
      "most efficacious",
      "more accurate than"
    ],
    "notAfter": [
      "not",
      "no",
      "is not",
      "far from",
      "for",
      "being",
      "being the"
    ],
    "notBefore": [
      "approved",
      "licensed",
      "authorised",
      "authorized",
      "cleared",
      "available",
      "covered"
    ],
    "prefer": [
      "worked better than the comparison in one study"
    ],
    "note": "A comparison of efficacy needs a head-to-head trial; name and cite it.",
    "source": "RULES.md (superlatives and comparatives of efficacy); ASA CAP Code 3.33 (comparisons)"
  },
  {
    "id": "alleviates",
    "strong": true,
    "match": [
      "alleviates",
      "will alleviate",
      "can alleviate",
      "be alleviated",
      "are alleviated",
      "is alleviated",
      "alleviated within",
      "alleviating",
      "relieves",
      "will relieve",
      "can relieve",
      "be relieved",
      "provides relief",
      "instant relief",
      "immediate relief",
      "fast relief",
      "eases symptoms",
      "ease symptoms",
      "eases the symptoms"
    ],
    "notAfter": [
      "on",
      "at",
      "of",
      "for",
      "to",
      "toward",
      "towards",
      "aimed",
      "aim",
      "aims",
      "goal",
      "help"
    ],
    "prefer": [
      "may ease"
    ],
    "note": "Say how much symptoms eased, for how long, in whom, and cite the study.",
    "source": "RULES.md (“alleviates symptoms within minutes”)"
  },
  {
    "id": "heals",
    "strong": true,
    "match": [
      "heals",
      "will heal",
      "can heal",
      "restores",
      "will restore",
      "can restore",
      "regenerates",
      "repairs the",
      "rebuilds",
      "detoxifies",
      "detoxes",
      "flushes out toxins",
      "cleanses the"
    ],
    "notAfter": [
      "to",
      "of"
    ],
    "prefer": [
      "may help"
    ],
    "note": "Healing and restoring claims need clinical evidence; say what was measured and cite it.",
    "source": "FTC Health Products Compliance Guidance (2022)"
  },
  {
    "id": "prevents",
    "match": [
      "prevents",
      "will prevent",
      "protects against",
      "will protect you",
      "wards off",
      "stops cancer",
      "kills cancer cells",
      "fights cancer",
      "fights off",
      "boosts immunity",
      "boosts the immune system",
      "boosts your immune system",
      "strengthens the immune system",
      "strengthens your immune system",
      "boost your immune system"
    ],
    "notAfter": [
      "to",
      "not",
      "help",
      "helps",
      "which",
      "that"
    ],
    "prefer": [
      "may lower the risk of"
    ],
    "note": "A prevention claim needs a trial with the disease as its outcome; say how much the risk fell and cite it.",
    "source": "FTC Health Products Compliance Guidance (2022); Yu et al. 2019 (direct causal claims)"
  },
  {
    "id": "lowers-risk",
    "match": [
      "reduces the risk",
      "reduces your risk",
      "reduces risk",
      "lowers the risk",
      "lowers your risk",
      "cuts the risk",
      "cuts your risk",
      "slashes the risk",
      "halves the risk",
      "reduces symptoms",
      "reduces pain",
      "reduces inflammation",
      "lowers blood pressure",
      "lowers cholesterol",
      "lowers blood sugar",
      "improves symptoms",
      "improves memory",
      "improves survival",
      "improves mood",
      "improves sleep",
      "improves outcomes",
      "extends life",
      "extends lifespan",
      "saves lives"
    ],
    "notAfter": [
      "to",
      "not",
      "help",
      "helps"
    ],
    "prefer": [
      "may lower"
    ],
    "note": "Say by how much, from what baseline, in whom, and cite the study.",
    "source": "Yu et al. 2019 (direct causal claims); CONSORT 17b"
  },
  {
    "id": "improves",
    "match": [
      "improves",
      "improved the",
      "improved their",
      "significantly improves",
      "significantly improved",
      "dramatically improves",
      "greatly improves",
      "will improve"
    ],
    "notAfter": [
      "not",
      "to",
      "help",
      "helps",
      "which",
      "no"
    ],
    "prefer": [
      "may improve"
    ],
    "note": "Say how much it improved, in whom, compared with what, and cite the study.",
    "source": "Yu et al. 2019 (direct causal claims, “improves”); FTC Health Products Compliance Guidance (2022)"
  },
  {
    "id": "reduces",
    "match": [
      "reduces",
      "significantly reduces",
      "dramatically reduces",
      "greatly reduces",
      "reduced the",
      "significantly reduced",
      "dramatically reduced",
      "will reduce",
      "lowers",
      "will lower",
      "cuts",
      "slashes",
      "halves",
      "prevented",
      "protects",
      "protected against",
      "boosts",
      "boosted",
      "strengthens",
      "speeds up recovery",
      "speeds recovery",
      "aids recovery",
      "aid recovery",
      "aids their recovery",
      "aid their recovery",
      "shortens",
      "relieved",
      "eased"
    ],
    "notAfter": [
      "not",
      "to",
      "help",
      "helps",
      "which",
      "no",
      "that",
      "who",
      "price",
      "cost",
      "is",
      "are"
    ],
    "notBefore": [
      "costs",
      "the cost",
      "prices",
      "the price",
      "spending",
      "waiting",
      "waste",
      "emissions",
      "time",
      "staff",
      "the number of staff",
      "to see",
      "to hear",
      "to find",
      "to know",
      "to learn"
    ],
    "prefer": [
      "may reduce"
    ],
    "note": "Say by how much, from what baseline, in whom, and cite the study.",
    "source": "Yu et al. 2019 (direct causal claims, “reduces”); CONSORT 17b"
  },
  {
    "id": "kills-all",
    "strong": true,
    "match": [
      "kills all",
      "killing all",
      "destroys all",
      "destroying all",
      "eliminates all",
      "eliminating all",
      "wipes out all"
    ],
    "notAfter": [
      "not",
      "to",
      "may",
      "might",
      "could",
      "no",
      "which",
      "that"
    ],
    "prefer": [
      "kills most"
    ],
    "note": "An absolute claim (every cell, every germ) needs evidence to match; say how many and cite it.",
    "source": "FTC Health Products Compliance Guidance (2022); ASA CAP Code 3.7 (absolute claims)"
  },
  {
    "id": "leads-to-benefit",
    "match": [
      "leads to a significant reduction in",
      "leads to a reduction in",
      "leads to a marked reduction in",
      "leads to a dramatic reduction in",
      "leads to an improvement in",
      "leads to a significant improvement in",
      "leads to significant improvements in",
      "results in a significant reduction in",
      "results in a reduction in"
    ],
    "notAfter": [
      "not",
      "to",
      "that",
      "which",
      "may",
      "no",
      "who"
    ],
    "prefer": [
      "may reduce"
    ],
    "note": "Say by how much, from what baseline, in whom, and cite the study.",
    "source": "Yu et al. 2019 (direct causal claims)"
  },
  {
    "id": "makes-a-difference",
    "match": [
      "makes a major difference in",
      "makes a big difference in",
      "makes a huge difference in",
      "makes a real difference in",
      "makes a significant difference in",
      "makes a dramatic difference in",
      "makes a major difference to",
      "makes a big difference to",
      "makes a huge difference to",
      "makes a real difference to",
      "makes a significant difference to"
    ],
    "notAfter": [
      "not",
      "that",
      "which",
      "may",
      "no",
      "to",
      "who"
    ],
    "prefer": [
      "may help"
    ],
    "note": "Say how big the difference was, in whom, compared with what, and cite the study.",
    "source": "Yu et al. 2019 (direct causal claims); HealthNewsReview.org criterion 2 (quantifying benefits)"
  },
  {
    "id": "can-prevent",
    "strong": true,
    "match": [
      "can prevent",
      "can ward off",
      "can protect against",
      "can protect women",
      "can protect men",
      "can protect children",
      "can protect people",
      "can protect you"
    ],
    "notAfter": [
      "to",
      "not",
      "help",
      "helps",
      "which",
      "that",
      "who"
    ],
    "notBefore": [
      "it from",
      "them from",
      "us from",
      "you from",
      "people from",
      "patients from"
    ],
    "prefer": [
      "may lower the risk of"
    ],
    "note": "A prevention claim needs a trial with the disease as its outcome; say how much the risk fell and cite it.",
    "source": "RULES.md (“can” does not soften a strong claim); FTC Health Products Compliance Guidance (2022)"
  },
  {
    "id": "helps",
    "match": [
      "helps to treat",
      "helps treat",
      "helps prevent",
      "helps to prevent",
      "helps reduce",
      "helps to reduce",
      "helps relieve",
      "helps to relieve",
      "helps fight",
      "helps patients",
      "helps people with",
      "helped patients",
      "helps with",
      "helps lower",
      "helps improve"
    ],
    "notAfter": [
      "not",
      "that",
      "may",
      "no"
    ],
    "prefer": [
      "may help"
    ],
    "note": "Say how much it helped, in whom, and cite the study.",
    "source": "Yu et al. 2019 (direct causal claims, “helps”)"
  },
  {
    "id": "survival",
    "match": [
      "doubles survival",
      "doubles overall survival",
      "triples survival",
      "extends survival",
      "prolongs survival",
      "prolongs life"
    ],
    "notAfter": [
      "to",
      "not",
      "help",
      "helps"
    ],
    "prefer": [
      "may extend survival"
    ],
    "note": "Say how many more months, compared with what, in whom, and cite the study.",
    "source": "HealthNewsReview.org criterion 2 (quantifying benefits); CONSORT 17b"
  }
] as const;
