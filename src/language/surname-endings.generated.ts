// Generated from surname-endings.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "surname-endings",
    "match": [
      "baugh",
      "bach",
      "berg",
      "berger",
      "burg",
      "stein",
      "feld",
      "heim",
      "hoff",
      "mann",
      "man",
      "son",
      "sen",
      "sohn",
      "ski",
      "wicz",
      "ton",
      "ley",
      "worth",
      "ford",
      "wood"
    ],
    "note": "German, English, Scandinavian and Slavic family-name suffixes (places, patronymics and occupations).",
    "source": "Wikipedia, List of family name affixes; Hanks, Dictionary of American Family Names (Oxford, 2003)"
  }
] as const;
