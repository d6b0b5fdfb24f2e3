// Generated from compound-name-endings.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "inn-stems-for-spelling",
    "match": [
      "siran",
      "rolimus",
      "ermin",
      "sertib",
      "spirone",
      "luzole",
      "tirome",
      "parepvec",
      "leucel",
      "ocel",
      "grastim",
      "kinra",
      "racetam",
      "dil",
      "gene"
    ],
    "minLength": 8,
    "except": [
      "determin",
      "daffodil"
    ],
    "note": "WHO INN stems of newer medicines (-siran small interfering RNAs, -rolimus immunosuppressants, -ermin growth factors, -sertib kinase inhibitors, -spirone anxiolytics, -luzole neuroprotectives, -tirome thyromimetics, -vec/-gene gene therapies (onasemnogene, voretigene), -cel cell therapies, -grastim and -kinra cytokines, -racetam nootropics such as piracetam, -dil vasodilators such as buflomedil and minoxidil).",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "compound-classes",
    "match": [
      "bactin",
      "osate",
      "salate",
      "anoic",
      "enoic",
      "idine",
      "oxamine",
      "zolid",
      "stilbene"
    ],
    "minLength": 8,
    "except": [],
    "note": "Endings of compound names (siderophore and antibiotic -bactin, sulfonate and salicylate salts, -anoic and -enoic acids, -idine bases, -oxamine, oxazolidinone -zolid, stilbenes such as pterostilbene).",
    "source": "IUPAC nomenclature of organic chemistry (2013), suffix conventions (common knowledge)"
  }
] as const;
