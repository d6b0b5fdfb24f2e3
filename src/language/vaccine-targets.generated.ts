// Generated from vaccine-targets.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "vaccine-preventable-infections",
    "match": [
      "shingles",
      "measles",
      "mumps",
      "rubella",
      "polio",
      "malaria",
      "ebola",
      "zika",
      "dengue",
      "rabies",
      "cholera",
      "typhoid",
      "tuberculosis",
      "chlamydia",
      "gonorrhea",
      "gonorrhoea",
      "herpes",
      "pneumococcal",
      "meningococcal",
      "meningitis",
      "rotavirus",
      "norovirus",
      "pertussis",
      "chickenpox",
      "smallpox",
      "anthrax"
    ],
    "note": "Infections with a licensed or candidate vaccine named after them; written in lower case, compared in lower case.",
    "source": "WHO immunization schedules (vaccine-preventable diseases); CDC list of vaccine-preventable diseases"
  }
] as const;
