// Generated from inn-prefix-stems.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "prefix-stems",
    "kind": "drug",
    "match": [
      "cef",
      "guan",
      "nal",
      "nifur",
      "perfl",
      "rifa",
      "salazo"
    ],
    "minLength": 8,
    "except": [],
    "note": "nal- opioid receptor antagonists and agonists related to normorphine (nalfurafine), cef- cefalosporanic acid antibiotics, rifa- rifamycin antibiotics, nifur- 5-nitrofuran derivatives, guan- guanidine antihypertensives, perfl- perfluorinated compounds, salazo- phenylazosalicylic acid antibacterials.",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018), via drug-etymology's inn-stems.tsv"
  }
] as const;
