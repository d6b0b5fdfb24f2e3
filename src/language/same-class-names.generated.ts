// Generated from same-class-names.yml by `npm run generate`. Do not edit.
export const lexicon = [
  {
    "id": "hormone-therapy-and-its-hormones",
    "match": [
      "hormone replacement therapy",
      "hormone therapy",
      "hrt",
      "menopausal hormone replacement therapy",
      "menopausal hormone therapy",
      "menopausal hrt",
      "postmenopausal hormone replacement therapy",
      "postmenopausal hormone therapy",
      "postmenopausal hrt",
      "estrogen hormone replacement therapy",
      "estrogen hormone therapy",
      "estrogen hrt",
      "oestrogen hormone replacement therapy",
      "oestrogen hormone therapy",
      "oestrogen hrt"
    ],
    "sameAs": [
      "estrogen",
      "estrogens",
      "oestrogen",
      "oestrogens",
      "estradiol",
      "oestradiol",
      "progesterone",
      "progestin",
      "progestins",
      "progestogen",
      "progestogens"
    ],
    "note": "A therapy named by what it gives and the medicines it gives (“estrogen via a skin patch” … “menopausal hormone therapy started in women 65 or older increased the risk of dementia”).",
    "source": "British National Formulary (hormone replacement therapy); NHS HRT guidance; judged sample (round 24, safety)"
  },
  {
    "id": "anticoagulants-and-blood-thinners",
    "match": [
      "anticoagulant",
      "anticoagulants",
      "anticoagulation",
      "anti-clotting drug",
      "anti-clotting drugs"
    ],
    "sameAs": [
      "blood thinner",
      "blood thinners",
      "blood-thinner",
      "blood-thinners"
    ],
    "note": "A class's clinical and lay names (“anticoagulants” … “prolonged use of blood thinners is associated with a higher bleeding risk”).",
    "source": "British National Formulary chapter 2.8 (anticoagulants); NHS (blood thinners); judged sample (round 24, safety)"
  }
] as const;
