// Generated from foreign-particles.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "dutch-name-particles",
    "match": [
      "aan",
      "bij",
      "uit"
    ],
    "note": "Dutch prepositions inside place and organisation names (\"Alphen aan den Rijn\", \"Wijk bij Duurstede\", \"Bergen op Zoom\" has \"op\" in the shipped list already).",
    "source": "Dutch place names (GeoNames); the fakehealth releases' Wolters Kluwer boilerplate showed the class"
  },
  {
    "id": "romance-prepositions",
    "match": [
      "en"
    ],
    "note": "French and Spanish \"en\" (\"En Español\", \"Centre de recherche en santé\"); in English \"en\" is a printer's unit, which health prose does not use beside a foreign word.",
    "source": "French and Spanish function words (common knowledge); the \"En Español\" links of scraped pages showed the class"
  }
] as const;
