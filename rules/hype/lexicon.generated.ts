// Generated from lexicon.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "miracle",
    "match": [
      "miracle",
      "miracles",
      "miraculous",
      "miraculously",
      "magical",
      "superpower",
      "superpowers"
    ],
    "prefer": [],
    "tentative": [
      "magical",
      "superpower",
      "superpowers"
    ],
    "note": "Nothing in medicine is a miracle; describe the measured effect.",
    "source": "HealthNewsReview.org criterion 10 (sensational language)"
  },
  {
    "id": "breakthrough",
    "match": [
      "breakthrough",
      "breakthroughs"
    ],
    "prefer": [
      "new finding"
    ],
    "note": "\"Breakthrough\" promises more than one study can show.",
    "source": "Millar et al. 2022, hype adjectives"
  },
  {
    "id": "revolutionary",
    "match": [
      "revolutionary",
      "revolutionise*",
      "revolutionize*"
    ],
    "prefer": [
      "new"
    ],
    "note": "Say what is new about it and what the evidence shows.",
    "source": "Millar et al. 2022, hype adjectives"
  },
  {
    "id": "incredible",
    "match": [
      "incredible",
      "incredibly",
      "unbelievable",
      "astonishing",
      "astounding",
      "amazing",
      "stunning",
      "breathtaking",
      "whopping"
    ],
    "prefer": [],
    "tentative": [
      "amazing",
      "stunning",
      "breathtaking",
      "unbelievable",
      "whopping"
    ],
    "note": "Intensifiers ask readers to feel, not to weigh evidence.",
    "source": "Millar et al. 2022, hype adjectives"
  },
  {
    "id": "game-changer",
    "match": [
      "game changer",
      "game-changer",
      "game changing",
      "game-changing",
      "life changing",
      "life-changing"
    ],
    "prefer": [],
    "note": "Let the size of the effect speak for itself.",
    "source": "HealthNewsReview.org criterion 10 (sensational language)"
  },
  {
    "id": "groundbreaking",
    "match": [
      "groundbreaking",
      "ground-breaking",
      "cutting-edge",
      "cutting edge"
    ],
    "prefer": [
      "new"
    ],
    "note": "Novelty is not evidence of benefit.",
    "source": "Millar et al. 2022, hype adjectives"
  },
  {
    "id": "remarkable",
    "match": [
      "remarkable",
      "remarkably",
      "extraordinary",
      "extraordinarily",
      "phenomenal"
    ],
    "prefer": [],
    "tentative": [
      "remarkably",
      "extraordinarily"
    ],
    "note": "Intensifiers overstate; quantify the effect instead.",
    "source": "Millar et al. 2022, hype adjectives"
  },
  {
    "id": "unprecedented",
    "match": [
      "unprecedented"
    ],
    "prefer": [],
    "note": "Claims of novelty need a source.",
    "source": "Millar et al. 2022, hype adjectives"
  },
  {
    "id": "cure-all",
    "match": [
      "cure-all",
      "cure all",
      "magic bullet",
      "silver bullet",
      "wonder drug",
      "superfood",
      "superfoods"
    ],
    "prefer": [],
    "note": "No treatment works for everything or everyone.",
    "source": "HealthNewsReview.org criterion 10 (sensational language)"
  },
  {
    "id": "dramatised-burden",
    "match": [
      "bane of",
      "the scourge of"
    ],
    "prefer": [],
    "note": "Dramatising a condition's burden (“the bane of existence”) sells the cure; say how common or severe it is.",
    "source": "HealthNewsReview.org criterion 10 reviews (“the bane of existence” for hot flashes)"
  },
  {
    "id": "discovery-of-decades",
    "match": [
      "most important discovery",
      "biggest discovery",
      "greatest discovery"
    ],
    "prefer": [],
    "note": "Superlatives about a discovery need a source and usually do not survive one.",
    "source": "HealthNewsReview.org criterion 10 (sensational language)"
  },
  {
    "id": "paradigm-shift",
    "match": [
      "paradigm shift",
      "paradigm-shifting",
      "paradigm shifting",
      "watershed moment",
      "holy grail",
      "quantum leap",
      "sea change",
      "new era in",
      "turning point in"
    ],
    "prefer": [],
    "tentative": [
      "holy grail"
    ],
    "note": "Claims that a field has changed need more than one study; describe what was found.",
    "source": "Millar et al. 2022, extended hype candidates; HealthNewsReview.org criterion 10"
  },
  {
    "id": "amplified-effect",
    "match": [
      "dramatic improvement",
      "dramatic improvements",
      "dramatic results",
      "dramatic effect",
      "dramatic effects",
      "dramatic benefit",
      "dramatic benefits",
      "dramatically improv*",
      "dramatically reduc*",
      "dramatically lower*",
      "dramatically cut*",
      "dramatically increas*",
      "dramatically boost*",
      "huge benefit",
      "huge benefits",
      "huge impact",
      "huge improvement",
      "huge step",
      "huge advance",
      "powerful new",
      "powerful effect",
      "powerful effects",
      "astonishing results",
      "spectacular results",
      "major breakthrough",
      "striking results",
      "striking improvement",
      "striking improvements",
      "striking reduction",
      "striking effect",
      "strikingly",
      "profound difference",
      "profound differences",
      "exciting results",
      "overwhelmingly clear",
      "overwhelmingly positive",
      "overwhelmingly effective",
      "overwhelmingly successful"
    ],
    "prefer": [],
    "note": "An amplified effect (“dramatic improvement”, “huge benefit”) asks readers to feel, not to weigh the evidence; give the size of the effect.",
    "source": "Millar et al. 2022 (amplified hype); HealthNewsReview.org criterion 10 reviews of “dramatic” results"
  },
  {
    "id": "anti-ageing",
    "match": [
      "turn back the clock",
      "turns back the clock",
      "turned back the clock",
      "turning back the clock"
    ],
    "prefer": [],
    "note": "Promising to undo ageing oversells any one finding; say what was measured, in whom, and for how long.",
    "source": "HealthNewsReview.org criterion 10 reviews (“all the needed instructions to turn back the clock”, a rat study; “reversing part of the aging process”, “reverse damage from heart aging”, “reverse the aging process in the human heart”)"
  },
  {
    "id": "hope",
    "match": [
      "new hope",
      "offers hope",
      "offer hope",
      "gives hope",
      "brings hope",
      "hope for millions",
      "holds the key",
      "hold the key",
      "key to unlocking"
    ],
    "prefer": [],
    "note": "Hope is a prediction, not a finding; say what the study measured and how early the evidence is.",
    "source": "HealthNewsReview.org criterion 10 reviews of “new hope” headlines; Millar et al. 2022 (promise hype)"
  },
  {
    "id": "first-ever",
    "match": [
      "world's first",
      "world’s first",
      "world-first",
      "first-ever",
      "first ever",
      "first of its kind",
      "first-of-its-kind",
      "pioneering"
    ],
    "prefer": [
      "new"
    ],
    "tentative": [
      "world's first",
      "world’s first",
      "world-first",
      "first-ever",
      "first ever",
      "first of its kind",
      "first-of-its-kind",
      "pioneering"
    ],
    "note": "Being first says nothing about whether it works; describe what was found.",
    "source": "Millar et al. 2022 (novelty hype); HealthNewsReview.org criterion 10"
  },
  {
    "id": "transformative",
    "match": [
      "transformative",
      "transform the way",
      "transforms the way",
      "will transform",
      "could transform",
      "practice-changing",
      "practice changing",
      "revolution in"
    ],
    "prefer": [],
    "note": "Claims that practice or lives will change need outcome evidence; give the measured effect.",
    "source": "Millar et al. 2022, hype candidates; HealthNewsReview.org criterion 10"
  },
  {
    "id": "major-advance",
    "match": [
      "major step forward",
      "important step forward",
      "big step forward",
      "giant step forward",
      "huge step forward",
      "significant step forward",
      "leap forward",
      "giant leap",
      "major milestone",
      "major advance",
      "important advance",
      "significant advance",
      "new standard of care",
      "new standard of treatment",
      "change the standard of care",
      "changes the standard of care",
      "changing the standard of care",
      "changing standard of care",
      "important milestone",
      "significant milestone",
      "milestone in",
      "new treatment paradigm",
      "state-of-the-art",
      "state of the art"
    ],
    "prefer": [],
    "tentative": [
      "major milestone",
      "important milestone",
      "significant milestone",
      "milestone in",
      "state-of-the-art",
      "state of the art",
      "important step forward",
      "important advance"
    ],
    "note": "Calling one result a major advance or a new standard of care gets ahead of the evidence; say what was measured, in whom, and what must still be shown.",
    "source": "HealthNewsReview.org criterion 10 reviews (“a major step forward”, “an important advance”, “a new standard of care”, “changing standard of care for advanced breast cancer”)"
  },
  {
    "id": "great-promise",
    "match": [
      "great promise",
      "real promise",
      "tremendous promise",
      "enormous promise",
      "huge promise",
      "immense promise",
      "tremendous potential",
      "enormous potential",
      "huge potential",
      "immense potential"
    ],
    "prefer": [],
    "note": "Amplified promise is a prediction, not a finding; say how early the evidence is.",
    "source": "Millar et al. 2022 (promise hype); HealthNewsReview.org criterion 10 reviews (“real promise for addressing a variety of cancers”)"
  }
] as const;
