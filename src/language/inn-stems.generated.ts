// Generated from inn-stems.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "antibodies",
    "kind": "biologic",
    "match": [
      "mab"
    ],
    "minLength": 7,
    "except": [],
    "note": "-mab marks a monoclonal antibody (adalimumab, pembrolizumab).",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "fusion-proteins",
    "kind": "biologic",
    "match": [
      "cept"
    ],
    "minLength": 9,
    "except": [
      "intercept",
      "misconcept"
    ],
    "note": "-cept marks a receptor fusion protein (etanercept, aflibercept).",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "gene-therapy-vectors",
    "kind": "biologic",
    "match": [
      "vec"
    ],
    "minLength": 8,
    "except": [],
    "note": "-vec marks the vector of a gene therapy, the second word of its name (voretigene neparvovec, talimogene laherparepvec).",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "kinase-inhibitors",
    "kind": "drug",
    "match": [
      "tinib",
      "rafenib",
      "ciclib",
      "parib",
      "zomib",
      "lisib",
      "degib",
      "fenib"
    ],
    "minLength": 7,
    "except": [],
    "note": "-tinib, -ciclib, -parib and similar stems mark targeted cancer drugs.",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "cardiovascular",
    "kind": "drug",
    "match": [
      "pril",
      "prilat",
      "sartan",
      "olol",
      "alol",
      "dipine",
      "statin",
      "vastatin",
      "fibrate",
      "parin",
      "xaban",
      "gatran",
      "grel",
      "grelor",
      "semide",
      "etanide",
      "thiazide"
    ],
    "minLength": 7,
    "except": [],
    "note": "ACE inhibitors (-pril), angiotensin blockers (-sartan), beta blockers (-olol), statins and fibrates (-fibrate, the clofibrate derivatives fenofibrate and bezafibrate), anticoagulants and loop diuretics (-semide, -etanide, as in furosemide and piretanide).",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "anti-infectives",
    "kind": "drug",
    "match": [
      "cillin",
      "mycin",
      "micin",
      "oxacin",
      "floxacin",
      "cycline",
      "conazole",
      "vudine",
      "navir",
      "previr",
      "asvir",
      "buvir",
      "tegravir",
      "virine",
      "ciclovir",
      "quine",
      "misinin"
    ],
    "minLength": 7,
    "except": [],
    "note": "Antibiotic, antifungal, antiviral and antimalarial stems.",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "nervous-system",
    "kind": "drug",
    "match": [
      "azepam",
      "azolam",
      "barbital",
      "oxetine",
      "triptyline",
      "pramine",
      "peridone",
      "apine",
      "triptan",
      "setron",
      "pidem",
      "clone",
      "caine",
      "rizine",
      "pirdine",
      "fetamine",
      "racetam"
    ],
    "minLength": 7,
    "except": [
      "cyclone",
      "anticyclone"
    ],
    "note": "Benzodiazepines, antidepressants, antipsychotics, migraine and anti-nausea drugs, anaesthetics, and the piracetam family of nootropics and antiepileptics (-racetam, as in levetiracetam and aniracetam).",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  },
  {
    "id": "metabolic-and-other",
    "kind": "drug",
    "match": [
      "gliptin",
      "gliflozin",
      "glutide",
      "glinide",
      "profen",
      "coxib",
      "dronate",
      "prazole",
      "tidine",
      "lukast",
      "terol",
      "sonide",
      "metasone",
      "olone",
      "afil",
      "platin",
      "taxel",
      "rubicin",
      "mustine",
      "lutamide",
      "trapib",
      "vaptan",
      "sentan",
      "ciguat",
      "gepant",
      "ditan"
    ],
    "minLength": 7,
    "except": [
      "cholesterol",
      "phytosterol"
    ],
    "note": "Diabetes drugs, anti-inflammatories, bisphosphonates, acid reducers, asthma and erectile-dysfunction drugs, chemotherapy; CETP inhibitors (-trapib, as in anacetrapib and dalcetrapib), vasopressin and endothelin receptor antagonists (-vaptan, -sentan), guanylate cyclase stimulators (-ciguat), and the migraine gepants and ditans (-gepant, -ditan).",
    "source": "WHO, The use of stems in the selection of INN for pharmaceutical substances (2018)"
  }
] as const;
