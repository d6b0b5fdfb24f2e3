// Generated from the rules’ definitions by `npm run generate`. Do not edit.
import type { RuleMetadata } from '../src/rule/lazy-rule.js';

export const ruleMetadata: readonly RuleMetadata[] = [
  {
    "id": "causal-claim-from-association",
    "scope": "text",
    "docs": {
      "summary": "Flags direct causal wording (“prevents”, “reduces”, “boosts”, “causes”) about evidence described as observational (“linked to”, “cohort”, “survey”) or as animal or laboratory work stated as a human benefit.",
      "rationale": "Observational studies show that two things go together, not that one causes the other; results in mice or cells often do not hold in people. Causal wording tells readers that changing their behaviour will change their health. The rule names the design it read, so it stays quiet where that design is not the claim’s: a sentence that credits its claim to another study and does not say what kind (“a previous study found aspirin reduced …”), association wording about something else than the claim, a bare “prospective study” (often an uncontrolled study that gave every patient the treatment: a missing comparison group, not an association read as cause), and a trial’s arms (“control groups”). Claims put forward as tentative (“studies suggest”, “indicated”, “believe”) are hedged already.",
      "guideline": "Sumner et al., BMJ 2014;349:g7015 (causal claims from correlational data, inference to humans from animal research); HealthNewsReview.org criterion 4 (quality of evidence); FTC Health Products Compliance Guidance 2022.",
      "howToFix": "Use association wording that matches the design (“is linked to”, “people who … were less likely to”), or say that the result is in mice or cells, and add that the study cannot show cause and effect."
    },
    "messages": {
      "causal": "Unexpected causal claim `{actual}` from {design} evidence `{evidence}`, expected association wording such as `is linked to`"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "scope": {
          "type": "string",
          "enum": [
            "paragraph",
            "article"
          ],
          "description": "Where the design is read: the paragraph of the claim, or the whole article (for headlines about a study described below)."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "scope": "paragraph"
    },
    "examples": [
      {
        "title": "Grading the evidence is not a causal claim (round 19)",
        "input": "In cohort studies, coffee drinkers lived longer. Lower quality evidence from the cohort studies resulted in lower confidence in the estimate.",
        "flags": []
      },
      {
        "title": "An effect named as the question the evidence leaves open (round 17)",
        "input": "In cohort studies, coffee drinkers lived longer. Studies on a protective effect of coffee in children have so far been lacking. Such an effect has not yet been studied in teenagers.",
        "flags": []
      },
      {
        "title": "Causal wording about a cohort study",
        "input": "In a cohort study of 20,000 adults, coffee prevents heart disease.",
        "flags": [
          "prevents"
        ]
      },
      {
        "title": "A mouse result stated as a human benefit",
        "input": "The compound reversed memory loss in mice. It protects people against dementia.",
        "flags": [
          "protects"
        ]
      },
      {
        "title": "Association wording",
        "input": "In a cohort study, coffee drinking was linked to less heart disease.",
        "flags": []
      },
      {
        "title": "An animal study labelled as such",
        "input": "In mice, the compound reversed memory loss.",
        "flags": []
      },
      {
        "title": "An organisation, the researchers or a gene as the subject, a decision or a dose as the object",
        "input": "In a cohort study, national guidelines help doctors decide on treatment, and mutations in the gene lead to low cholesterol. Patients surveyed had reduced their dosage.",
        "flags": []
      },
      {
        "title": "A claim credited to another study, whose design the sentence does not give",
        "input": "In our cohort study, aspirin use was associated with a lower risk. A previous study found that daily aspirin reduced cancer deaths.",
        "flags": []
      },
      {
        "title": "A claim put forward as tentative",
        "input": "In a cohort study of 20,000 adults, the authors suggest that coffee prevents heart disease.",
        "flags": []
      },
      {
        "title": "A randomised trial",
        "input": "In a randomised controlled trial of 400 adults, the drug reduced migraine days.",
        "flags": []
      }
    ]
  },
  {
    "id": "house-style",
    "scope": "text",
    "docs": {
      "summary": "Flags the words and phrases a publisher’s house style avoids, from terms in the config or a shared terms file, with the preferred wording when there is one.",
      "rationale": "Every newsroom has words it avoids in health writing (“diabetics” rather than “people with diabetes”, “commit suicide”, “superfood”); a style checked by hand is applied unevenly.",
      "guideline": "The publisher’s own style guide, for example the AP Stylebook’s mental-health and disability guidance or the NCDJ disability language style guide; terms are configuration, as in Vale’s substitution and existence checks.",
      "howToFix": "Use the preferred wording the message gives (a quick fix in the editor), or rephrase without the term."
    },
    "messages": {
      "substitute": "Unexpected `{actual}`, expected `{prefer}`{detail}",
      "avoid": "Unexpected `{actual}`{detail}"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "terms": {
          "type": "array",
          "maxItems": 10000,
          "items": {
            "type": "object",
            "required": [
              "id",
              "match"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "description": "A kebab-case id, shown in reports."
              },
              "match": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 200
                },
                "description": "Words or phrases to flag; a space matches spaces or hyphens, `*` ends a word with any ending."
              },
              "prefer": {
                "type": "string",
                "maxLength": 200,
                "description": "The replacement, offered as a quick fix."
              },
              "message": {
                "type": "string",
                "maxLength": 300,
                "description": "What to tell the writer."
              },
              "caseSensitive": {
                "type": "boolean",
                "description": "Match the case as written (default: ignore case)."
              }
            }
          },
          "description": "Terms as `{ id, match, prefer?, message?, caseSensitive? }`: with `prefer` a substitution, without it a word to avoid."
        },
        "termsFile": {
          "type": "string",
          "minLength": 1,
          "description": "A YAML file of more terms, relative to the config."
        }
      },
      "additionalProperties": false
    },
    "defaults": {},
    "examples": [
      {
        "title": "A substitution",
        "input": "Diabetics should check their feet daily.",
        "options": {
          "terms": [
            {
              "id": "person-first",
              "match": [
                "diabetics"
              ],
              "prefer": "people with diabetes",
              "message": "Use person-first language"
            }
          ]
        },
        "flags": [
          "Diabetics"
        ]
      },
      {
        "title": "A word to avoid, in any case",
        "input": "Kale is the SUPERFOOD of the year.",
        "options": {
          "terms": [
            {
              "id": "no-superfood",
              "match": [
                "superfood*"
              ]
            }
          ]
        },
        "flags": [
          "SUPERFOOD"
        ]
      },
      {
        "title": "A case-sensitive term",
        "input": "The clinic treats people with AIDS. Hearing aids help.",
        "options": {
          "terms": [
            {
              "id": "hiv-stage",
              "match": [
                "AIDS"
              ],
              "prefer": "advanced HIV",
              "caseSensitive": true
            }
          ]
        },
        "flags": [
          "AIDS"
        ]
      },
      {
        "title": "Words inside other words are not terms",
        "input": "Prediabetics is not a word we use; superfoodie neither.",
        "options": {
          "terms": [
            {
              "id": "person-first",
              "match": [
                "diabetics"
              ]
            },
            {
              "id": "no-superfood",
              "match": [
                "superfood"
              ]
            }
          ]
        },
        "flags": []
      }
    ]
  },
  {
    "id": "hype",
    "scope": "text",
    "tentative": "words that are hype only sometimes, outside a headline, which readers judged correct in fewer than 70 % of their findings: everyday words of wonder (“amazing”, “stunning”, “unbelievable”, “whopping”, “magical”), which as often describe a scene, a feeling or a count; “holy grail”, most often the goal a field still seeks; a claim of being first (“first-of-its-kind”, “world’s first”), a fact about novelty more than a claim of benefit; the adverbs “remarkably” and “extraordinarily”, which as often stress a likeness or a quality (“remarkably similar”, “extraordinarily well done”) as an effect; a thing’s standing (“a major milestone”, “state-of-the-art”); and an “important” step forward or advance (“an important step forward in the effort to develop a test”), a milder judgement of progress than a “major” one, as often a field’s progress toward a goal as a claim about a finding (an intensified one, “an incredibly important step forward”, is shown).",
    "docs": {
      "summary": "Flags sensational or promotional wording about health effects, treatments and research.",
      "rationale": "Hype words such as “miracle”, “breakthrough” or “revolutionary” make readers expect more benefit than the evidence shows. Words that praise no treatment, test or finding are left alone: a person, a meeting describing itself, a programme’s aim, a policy decision, a population trend, the novelty of a study’s design (“a first-of-its-kind trial”), which is a fact about how the study was done, not a claim about what it found, and words that claim no finding at all: a goal still sought (“the search for a noninvasive test is a Holy Grail”, “… but no one has made one yet”), an absence (“a dry spell for breakthrough drugs”) and a fact known before the work (“we know already the incredibly strong link”). Nor are words someone declines to say (“I would hesitate to call it groundbreaking”), a promotion quoted so it can be weighed (“an advertisement … called Zerona ‘the holy grail’”), praise of a person’s or institution’s body of work (“Allison’s pioneering research”), the current standard set against the new treatment (“while most patients are well served with today’s state-of-the-art radiation therapy, … the new proton therapy”) and a claim of being first dated years before the article (“the world’s first cardiac stem cell infusion in 2009”). A hedged claim about the finding (“may hold the key”) still oversells and is flagged.",
      "guideline": "HealthNewsReview.org criterion 10 (does the story use unjustifiable, sensational language?); Millar, Batalha & Millar (2022) hype adjectives.",
      "howToFix": "Remove the intensifier, or replace it with the measured size of the effect and its source."
    },
    "messages": {
      "hype": "Unexpected sensational wording `{actual}`, describe the measured effect instead"
    },
    "skip": [
      "boilerplate",
      "reference",
      "caption",
      "furniture"
    ],
    "optionsSchema": {
      "type": "object",
      "properties": {
        "extraTerms": {
          "type": "array",
          "maxItems": 10000,
          "items": {
            "type": "object",
            "required": [
              "id",
              "match"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "description": "A kebab-case id, shown in reports."
              },
              "match": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 200
                },
                "description": "Words or phrases to flag; a space matches spaces or hyphens, `*` ends a word with any ending."
              },
              "prefer": {
                "type": "string",
                "maxLength": 200,
                "description": "The replacement, offered as a quick fix."
              },
              "message": {
                "type": "string",
                "maxLength": 300,
                "description": "What to tell the writer."
              },
              "caseSensitive": {
                "type": "boolean",
                "description": "Match the case as written (default: ignore case)."
              }
            }
          },
          "description": "More terms to flag, as `{ id, match, prefer?, message? }`."
        },
        "allow": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": "Lexicon entry ids or phrases never to flag."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: words that are hype only sometimes, outside a headline, which readers judged correct in fewer than 70 % of their findings: everyday words of wonder (“amazing”, “stunning”, “unbelievable”, “whopping”, “magical”), which as often describe a scene, a feeling or a count; “holy grail”, most often the goal a field still seeks; a claim of being first (“first-of-its-kind”, “world’s first”), a fact about novelty more than a claim of benefit; the adverbs “remarkably” and “extraordinarily”, which as often stress a likeness or a quality (“remarkably similar”, “extraordinarily well done”) as an effect; a thing’s standing (“a major milestone”, “state-of-the-art”); and an “important” step forward or advance (“an important step forward in the effort to develop a test”), a milder judgement of progress than a “major” one, as often a field’s progress toward a goal as a claim about a finding (an intensified one, “an incredibly important step forward”, is shown)."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "tentative": false
    },
    "examples": [
      {
        "title": "Other stories’ headlines after a bare “Read more:” are page furniture (round 20)",
        "input": "# Ecstasy eases PTSD in veterans\n\nThe veterans called the drug a breakthrough.\n\nRead more:\n\n## Party drug hailed as miracle for treating depression\n\nA key ingredient eased patients’ fear of death\n",
        "flags": [
          "breakthrough"
        ]
      },
      {
        "title": "An issuer’s “About” section run into the paragraph before it is boilerplate (round 20)",
        "input": "“It’s a breakthrough for these patients,” said Dr. Khera. About UT Southwestern Medical CenterUT Southwestern, one of the premier academic medical centers in the nation, is responsible for groundbreaking medical advances.",
        "flags": [
          "breakthrough"
        ]
      },
      {
        "title": "A comparison that denies the hype word (round 18)",
        "input": "For him, the new genetic test felt more like “a cool piece of science fiction” than a breakthrough.",
        "flags": []
      },
      {
        "title": "Sensational words in a past counterfactual (round 17)",
        "input": "Even if both trials had reported a breakthrough, the results would not apply to children.",
        "flags": []
      },
      {
        "title": "Hype about a treatment",
        "input": "This miracle supplement melts fat.",
        "flags": [
          "miracle"
        ]
      },
      {
        "title": "Undoing ageing",
        "input": "The stem cells appear to contain all the needed instructions to turn back the clock on heart disease.",
        "flags": [
          "turn back the clock"
        ]
      },
      {
        "title": "An amplified effect in a research finding",
        "input": "The study found a dramatic improvement in sleep.",
        "flags": [
          "dramatic improvement"
        ]
      },
      {
        "title": "Plain description",
        "input": "The supplement lowered weight by 1 kg on average in one trial.",
        "flags": []
      },
      {
        "title": "Not about health, treatment or research",
        "input": "The view from the summit is stunning.",
        "flags": []
      },
      {
        "title": "Inside a proper name",
        "input": "The device joined the FDA’s Breakthrough Devices Program and got Breakthrough Therapy designation.",
        "flags": []
      },
      {
        "title": "Denied",
        "input": "There is no magic bullet for weight loss.",
        "flags": []
      },
      {
        "title": "What would deserve the word, not the treatment at hand",
        "input": "“The game changer would be a drug that ends the pain of arthritis for good,” the surgeon said. The real game-changer, he says, will be when a drug blocks the disease.",
        "flags": []
      },
      {
        "title": "The same words said of the treatment at hand",
        "input": "This breakthrough will be one of the great medical discoveries for cancer. The asthma drug would be a game changer.",
        "flags": [
          "breakthrough",
          "game changer"
        ]
      },
      {
        "title": "A regulator’s status named in lower case",
        "input": "The Food and Drug Administration deemed it a “breakthrough therapy”, setting it on a fast track.",
        "flags": []
      },
      {
        "title": "Others’ hype, reported to weigh it",
        "input": "Despite popular notions about the miracle cures in the rainforest, drug firms have cut this research.",
        "flags": []
      },
      {
        "title": "Hype words mentioned as words, or the view of a treatment’s partisans",
        "input": "The drug prompted some to use words such as “dramatic” and “game changing” for early results. Advocates of phage therapy see it as a powerful new weapon against infection.",
        "flags": []
      },
      {
        "title": "History",
        "input": "---\ntitle: Artificial hearts\ndate: 2012-01-01\n---\n\nThe company continued development of the groundbreaking Jarvik-7, first implanted in 1982. Its new heart is a groundbreaking device.\n",
        "flags": [
          "groundbreaking"
        ]
      },
      {
        "title": "History told by its decade or as “in the past”; “in the past year” reaches to now",
        "input": "---\ntitle: Psychedelic therapy\ndate: 2012-01-01\n---\n\n“In the ’50s and ’60s psychedelics were the cutting edge of psychiatric research,” he says. Before groundbreaking work by Dr. John Marshall in the past, no one knew that ulcers came from bacteria. In the past year the groundbreaking drug reached patients.\n",
        "flags": [
          "groundbreaking"
        ]
      },
      {
        "title": "A number that labels something is not a year",
        "input": "---\ntitle: Case notes\ndate: 2012-01-01\n---\n\nPatient 1982 called the groundbreaking device a lifeline.\n",
        "flags": [
          "groundbreaking"
        ]
      },
      {
        "title": "About a person or a disease’s burden",
        "input": "The pioneering scientist treated a remarkable woman whose disease is incredibly painful, then spoke at an unprecedented meeting on the drug. Without treatment, patients die incredibly expensively.",
        "flags": []
      },
      {
        "title": "A collaboration, a programme’s purpose, a past advance, a disease’s burden, a shift in care",
        "input": "The new study is the latest chapter in an extraordinary, decades-long collaboration among surgeons and patients. The trial was picked for a two-day program to increase access to cutting-edge science. The big leap forward came a few years ago when device companies made better transmitters. “This is a remarkable burden, nearly 1,000 deaths each day,” the author said of diet. There was a remarkable shift in heart care. Tang is a remarkable innovator.",
        "flags": []
      },
      {
        "title": "The same words said of a finding or a treatment",
        "input": "The drug produced an extraordinary, long-lasting response in patients. The big leap forward is the new implant, which sends data 30 feet. The study showed a remarkable drop in deaths.",
        "flags": [
          "extraordinary",
          "leap forward",
          "remarkable"
        ]
      },
      {
        "title": "A first patient, and a situation",
        "input": "Bush is believed to be the world’s first MS patient to use the implanted system. “This is an unprecedented situation for the agency,” the FDA official said of the drug.",
        "flags": []
      },
      {
        "title": "How much a thing matters, an amount of money, a child",
        "input": "Any treatment that could help these babies is incredibly important, the nurse said. The drug maker ended the year with a whopping $900 million in cash. “This is our miracle baby,” her mother said of the IVF treatment. The drug is an incredibly important step forward.",
        "flags": [
          "incredibly",
          "important step forward"
        ]
      },
      {
        "title": "A person’s feelings, and enthusiasm about a result",
        "input": "“I am incredibly grateful to the team for my care.” The researchers were incredibly excited by the remarkable results. “It is incredibly exciting,” she said of the trial.",
        "flags": [
          "remarkable",
          "incredibly"
        ]
      },
      {
        "title": "A setback’s or a surprise’s feelings are feelings too (round 26)",
        "input": "“I’m incredibly discouraged that more people need treatment now,” the governor said. The doctors were incredibly surprised by the scan. “The drug worked incredibly well,” she said.",
        "flags": [
          "incredibly"
        ]
      },
      {
        "title": "The novelty of a study’s design, a meeting describing itself, a policy decision",
        "input": "Researchers launched a first-of-its-kind trial of the drug. The review includes four pioneering studies. The purpose of this meeting is to share the latest breakthroughs in cancer research. The vaccine panel made an unprecedented decision. It is part of the Moon Shots Program, which is designed to develop technologies that will dramatically reduce cancer deaths.",
        "flags": []
      },
      {
        "title": "A goal still sought, an absence, a fact known before the work",
        "input": "The search for a blood test for colon cancer is the holy grail of cancer research. A test for the gene would be the holy grail of the field, but no one has made one yet. Amid a dry spell for breakthrough cancer drugs, the company cut its research. We know already the incredibly strong link between obesity and cancer.",
        "flags": []
      },
      {
        "title": "A hedged claim about the finding still oversells",
        "input": "Green coffee beans may hold the key to weight loss, new research suggests. The new blood test for colon cancer is the holy grail of cancer research.",
        "options": {
          "tentative": true
        },
        "flags": [
          "hold the key",
          "holy grail"
        ]
      },
      {
        "title": "A first-ever treatment, and amplified results",
        "input": "The first-ever pill for the disease showed exciting results, and the results were overwhelmingly positive for patients.",
        "options": {
          "tentative": true
        },
        "flags": [
          "first-ever",
          "exciting results",
          "overwhelmingly positive"
        ]
      },
      {
        "title": "A question left open, and a condition contrary to fact",
        "input": "Only a larger trial will tell us whether the drug is a breakthrough. “Then we will know if this is a big step forward,” he said. “If it were a whopping effect, there would be many more studies,” she said.",
        "flags": []
      },
      {
        "title": "A plain condition still oversells",
        "input": "If the results are confirmed, the drug would be a game changer for patients with asthma.",
        "flags": [
          "game changer"
        ]
      },
      {
        "title": "Declining to say it",
        "input": "I would hesitate to call the new drug groundbreaking. The panel stopped short of calling it a miracle cure.",
        "flags": []
      },
      {
        "title": "Novelty as a verb, and a first test of a treatment (round 15)",
        "input": "# First-ever test of stem cell therapy for arthritis\n\nThe engineer is pioneering a new therapy that targets cancers with proton radiation.",
        "flags": []
      },
      {
        "title": "The same words said of the treatment (round 15)",
        "input": "# First-ever stem cell therapy for arthritis\n\nThe pioneering therapy targets cancers with proton radiation.",
        "options": {
          "tentative": true
        },
        "flags": [
          "First-ever",
          "pioneering"
        ]
      },
      {
        "title": "An “important” step forward or advance, when `tentative` is on (round 15)",
        "input": "“This is an important step forward in the effort to develop an early test,” she said of the new blood test.",
        "options": {
          "tentative": true
        },
        "flags": [
          "important step forward"
        ]
      },
      {
        "title": "An “important” step forward or advance is held back by default; a “major” one is shown (round 15)",
        "input": "“This is an important step forward in the effort to develop an early test,” she said of the new blood test. The new blood test is a major step forward.",
        "flags": [
          "major step forward"
        ]
      },
      {
        "title": "A promotion quoted so that it can be weighed",
        "input": "An advertisement for a seminar on the laser treatment called it “the holy grail.” According to the company website, the supplement is a “miracle” for joints.",
        "flags": []
      },
      {
        "title": "A body of work, and the current standard set against the new treatment",
        "input": "Allison’s pioneering research led to a new class of cancer drugs. While most patients are well served with today’s state-of-the-art radiation therapy, some benefit more from the new proton therapy. Her groundbreaking research shows the drug works. With today’s state-of-the-art treatment, patients do better.",
        "options": {
          "tentative": true
        },
        "flags": [
          "groundbreaking",
          "state-of-the-art"
        ]
      },
      {
        "title": "A claim of being first, dated years before the article",
        "input": "---\ntitle: Heart cells\ndate: 2017-08-29\n---\n\nSince the team completed the world’s first cardiac stem cell infusion in 2009, it has studied the cells. Now the team reports the world’s first stem cell pill for heart failure, tested in 2016.\n",
        "options": {
          "tentative": true
        },
        "flags": [
          "world’s first"
        ]
      },
      {
        "title": "How a treatment can look to others, named to weigh it",
        "input": "Drugs that help one patient in ten can seem like breakthroughs to doctors. Patients may see it otherwise.",
        "flags": []
      },
      {
        "title": "Held back: an everyday word of wonder (with the tentative option)",
        "input": "Patients on the new drug saw amazing results, and a whopping 40 percent were free of pain.",
        "options": {
          "tentative": true
        },
        "flags": [
          "amazing",
          "whopping"
        ]
      },
      {
        "title": "Held back: an everyday word of wonder",
        "input": "Patients on the new drug saw amazing results, and a whopping 40 percent were free of pain.",
        "flags": []
      },
      {
        "title": "Held back: “pioneering” in the body; a heading keeps it (round 29)",
        "input": "# Pioneering surgery tested in babies\n\nThe work builds on the team’s pioneering research on the disease. The pioneering therapy given to a few adults paved the way for trials in children.",
        "flags": [
          "Pioneering"
        ]
      },
      {
        "title": "Held back: “pioneering” in the body (with the tentative option, round 29)",
        "input": "The pioneering therapy given to a few adults paved the way for trials in children.",
        "options": {
          "tentative": true
        },
        "flags": [
          "pioneering"
        ]
      },
      {
        "title": "A risk that is high, and a stressed difference between groups, are not a benefit oversold (round 29)",
        "input": "A carrier of the gene could take the drug to reduce her dramatically increased risk of breast cancer. Children who recovered showed strikingly distinct patterns of brain activity in the study.",
        "flags": []
      },
      {
        "title": "Amplified promise or results with the size as the predicate (round 29)",
        "input": "“The potential of the new implant for arthritis is enormous,” said the company’s chief executive. “Our finding is so exciting because the drug is already approved,” she said. After ten weeks of the new therapy, the results were dramatic.",
        "flags": [
          "potential of the new implant for arthritis is enormous",
          "finding is so exciting",
          "results were dramatic"
        ]
      },
      {
        "title": "Not amplified promise: “potential” as an adjective of something else, and results said to be modest (round 29)",
        "input": "The potential market for the allergy drug is huge. The potential costs of the new cancer drug are huge. The results of the trial were not dramatic, and the findings were modest.",
        "flags": []
      },
      {
        "title": "Held back: “holy grail” (with the tentative option)",
        "input": "An accurate blood test for prostate cancer is the holy grail of research into the disease.",
        "options": {
          "tentative": true
        },
        "flags": [
          "holy grail"
        ]
      },
      {
        "title": "Held back: “holy grail”",
        "input": "An accurate blood test for prostate cancer is the holy grail of research into the disease.",
        "flags": []
      },
      {
        "title": "Held back: a claim of being first (with the tentative option)",
        "input": "The company announced the first-of-its-kind blood test for autism in children.",
        "options": {
          "tentative": true
        },
        "flags": [
          "first-of-its-kind"
        ]
      },
      {
        "title": "Held back: a claim of being first",
        "input": "The company announced the first-of-its-kind blood test for autism in children.",
        "flags": []
      },
      {
        "title": "Not said of the treatment at hand: a past hope of what something would be (round 27)",
        "input": "“There was tremendous hope that this approach would be a major leap forward,” she said.",
        "flags": []
      },
      {
        "title": "Not said of the treatment at hand: a burden paired with a word of harm (round 27)",
        "input": "A false positive can kick-start unnecessary, life-changing treatment for the cancer.",
        "flags": []
      },
      {
        "title": "Still hype: the same word said of the treatment, or a harm word inside its name (round 27)",
        "input": "The new treatment for the cancer could be life-changing. The clinic offers minimally invasive breakthrough surgery.",
        "flags": [
          "life-changing",
          "breakthrough"
        ]
      },
      {
        "title": "A hope now, or a claim, of the treatment at hand (round 27)",
        "input": "“We hope this approach will be a major leap forward,” she said. The drug would be a major leap forward.",
        "flags": [
          "leap forward",
          "leap forward"
        ]
      },
      {
        "title": "Held back: “remarkably” or “extraordinarily” (with the tentative option)",
        "input": "Patients on the two drugs did remarkably well, and the results of the trials were remarkably similar.",
        "options": {
          "tentative": true
        },
        "flags": [
          "remarkably",
          "remarkably"
        ]
      },
      {
        "title": "Held back: “remarkably” or “extraordinarily”",
        "input": "Patients on the two drugs did remarkably well, and the results of the trials were remarkably similar.",
        "flags": []
      },
      {
        "title": "A headline shows even the words held back elsewhere",
        "input": "---\ntitle: First-of-its-kind blood test spots autism early\n---\n\nThe test was run on 38 children.\n",
        "flags": [
          "First-of-its-kind"
        ]
      },
      {
        "title": "Held back: a milestone or state of the art (with the tentative option)",
        "input": "The approval of the drug is a major milestone in the treatment of cystic fibrosis.",
        "options": {
          "tentative": true
        },
        "flags": [
          "major milestone"
        ]
      },
      {
        "title": "Held back: a milestone or state of the art",
        "input": "The approval of the drug is a major milestone in the treatment of cystic fibrosis.",
        "flags": []
      },
      {
        "title": "Not said of the treatment at hand: a field’s progress over the years, a rising risk, a hoped-for find, an event years back (round 17)",
        "input": "In recent years, scientists have made some breakthrough discoveries about how we age. Using the two drugs together dramatically increases the risk of overdose. “We will need replacements, unless we find some … breakthrough halting the disease.” The idea came from the astonishing case of a patient cured four years ago in Berlin.",
        "flags": []
      },
      {
        "title": "Said of the treatment or result at hand (round 17)",
        "input": "Our experience over the last five years has been phenomenal. The drug could dramatically increase survival. The new drug dramatically lowers the risk of stroke. If confirmed, this breakthrough would change care.",
        "flags": [
          "phenomenal",
          "dramatically increase",
          "dramatically lowers",
          "breakthrough"
        ]
      },
      {
        "title": "A result the sentence says came to nothing, and a stressed difference between participants (round 19)",
        "input": "“Other therapies had some early exciting results and then they didn’t pan out in later trials,” he added. The gut bacteria of the trial’s participants changed, although there were strikingly different responses between them.",
        "flags": []
      },
      {
        "title": "The same words said of the treatment or its result (round 19)",
        "input": "The trial of the drug had exciting results. The drug was strikingly effective in the trial.",
        "flags": [
          "exciting results",
          "strikingly"
        ]
      },
      {
        "title": "Not said of the treatment at hand: nature’s evolved trait, a disease’s burden, a call for study, past praise questioned, promise that came to nothing (round 21)",
        "input": "The drug is derived from bacteria at the bottom of the ocean. To survive with little sunlight, they have evolved to convert light into energy with incredible efficiency. The goal of the antibodies: to relieve the scourge of chronic migraines. Menstrual cramps are the bane of many women, and a new drug may ease them. Hot flashes – the bane of existence in menopause – eased with acupuncture. Many academic scientists say this new era in testing needs independent study. Known as CFTR modulators, the drugs were heralded as a major advance in treating the disorder.\n\nHowever, they work well only for a small number of patients. “Several therapeutic vaccines have shown great promise in phase 1 and then not panned out in phase 2,” she said.",
        "flags": []
      },
      {
        "title": "The same words said of the treatment or finding at hand (round 21)",
        "input": "The new drug converts light into energy with incredible efficiency. Experts say the drug ushers in a new era in migraine treatment. The modulators were heralded as a major advance in treating the disorder.\n\nThey now reach most patients. The vaccine has shown great promise in phase 1.",
        "flags": [
          "incredible",
          "new era in",
          "major advance",
          "great promise"
        ]
      },
      {
        "title": "A release’s spaced end marker and an issuer named with “and” close the article (round 21)",
        "input": "The new drug eased pain in the trial.\n\n# # #\n\nPrivate contributions enable our scientists to make important medical breakthroughs.\n\n## About Massachusetts Eye and Ear\n\nFor more information about life-changing care and research at the hospital, visit our blog.\n",
        "flags": []
      },
      {
        "title": "A reversal of ageing with words between, and a claim to change the standard of care (round 21)",
        "input": "# Proper exercise can reverse damage from heart aging\n\n“With this program we are reversing part of the aging process,” she said. “Our findings will change the standard of care for women with the disease.”\n",
        "flags": [
          "reverse damage from heart aging",
          "reversing part of the aging",
          "change the standard of care"
        ]
      },
      {
        "title": "Not a reversal of ageing: an age-related measure, a denied reversal (round 21)",
        "input": "The drug did not reverse age-related decline in the trial. There is no evidence that the supplement can reverse aging.",
        "flags": []
      },
      {
        "title": "A project’s own terms and exceptions",
        "input": "This next-level supplement is a breakthrough for sleep.",
        "options": {
          "extraTerms": [
            {
              "id": "next-level",
              "match": [
                "next level"
              ]
            }
          ],
          "allow": [
            "breakthrough"
          ]
        },
        "flags": [
          "next-level"
        ]
      }
    ]
  },
  {
    "id": "missing-byline",
    "scope": "document",
    "docs": {
      "summary": "Flags an article with metadata that names no author, neither in its metadata nor in a visible byline; optionally requires a clinical credential.",
      "rationale": "Readers weigh health advice by who gives it; an anonymous article cannot be checked for expertise or conflicts of interest.",
      "guideline": "JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “authorship”; HONcode principle 1 (authoritative).",
      "howToFix": "Add `author:` to the front matter (with credentials, such as “Jane Smith, MD”) or `<meta name=\"author\">` to the page, or a visible “By …” line; for clinical advice, name a medical reviewer."
    },
    "messages": {
      "missing": "Missing author, expected front matter `author:` or a visible “By …” byline",
      "credentials": "Missing clinical credentials for author `{author}`, expected a qualification such as `MD` or a named medical reviewer"
    },
    "tentative": "a text with fewer than `shortWords` (150) words of body prose, often a piece a page kept of a story whose byline may have gone with the rest.",
    "optionsSchema": {
      "type": "object",
      "properties": {
        "requireCredentials": {
          "type": "boolean",
          "description": "Also require a clinical credential from the author or a named medical reviewer."
        },
        "contactsName": {
          "type": "boolean",
          "description": "Count a release’s named contact person (“Media contact: Jane Smith”) and a closing line that is only a personal e-mail address as naming who answers for the article. On by default: the reader has a person to ask, and JUDGING.md leaves both debatable; set `false` to ask releases for an author too."
        },
        "minWords": {
          "type": "integer",
          "minimum": 0,
          "description": "Skip pages shorter than this many words: a bot check, an error page or a teaser is no article."
        },
        "shortWords": {
          "type": "integer",
          "minimum": 0,
          "description": "A text with fewer words of body prose than this (headlines, captions and furniture not counted) is short: a piece a page kept of a story, which may have lost its byline with the rest, so a finding on it is held back as tentative. Readers of real articles judged most such findings debatable (`truncated_text`)."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: a text with fewer than `shortWords` (150) words of body prose, often a piece a page kept of a story whose byline may have gone with the rest."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "requireCredentials": false,
      "contactsName": true,
      "minWords": 50,
      "shortWords": 150,
      "tentative": false
    },
    "examples": [
      {
        "title": "No author",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "A short text with no author (a piece of a story): held back as tentative",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "The same text, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "An author in the front matter",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\nauthor: Jane Smith\n---\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A byline in HTML metadata only",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "format": "html",
        "input": "<html><head><meta name=\"author\" content=\"Jane Smith\"></head><body><h1>Coffee</h1><p>Coffee is popular.</p></body></html>",
        "flags": []
      },
      {
        "title": "A visible byline",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nBy Jane Smith\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A sentence that opens with “By” is not a byline",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nBy the time he reached the clinic, the pain had gone.\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "An author named in the closing line",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nRobert Weisman can be reached at rweisman@example.com.\n",
        "flags": []
      },
      {
        "title": "A closing invitation to write to the author, after a dash or with the writer’s role",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\n— Write to Laura Jones at ljones@example.com\n\n---\n\n",
        "flags": []
      },
      {
        "title": "A closing invitation to write to an author with a three-word name",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nWrite to Jennie Corbett Doe at jennie.corbett-doe@example.com\n",
        "flags": []
      },
      {
        "title": "A correspondent named in the closing invitation",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nYou can contact NPR science correspondent Richard Hale at rhale@example.org.\n",
        "flags": []
      },
      {
        "title": "A closing invitation to contact the writer, with a colon before the address",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nYou can contact Richard Hale: rhale@example.org.\n",
        "flags": []
      },
      {
        "title": "An author named in a closing biography",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nEdith Bracho-Sanchez, M.D., is a pediatrics resident at the Children’s Hospital of Philadelphia.\n",
        "flags": []
      },
      {
        "title": "A closing line about a quoted expert is no biography of the author",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular, analysts said.\n\nLawrence Marsh is an analyst at Barclays Capital.\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "A first-person piece signed off by its writer’s biography",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Why I still want a yearly pelvic exam\n---\n\nAnother problem I have with the new guidelines is this: they drop the pelvic exam. I find this outrageous.\n\nDr. Jane Roe is Chief Medical Officer of Acme Clinics, a network of women’s health practices.\n",
        "flags": []
      },
      {
        "title": "A story’s closing line about an expert it quoted is no biography of the author, whoever says “I”",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Knees and running\n---\n\n“I run every day and my knees are fine,” said one patient. Running is safe for most knees, said Jane Roe.\n\nJane Roe is a professor of orthopaedics at Mercy Hospital.\n",
        "flags": [
          "title: Knees and running"
        ]
      },
      {
        "title": "A column closed by its columnist’s note on what the column does",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Do flu shots work?\n---\n\nDear Jane: Do flu shots work? The evidence is mixed, but the shot is safe.\n\nWelcome to Dear Jane, a column where readers send health questions. Jane Roe will sift through the research and consult experts to answer them.\n",
        "flags": []
      },
      {
        "title": "A closing line on an expert the story quoted is no columnist’s note",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Flu shots\n---\n\nThe flu shot is safe, said Jane Roe of Mercy Hospital.\n\nJane Roe will examine the new data next month.\n",
        "flags": [
          "title: Flu shots"
        ]
      },
      {
        "title": "A signature closing the last paragraph",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular. Ask your doctor. -- Eric Jaffe\n",
        "flags": []
      },
      {
        "title": "A closing signature with a middle initial, a suffix and the outlet",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\n-- Thomas H. Morgan II / Los Angeles Times\n",
        "flags": []
      },
      {
        "title": "The author’s name above the outlet, without “By”",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## Joel Shannon\n\n## USA TODAY\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "The author’s name and outlet on one line",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## Marilynn Marchione, Associated Press\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A photo credit with a name is no byline",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## Jane Doe, Getty Images\n\nCoffee is popular.\n",
        "flags": [
          "Jane Doe, Getty Images"
        ]
      },
      {
        "title": "A photographer’s credit after a slash is no byline",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## Fred R. Conrad/The New York Times\n\nCoffee is popular.\n",
        "flags": [
          "Fred R. Conrad/The New York Times"
        ]
      },
      {
        "title": "The author named by a follow line near the end",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\n## Follow Johnson at https://twitter.com/GeneAPseattle\n\nThis story has been corrected.\n",
        "flags": []
      },
      {
        "title": "A follow line that calls the person the writer, with or without a handle",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\n## ___\n\nFollow AP Medical Writer Ann K. Berry on Twitter: @AnnBerry\n\n## ___\n\nThe department receives support from a foundation.\n",
        "flags": []
      },
      {
        "title": "A closing note on the writer’s beat",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nEDITOR'S NOTE — Ann Berry covers health and medical issues for The Daily Courier.\n",
        "flags": []
      },
      {
        "title": "A newspaper’s sign-off of the writer’s name, telephone and own address, before a fact box",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\n## Ann Berry: 303-555-0100 or aberry@courier.example\n\n## Coffee by the numbers\n\nA cup has 2 calories.\n\nA shot has 1 calorie.\n",
        "flags": []
      },
      {
        "title": "A release’s media contact in the same shape is no byline (option contactsName off)",
        "options": {
          "minWords": 0,
          "shortWords": 0,
          "contactsName": false
        },
        "input": "---\ntitle: Coffee\n---\n\nThe university found that coffee is popular.\n\nMedia contacts:\n\nJane Roe: 555-0100 or jroe@uni.example\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "A contributor’s name and “Special to” its outlet on one line, without “By”",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## Ann Berry Special to The Courier\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A photo credit above the first paragraph is no byline",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## Getty Images\n\nCoffee is popular, and the study found that drinkers lived longer.\n",
        "flags": [
          "Getty Images"
        ]
      },
      {
        "title": "A wire story’s closing credit",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\n(Reporting by Ann Berry; Editing by Tom Hale)\n",
        "flags": []
      },
      {
        "title": "A byline below the photo captions",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## Photo: a cup\n\n## Getty Images\n\n## Coffee and you\n\nStory by Lena Ortiz, health editor\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A release’s named contact person",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nThe university found that coffee is popular.\n\nMedia contact:\n\nJane Roe\n\n(555) 010-0100\n",
        "flags": []
      },
      {
        "title": "The same release, for a house that asks releases for an author too (option contactsName)",
        "options": {
          "minWords": 0,
          "shortWords": 0,
          "contactsName": false
        },
        "input": "---\ntitle: Coffee\n---\n\nThe university found that coffee is popular.\n\nMedia contact:\n\nJane Roe\n\n(555) 010-0100\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "A contact named after a label of several words, and a closing address with page furniture after it",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nThe agency approved the drug.\n\nInquiries Media: Ann Berry 555-0100 Consumer: 888-555-0199\n",
        "flags": []
      },
      {
        "title": "An author shown by a personal address, then a follow line and page furniture",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nann.berry@example.com\n\nFollow me on Twitter.\n\nMORE IN SCIENCE\n\nAdvertisement\n",
        "flags": []
      },
      {
        "title": "An author shown only by a personal handle in a closing follow line",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nFollow @annberry for science news\n",
        "flags": []
      },
      {
        "title": "An organisation’s follow line names no author",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nFollow us on Twitter @CoffeeInstitute\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "A generic address is no contact person",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nContact: info@example.org\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "A page too short to be an article (option minWords)",
        "options": {
          "minWords": 50
        },
        "input": "---\ntitle: Are you a robot?\n---\n\nPlease make sure your browser supports JavaScript and cookies.\n",
        "flags": []
      },
      {
        "title": "An outlet’s name before the byline on a heading line",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\n## WebMD Health News By Jane Smith WebMD Health News\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A picture’s label before “By” makes a credit, not a byline",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nEnlarge By Jane Doe for USA TODAY A cup of coffee.\n\nCoffee is popular.\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "The later part of a story whose opening, and byline, were lost",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nAlso, decaf would suit only about a tenth of the drinkers in the study.\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A byline that runs into the dateline",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nBy Amy Norton NEW YORK (Reuters Health) - Coffee is popular.\n",
        "flags": []
      },
      {
        "title": "An author without credentials (option requireCredentials)",
        "options": {
          "minWords": 0,
          "shortWords": 0,
          "requireCredentials": true
        },
        "input": "---\ntitle: Coffee\nauthor: Jane Smith\n---\n\nCoffee is popular.\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "An author with credentials (option requireCredentials)",
        "options": {
          "minWords": 0,
          "shortWords": 0,
          "requireCredentials": true
        },
        "input": "---\ntitle: Coffee\nauthor: Jane Smith, MD\n---\n\nCoffee is popular.\n",
        "flags": []
      }
    ]
  },
  {
    "id": "missing-date",
    "scope": "document",
    "docs": {
      "summary": "Flags an article with metadata that shows no date of publication or review, and optionally one whose newest date is older than a limit.",
      "rationale": "Medical advice goes out of date: readers need to know when an article was written or last checked to judge whether it still holds. A text with no metadata at all (a plain-language summary lifted from its review, a snippet) is an excerpt whose date lives on the page it came from, so it is left alone.",
      "guideline": "JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “currency”; DISCERN item 5; HONcode principle 4 (date medical pages).",
      "howToFix": "Add `date:` (published) and `updated:` or `last_reviewed:` to the front matter, `article:published_time` or JSON-LD `datePublished`/`dateModified` to the page, or a visible “Last reviewed” line; review stale articles and update the date."
    },
    "messages": {
      "missing": "Missing date of publication or review, expected front matter `date:` or a visible “Last reviewed” line",
      "stale": "Unexpected date `{date}`, {months} months old, expected a review within `{max}` months"
    },
    "tentative": "a text with fewer than `shortWords` (150) words of body prose, often a piece a page kept of a story whose date line may have gone with the rest.",
    "optionsSchema": {
      "type": "object",
      "properties": {
        "maxAgeMonths": {
          "type": "integer",
          "minimum": 0,
          "description": "Flag articles whose newest date is older than this many months (0: never)."
        },
        "minWords": {
          "type": "integer",
          "minimum": 0,
          "description": "Skip pages shorter than this many words: a bot check, an error page or a teaser is no article."
        },
        "shortWords": {
          "type": "integer",
          "minimum": 0,
          "description": "A text with fewer words of body prose than this (headlines, captions and furniture not counted) is short: a piece a page kept of a story, which may have lost its date line with the rest, so a finding on it is held back as tentative. Readers of real articles judged many such findings debatable (`truncated_text`)."
        },
        "now": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}",
          "description": "The date to measure age against; defaults to today."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: a text with fewer than `shortWords` (150) words of body prose, often a piece a page kept of a story whose date line may have gone with the rest."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "maxAgeMonths": 0,
      "minWords": 50,
      "shortWords": 150,
      "tentative": false
    },
    "examples": [
      {
        "title": "No date anywhere",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "A short text with no date (a piece of a story): held back as tentative",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "The same text, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "A date in the front matter",
        "input": "---\ntitle: Coffee\ndate: 2024-03-01\n---\n\nCoffee is popular.\n",
        "flags": []
      },
      {
        "title": "A visible review date",
        "input": "---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nLast reviewed: 3 March 2024\n",
        "flags": []
      },
      {
        "title": "A news agency dateline below the byline",
        "input": "---\ntitle: Coffee\n---\n\n## By Amy Norton\n\n## HealthDay Reporter\n\nMONDAY, Jan. 21 (HealthDay News) -- Coffee is popular.\n",
        "flags": []
      },
      {
        "title": "An embargo line in capitals dates the release",
        "input": "---\ntitle: Laser treatment for floaters\n---\n\nEMBARGOED FOR RELEASE: 11 A.M. (ET), THURSDAY, JULY 20, 2017\n\nPatients reported fewer floaters.\n",
        "flags": []
      },
      {
        "title": "An embargo line with the release time between the day and the year",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Sleep and the brain\n---\n\nNewswise — Stony Brook, NY – Embargoed for August 4 @ 5:00 PM EST, 2015 – Sleeping on one’s side may help.\n",
        "flags": []
      },
      {
        "title": "A release headline that ends on its date in figures",
        "input": "---\ntitle: Heart scans outperform stress tests - 10/26/2015\n---\n\nResults of a head-to-head comparison show that scans of the heart’s vessels spot clogged arteries better than stress tests.\n",
        "flags": []
      },
      {
        "title": "The only dates are a patient’s diagnosis and the paper’s, inside sentences: no date of the article (round 29)",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: A new scan for prostate cancer\n---\n\nHe was diagnosed with prostate cancer in November 2016.\n\nThe scan found the tumour early. The study was published online March 3, 2017 in The Journal of Urology.\n",
        "flags": [
          "title: A new scan for prostate cancer"
        ]
      },
      {
        "title": "A correction’s date on its own at the foot dates the article",
        "options": {
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: A new scan for prostate cancer\n---\n\nThe scan found the tumour early.\n\nAn earlier version of this article misspelled a name. (Oct. 25, 2016)\n",
        "flags": []
      },
      {
        "title": "A date only in the page head",
        "format": "html",
        "input": "<html><head><meta property=\"article:published_time\" content=\"2024-03-01\"></head><body><h1>Coffee</h1><p>Coffee is popular.</p></body></html>",
        "flags": []
      },
      {
        "title": "A stale article (options maxAgeMonths: 24, now: 2025-06-01)",
        "options": {
          "maxAgeMonths": 24,
          "now": "2025-06-01",
          "minWords": 0,
          "shortWords": 0
        },
        "input": "---\ntitle: Coffee\nupdated: 2021-01-15\n---\n\nCoffee is popular.\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "A page too short to be an article (option minWords)",
        "input": "---\ntitle: Are you a robot?\n---\n\nPlease make sure your browser supports JavaScript and cookies.\n",
        "flags": []
      },
      {
        "title": "Plain text without metadata is out of scope",
        "format": "text",
        "input": "Coffee is popular.",
        "flags": []
      }
    ]
  },
  {
    "id": "missing-disclosure",
    "scope": "document",
    "docs": {
      "summary": "Flags an article that reports research or sells a product but never says who funded the work or whether its authors have conflicts of interest (articles with front matter or HTML metadata only).",
      "rationale": "Industry-funded studies and promotional articles report more favourable results; readers can only weigh a claim when they know who paid for it and who profits from it. An article reports research when it names a study more than once: a single passing word (a call for more trials, a related-story link) is no study whose funder matters. A fragment (fewer than 80 words of body prose: a caption and a paragraph a page kept of a story) is not checked: the rest of the story may have named the funder.",
      "guideline": "JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “disclosure”; HealthNewsReview.org news-release criterion 6 (funding and conflicts of interest); HONcode principle 7.",
      "howToFix": "Add a funding and conflict-of-interest statement (“The study was funded by …; Dr X is a paid consultant to …” or “The authors declare no conflicts of interest”), or a `disclosure:` or `funding:` field in the front matter."
    },
    "messages": {
      "missing": "Missing funding or conflict-of-interest statement for an article that {reason}",
      "industry": "Missing conflict-of-interest statement for research funded by the maker of the product (`{actual}`)"
    },
    "tentative": "a story, column or feature that sells nothing (a product of others said to be “now available”, or a publisher’s boilerplate about “our products”, is no sale by the article) and names research fewer than three times (an explainer, an expert’s advice, a product story with no study it reports), or whose headline and first three paragraphs name no research and whose body names one particular study at most once (a feature that mentions studies on its way, a debate over the evidence); a release (media contacts, an “About” section, an end mark) is never held back, since its issuer answers for the work.",
    "optionsSchema": {
      "type": "object",
      "properties": {
        "includeOwnProduct": {
          "type": "boolean",
          "description": "Flag a news story on a company’s own product or trial (“the drugmaker said its drug …”, a headline naming a large maker’s drug: “J&J’s Stelara”). Off by default: a story that names the company behind the trial has told the reader who paid, and editors differ on asking for more (JUDGING.md calls it debatable)."
        },
        "includeOwnAnnouncements": {
          "type": "boolean",
          "description": "Flag a company’s own announcement of its product or trial (a release with a stock ticker, a forward-looking-statements notice, or the company in its “About …” section). On by default: HealthNewsReview.org asks such releases to state who funded the work and the researchers’ ties to the company, and leaving them out lowers its funding score. A house that takes the issuer as self-evident (JUDGING.md: debatable) can set it to `false`."
        },
        "industryNeedsInterests": {
          "type": "boolean",
          "description": "Also ask for the researchers’ conflicts of interest when the article says the study was paid for by the maker of the product (“funded by Acme, the maker of the pill”), as ICMJE asks of authors. Off by default: an article that names the maker as funder has stated the funding and the funder’s stake, and JUDGING.md counts a finding on a stated funding wrong."
        },
        "minWords": {
          "type": "integer",
          "minimum": 0,
          "description": "Skip texts with fewer words of body prose than this (headlines, captions, credits and furniture not counted): a teaser or a fragment of a story (a caption and a paragraph) may have lost the funding statement with the rest, and readers judge such a finding debatable."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: a story, column or feature that sells nothing (a product of others said to be “now available”, or a publisher’s boilerplate about “our products”, is no sale by the article) and names research fewer than three times (an explainer, an expert’s advice, a product story with no study it reports), or whose headline and first three paragraphs name no research and whose body names one particular study at most once (a feature that mentions studies on its way, a debate over the evidence); a release (media contacts, an “About” section, an end mark) is never held back, since its issuer answers for the work."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "includeOwnProduct": false,
      "includeOwnAnnouncements": true,
      "industryNeedsInterests": false,
      "minWords": 80,
      "tentative": false
    },
    "examples": [
      {
        "title": "A study report with no funding statement",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults and found that coffee drinkers lived longer. The study was published in Heart.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "A funding statement",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults. The study was funded by the National Institutes of Health.\n",
        "flags": []
      },
      {
        "title": "Where the money for the work came from, in any tense",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults and found that coffee drinkers lived longer. The study was published in Heart. All of the funding for the university’s coffee research has come from the academic community.\n",
        "flags": []
      },
      {
        "title": "Funders that supported the researchers, and a researcher who helped develop what was tested",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new colon scan\n---\n\nResearchers scanned 200 adults and found that the software spotted most polyps. The study was published in a journal. A cancer charity and Acme Inc.’s imaging unit supported the researchers; Dr Lee, who helped develop the software, said the company had no influence.\n",
        "flags": []
      },
      {
        "title": "A funder that helped fund the trial, named in a clause",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A vaccine trial\n---\n\nThe trial found the vaccine safe. The head of the Wellcome Trust, which helped fund the trial, welcomed the study.\n",
        "flags": []
      },
      {
        "title": "Work done for or on behalf of a sponsor names who paid",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Parents and screen time\n---\n\nThe survey of 1,500 parents was carried out on behalf of Brightsmile. The study found most children used tablets daily.\n",
        "flags": []
      },
      {
        "title": "A company that ran the trial, or the researchers’ ties to it, state who paid",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new pill for migraine\n---\n\nZenvia Therapeutics ran the trial at 40 sites. The study found fewer headache days; two of the authors consult for Zenvia.\n",
        "flags": []
      },
      {
        "title": "How long a trial was conducted for is no sponsor",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new pill for migraine\n---\n\nThe trial was conducted for 12 weeks on 800 adults. The study found fewer headache days; the results were published in Neurology.\n",
        "flags": [
          "title: A new pill for migraine"
        ]
      },
      {
        "title": "A researcher who receives research funds from a company",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new radiation device\n---\n\nThe study found few side effects. Dr Lee, who led the study and receives research funds from Acme, said so.\n",
        "flags": []
      },
      {
        "title": "Funding by the maker of the product states the funding and the funder’s stake",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new pill\n---\n\nIn the trial, pain eased. The study was funded by Acme, the maker of the pill.\n",
        "flags": []
      },
      {
        "title": "The same, for a house that asks for the researchers’ ties too (`industryNeedsInterests`)",
        "options": {
          "minWords": 0,
          "industryNeedsInterests": true
        },
        "input": "---\ntitle: A new pill\n---\n\nIn the trial, pain eased. The study was funded by Acme, the maker of the pill.\n",
        "flags": [
          "The study was funded by Acme, the maker of the pill."
        ]
      },
      {
        "title": "Funding by the maker, with a conflict-of-interest statement",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new pill\n---\n\nThe study was funded by Acme, the maker of the pill. Dr Lee is a paid consultant to Acme.\n",
        "flags": []
      },
      {
        "title": "A story on a company’s own drug trial names who paid",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Acme drug eases psoriasis\n---\n\nAcme said its drug cleared the skin of 70% of patients in the trial, the researchers reported in the journal. The drugmaker plans to file next year.\n",
        "flags": []
      },
      {
        "title": "Researchers from the maker of the drug: a story on its own trial",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new pill for gout\n---\n\nScientists at Acme, the maker of the drug, reported that the pill eased flares in the trial. The study followed 300 patients.\n",
        "flags": []
      },
      {
        "title": "A headline naming a large maker’s drug: a story on its own product",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Crohn’s patients respond to J&J’s Stelara in study\n---\n\nStelara helped 40% of patients in the trial, the researchers reported at a meeting.\n",
        "flags": []
      },
      {
        "title": "The same story, with `includeOwnProduct`",
        "options": {
          "minWords": 0,
          "includeOwnProduct": true
        },
        "input": "---\ntitle: Acme drug eases psoriasis\n---\n\nAcme said its drug cleared the skin of 70% of patients in the trial, the researchers reported in the journal. The drugmaker plans to file next year.\n",
        "flags": [
          "title: Acme drug eases psoriasis"
        ]
      },
      {
        "title": "A company’s own release should still say who paid and the researchers’ ties",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Acme drug eases psoriasis\n---\n\nAcme Inc. (NYSE: ACME) today said its drug cleared the skin of 70% of patients in the trial.\n",
        "flags": [
          "title: Acme drug eases psoriasis"
        ]
      },
      {
        "title": "The same release, for a house that takes the issuer as self-evident",
        "options": {
          "minWords": 0,
          "includeOwnAnnouncements": false
        },
        "input": "---\ntitle: Acme drug eases psoriasis\n---\n\nAcme Inc. (NYSE: ACME) today said its drug cleared the skin of 70% of patients in the trial.\n",
        "flags": []
      },
      {
        "title": "A licensing tie between the researchers and a company is a conflict stated",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A test for embryos\n---\n\nResearchers found that the test picked the best embryos in the study, and are licensing development of a commercial test. Acme said it had acquired an exclusive license from the university.\n",
        "flags": []
      },
      {
        "title": "A researcher who licensed what he made to the maker, told in plain prose, states a conflict (round 25)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A robot for hair transplants\n---\n\nIn a trial at two clinics, the robot took half the time of surgeons working by hand. Dr Lee designed the punch the robot uses and licensed it to Folliq Robotics Inc., the company that makes the robot.\n",
        "flags": []
      },
      {
        "title": "A company the study’s authors founded, said in the passive, states a conflict (round 25)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A blood test for concussion\n---\n\nThe researchers found that the test ruled out brain injury in a third of patients in the study. It will be sold by Neurix, a start-up founded five years ago by two of the study’s authors.\n",
        "flags": []
      },
      {
        "title": "Royalties on the product, or a seat on its maker’s advisory board, state a conflict (round 25)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A brace for back pain\n---\n\nIn the trial, the brace eased pain in 200 adults. Dr Lee, who led the study, receives royalties on sales of the brace and sits on Acme’s advisory board.\n",
        "flags": []
      },
      {
        "title": "A patent sought or held by the researchers, told in plain prose, states a conflict (round 25)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Ketamine for depression\n---\n\nResearchers gave ketamine to 40 patients and found that their mood lifted within hours. The study was published in Psychiatry. “It is encouraging,” said Dr Lee, who with a co-author has filed for a patent on the use of ketamine in depression.\n",
        "flags": []
      },
      {
        "title": "A patented technology boasted of names nobody’s patent",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Cooling away fat\n---\n\nResearchers treated 40 adults and found that the cooling device cut belly fat. The study was published in Dermatology. The device uses a patented cooling technology.\n",
        "flags": [
          "title: Cooling away fat"
        ]
      },
      {
        "title": "A licence to practise, and a clinic its doctor founded, are no tie to a maker",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A brace for back pain\n---\n\nResearchers fitted the brace on 200 adults and found that it eased pain. The study was published in Spine. Dr Lee, licensed to practise in Ohio, led it at a clinic founded by her father in 1980.\n",
        "flags": [
          "title: A brace for back pain"
        ]
      },
      {
        "title": "A business story on a company’s own trial, told by how its shares moved",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Acme heart drug cuts deaths\n---\n\nAcme’s pill cut deaths by a third in the trial, the researchers said. Acme shares jumped 9 percent after the study was presented.\n",
        "flags": []
      },
      {
        "title": "The same story with `includeOwnProduct`",
        "options": {
          "minWords": 0,
          "includeOwnProduct": true
        },
        "input": "---\ntitle: Acme heart drug cuts deaths\n---\n\nAcme’s pill cut deaths by a third in the trial, the researchers said. Acme shares jumped 9 percent after the study was presented.\n",
        "flags": [
          "title: Acme heart drug cuts deaths"
        ]
      },
      {
        "title": "Work begun by a government body, money given to it, or the work as a company’s own name who paid",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Hormones and the heart\n---\n\nThe trial was begun in 1991 by the National Institutes of Health. The study found no rise in heart attacks.\n",
        "flags": []
      },
      {
        "title": "A company’s money for the researchers’ centre",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A cell therapy for leukaemia\n---\n\nThe study treated 30 patients. Acme has committed $20 million to building a research center for the team.\n",
        "flags": []
      },
      {
        "title": "Sponsorship, a subsidy, help in kind or the researchers’ own company state who paid or who gains",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A patch for sleep apnea\n---\n\nIn a study of 250 sleepers subsidized by Ventra Medical, the patch cut pauses in breathing. The drugmaker supplied the pills used in the trial, and two of the authors have started a company to sell the patch.\n",
        "flags": []
      },
      {
        "title": "Funding given with a word of how much, work done for a government body, and a price named in passing",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Oxygen for brain injury\n---\n\nThe treatment costs about $300 per session. Dr Cole oversaw three studies for the Department of Veterans Affairs, and the study found little benefit. A diabetes charity provided some funding for the studies.\n",
        "flags": []
      },
      {
        "title": "Research named only in passing is no study reported",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A fertility app\n---\n\nThe app reads your temperature each morning. Doctors are calling for independent trials.\n",
        "flags": []
      },
      {
        "title": "A product’s approval or availability is its status, not an offer to the reader",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: FDA approves a glucose monitor\n---\n\nThe FDA approves the sensor for adults, and it will be commercially available in the spring. In Europe it is available by prescription.\n",
        "flags": []
      },
      {
        "title": "Trial and error, or what researchers believe, is no study reported",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Eating for a touchy gut\n---\n\nFinding the foods that suit you takes trial and error. Some researchers believe the culprit is not gluten but a group of sugars, and a study is under way.\n",
        "flags": []
      },
      {
        "title": "A column that names research only in passing: held back as tentative",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Eating for a touchy gut\n---\n\nMany readers feel better without wheat. Researchers at Monash have found that sugars called FODMAPs may be to blame, so try a low-FODMAP week.\n",
        "flags": []
      },
      {
        "title": "The same column, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: Eating for a touchy gut\n---\n\nMany readers feel better without wheat. Researchers at Monash have found that sugars called FODMAPs may be to blame, so try a low-FODMAP week.\n",
        "flags": [
          "title: Eating for a touchy gut"
        ]
      },
      {
        "title": "A feature that mentions studies on its way, with none in its opening: held back as tentative",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Snoring children\n---\n\nMaya snored every night.\n\nHer parents worried.\n\nA surgeon looked at her throat.\n\nTonsils came out often in the 1950s. Clinical trials in the 1980s showed who gains, and hundreds of studies followed. The researchers still disagree.\n",
        "flags": []
      },
      {
        "title": "The same feature, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: Snoring children\n---\n\nMaya snored every night.\n\nHer parents worried.\n\nA surgeon looked at her throat.\n\nTonsils came out often in the 1950s. Clinical trials in the 1980s showed who gains, and hundreds of studies followed. The researchers still disagree.\n",
        "flags": [
          "title: Snoring children"
        ]
      },
      {
        "title": "A feature that opens on a person and then tells a study is still flagged",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Snoring children\n---\n\nMaya snored every night.\n\nHer parents worried.\n\nA surgeon looked at her throat.\n\nIn a new study published in Pediatrics, the researchers followed 400 children after surgery. Studies before it were small.\n",
        "flags": [
          "title: Snoring children"
        ]
      },
      {
        "title": "A release that names research in passing still says who paid: its issuer answers for the work",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new implant against HIV\n---\n\nScientists at the university have built an implant that calms immune cells. The article appeared in the Journal of Controlled Release.\n\nMedia contact: Jo Bloggs, press office\n",
        "flags": [
          "title: A new implant against HIV"
        ]
      },
      {
        "title": "A disclosure in the front matter",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Our new supplement\ndisclosure: Written by the maker of the product.\n---\n\nBook a consultation today.\n",
        "flags": []
      },
      {
        "title": "A pointer elsewhere is not a disclosure",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults, and the study found that coffee drinkers lived longer. Please see the article for disclosures.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "A page with metadata that sells a treatment",
        "options": {
          "minWords": 0
        },
        "format": "html",
        "input": "<html><head><meta name=\"author\" content=\"Clinic staff\"></head><body><h1>Ketamine infusions</h1><p>Book a consultation at our clinic today.</p></body></html>",
        "flags": [
          "Ketamine infusions"
        ]
      },
      {
        "title": "What the maker gave to the study, said in the passive, states its support",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A hormone and memory\n---\n\nIn the study of 150 adults, injections of the hormone improved memory scores. The hormone, which was provided free by the manufacturer in the study, costs $700 a shot.\n",
        "flags": []
      },
      {
        "title": "Devices a company handed over, in the past tense, state support in kind",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Glasses for autism\n---\n\nIn the study, 40 children wore the glasses at home, and the researchers found their face reading improved. The trial ran for a year, and the study authors plan a larger trial. Acme Inc. supplied the devices.\n",
        "flags": []
      },
      {
        "title": "An organisation promising to pay for a study to come names its funder",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A brew for trauma\n---\n\nScientists say the brew may ease trauma, and a small study found that users felt calmer. The Acme Association for Plant Studies, which has funded researchers at two universities, plans to support a larger study in Peru this year.\n",
        "flags": []
      },
      {
        "title": "Backing a study’s findings is agreement, not money",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A brew for trauma\n---\n\nScientists say the brew may ease trauma, and a small study found that users felt calmer. The Acme Association for Plant Studies will back the study’s findings in its advice.\n",
        "flags": [
          "title: A brew for trauma"
        ]
      },
      {
        "title": "A business that supplies devices to hospitals has given the study nothing",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Glasses for autism\n---\n\nIn the study, 40 children wore the glasses at home, and the researchers found their face reading improved. The trial ran for a year, and the study authors plan a larger trial. Acme Inc. supplies the devices to hospitals.\n",
        "flags": [
          "title: Glasses for autism"
        ]
      },
      {
        "title": "Whatever the maker gave for the study, and a funder it did not pay, state its part",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A rubber bar for tennis elbow\n---\n\nA study by researchers at a sports clinic found that exercises with the bar eased pain. (Acme Health Brands, maker of the bar, provided the bars for the study but did not fund it.)\n",
        "flags": []
      },
      {
        "title": "A company sponsoring the trial, and a doctor not affiliated with it",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Stem cells for spinal injury\n---\n\nSix patients joined the trial. Today, the company sponsoring the trial reported that four of them improved. Dr. Jenkins, who is not affiliated with the company, has continued to see them.\n",
        "flags": []
      },
      {
        "title": "The lead researcher’s post in the company developing the device states an interest (round 23)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: An eye implant for blindness\n---\n\nIn a trial, three blind patients saw shapes with the implant, and the results were published in Ophthalmology. Jane Roe, head of a university eye clinic and director of a small company called Visionix AG which is developing the implant, said the results were a proof of concept.\n",
        "flags": []
      },
      {
        "title": "An officer of the company named as the product’s maker, with a department in the post, states an interest (round 25)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: An inhaled insulin\n---\n\nResearchers gave the inhaled insulin to 300 adults and found that it worked faster than injections. The study was published in Diabetes Care. “It looks like the body’s own insulin,” said Jane Roe, vice president of drug development at Inhalix Corp., manufacturer of the inhaler.\n",
        "flags": []
      },
      {
        "title": "An executive speaking for a company never called the product’s maker states no tie",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: An inhaled insulin\n---\n\nResearchers gave the inhaled insulin to 300 adults and found that it worked faster than injections. The study was published in Diabetes Care. “It looks like the body’s own insulin,” said Jane Roe, vice president of drug development at Inhalix Corp., a firm in Boston.\n",
        "flags": [
          "title: An inhaled insulin"
        ]
      },
      {
        "title": "A post in the university clinic developing the device is no tie to a company",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: An eye implant for blindness\n---\n\nIn a trial, three blind patients saw shapes with the implant, and the results were published in Ophthalmology. Jane Roe, director of a university eye clinic which is developing the implant, said the results were a proof of concept.\n",
        "flags": [
          "title: An eye implant for blindness"
        ]
      },
      {
        "title": "An outside expert who took no part in the study states nobody’s funding",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A patch for peanut allergy\n---\n\nIn the study, the patch helped 40% of children. The researchers followed 300 children, and the results were published in Pediatrics. “It is promising,” said Dr. Lee, who is not affiliated with the new study.\n",
        "flags": [
          "title: A patch for peanut allergy"
        ]
      },
      {
        "title": "Research named only as missing is no study reported",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Doctors question a tumour-zapping device\n---\n\nThe device hasn’t been through a large clinical trial. “We have not done randomized, controlled clinical trials,” says the maker’s chief executive. Doctors worry that it won approval without large clinical studies.\n",
        "flags": []
      },
      {
        "title": "A negation about something else leaves the study reported",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new pill for gout\n---\n\nThere were no serious side effects in the trial. The researchers followed 300 patients for a year, and the results were published in Rheumatology.\n",
        "flags": [
          "title: A new pill for gout"
        ]
      },
      {
        "title": "The funder named before the trial it paid for",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Stroke treatments studied locally\n---\n\nThe hospital was one of 117 centers to take part in a National Institutes of Health clinical trial. The study compared stents with drugs, and researchers found fewer strokes in one group.\n",
        "flags": []
      },
      {
        "title": "A story that says someone else’s drug is now available sells nothing: research in passing is held back",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A cheaper antidepressant\n---\n\nProzac was developed by Eli Lilly and is now available in a cheaper generic form. Doctors prescribe it widely, and a study suggested it may help.\n",
        "flags": []
      },
      {
        "title": "The same story, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: A cheaper antidepressant\n---\n\nProzac was developed by Eli Lilly and is now available in a cheaper generic form. Doctors prescribe it widely, and a study suggested it may help.\n",
        "flags": [
          "title: A cheaper antidepressant"
        ]
      },
      {
        "title": "A fragment of a story (a caption and a paragraph) is not checked",
        "input": "---\ntitle: Coffee and the heart\n---\n\n## Photo: a cup of coffee\n\nResearchers followed 20,000 adults, and the study found that coffee drinkers lived longer.\n",
        "flags": []
      },
      {
        "title": "Plain text without metadata is out of scope",
        "options": {
          "minWords": 0
        },
        "format": "text",
        "input": "Researchers found that coffee drinkers lived longer.",
        "flags": []
      }
    ]
  },
  {
    "id": "missing-regulatory-status",
    "scope": "document",
    "docs": {
      "summary": "Flags a drug, biologic, supplement, device or procedure presented as a remedy when the article never says whether it is approved, off-label, experimental or sold over the counter.",
      "rationale": "Readers cannot judge a treatment, or ask for it, without knowing whether a regulator has approved it for their condition, whether it is used off-label, or whether it is only available in trials.",
      "guideline": "HealthNewsReview.org criterion 8 (does the story establish the availability of the treatment?). Approvals count when they come from a regulator of the reader’s jurisdiction: FDA for `en-US`; MHRA, NICE, EMA or FDA for `en-GB` (set `regulators` to change this, for example `[\"TGA\"]`). Limits on status (“not approved by the FDA”, “off-label”, “unlicensed”, “experimental”, “only in clinical trials”) and routes of access (“over the counter”, “prescription-only”, “on the NHS”, “offered at”) count whoever is named. Only the article’s focal intervention is checked: the one its headline and opening paragraph name, that it names most and offers as a remedy (a comparator, a setting or a background drug is not asked about; when the focal intervention is a test, a class of medicines or devices (“statins”, “blood pressure drugs”, “implanted heart devices”) or lifestyle advice, nothing is; nor when the headline or opening questions it, as in “Penn study questions Lariat device”, or reports no gain with it, as in “patients don’t see improved survival with the drug gemcitabine”). A designation that speeds a drug’s review (“breakthrough therapy designation”, “fast track”, “orphan drug designation”) is no approval and does not count. A treatment its researchers made themselves (“the team previously developed a vaccine”, “a device designed by engineers at the university”) is experimental, as an early trial shows. An early-phase, first or small trial (“phase II”, “pilot study”, “first patients”, “a midstage study”, an invitation to join the trial), or a study of at most 50 people (“the trial involved only 11 patients”), tells readers that a new treatment (a biologic, device or procedure, or a drug known only by its INN stem) is experimental and counts as its status; it does not for a drug already sold or used (oxytocin, Victoza, ketamine, MDMA), which readers can get outside the trial, off-label or illicitly, so its status for this use is still owed. Set `includeResearchStage` to ask for a word on whether or when readers could get a treatment even when the research stage shows it is experimental, as HealthNewsReview.org reviewers do; it is off by default because editors differ on whether “tested in a phase II trial” already tells readers enough (issue #13: the judges marked those findings debatable, `status_implied`). A status said of a class of other drugs (“many had tried over-the-counter medications”, “dependence on prescription medicines, including opioids”, “initiating an approved treatment”) is the status of the examples it gives only, and a professional body’s recommendation (“the American Stroke Association advises”) that of the treatment it names. A law against its use (“federal law prohibits the use of”), a company developing it (“a new drug being developed by Sanofi”), a price (“costs around $10 a month”, “costs in the neighborhood of $300,000 per year”), sales figures, insurance cover (“her insurance covered the bill”, “is covered by most health insurance plans”) and the usual treatment (“the treatment of choice”, “serious cases are treated with”, “general practice is to give”, “guidelines currently recommend”) say a product is on the market, as do a doctor offering it (“we offer pulsed radiofrequency to patients”), the professions that habitually give it (“chiropractors often perform it”, “it is also administered by physical therapists”; not those who gave it in the study), a recommendation for an age group (“recommended for adults 60 and older”) and years on sale (“has been available since 2006”); established use said in an appositive (“gabapentin, an anti-seizure medication frequently prescribed for hot flashes”) is the status of the treatment it describes only, established use said of a general word (“antibiotic therapy is the current standard of care”) is the status of treatments of that word’s sort only (not of a manipulative treatment or a device), and the availability of a release’s images or webcast is no one’s. A summary whose opening weighs a body of trials (“based on 35 clinical trials”, “these trials”, “a network meta-analysis”, “a systematic review”) promotes no one remedy: it ranks the treatments it covers; a word that names a drug’s target (“drugs that block the protein angiotensin”), anywhere in the article once it is named as what a drug blocks, or is part of a company’s name (“Hersco Ortho Labs”) is no treatment; a brand in brackets after an established drug (“acetaminophen (Tylenol)”) is that drug. A treatment named once, neither in the headline nor in the opening paragraph (“mild reactions were treated with just Benadryl”), is a side remark in a story about something else, not its remedy (issue #13: `not_promoted`); so is one first named below the headline and first three paragraphs when they name no treatment at all (a story about tailored e-mails that help smokers quit, which mentions nicotine patches further down). A procedure named as the setting or what the remedy spares (“before surgery”, “without surgery”), a medicine people were less likely to need (“less likely to need oral steroids for an attack”, an outcome), a practice named as the outcome (“causes weight loss”) and a substance the study measures (“levels of oxytocin”) are not the article’s treatment either. A treatment said to be “well established” is in use, which covers only the treatments named in that sentence (“it is well established that” any fact is no status). Patients being treated now “as part of a clinical trial”, a trial that “is recruiting” or “ongoing” say the treatment is only in trials. One-word treatments an ordinary dictionary lists (“aspirin”, “surgery”), and such a medicine in a common form (“nicotine patch”, “aspirin tablets”), a local anaesthetic in a topical form (“lidocaine cream”, “benzocaine gel”, sold over the counter; not “bupivacaine injections”), and standard procedures and long-prescribed therapies (“bariatric surgery”, “radiation therapy”, “HRT”, and an operation named by its classical term such as “nephrectomy” or “arthroplasty”) count as established, except a drug whose legal status is its status (“marijuana”, “ecstasy”: the dictionary lists them, yet whether readers may have them is the question); lifestyle practices, foods and talking therapies have no status to state. Supplements and herbal remedies are left out by default, since editors differ on whether “sold without approval” must be said (JUDGING.md); set `includeSupplements` to ask for them. Compounds studied only in animals or cells have no status yet and are never flagged.",
      "howToFix": "Say, near the first mention, whether the treatment is approved or licensed for this use and by whom, or that it is off-label, experimental, only in trials or available over the counter, and how readers can get it (on prescription, at which centres, at what cost)."
    },
    "messages": {
      "missing": "Missing regulatory status for `{treatment}`, say whether it is approved for this use, off-label, experimental or only in trials, or sold over the counter, and how readers can get it"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "regulators": {
          "type": "array",
          "items": {
            "enum": [
              "FDA",
              "EMA",
              "MHRA",
              "NICE",
              "TGA",
              "Health Canada",
              "PMDA",
              "Swissmedic",
              "Medsafe"
            ]
          },
          "uniqueItems": true
        },
        "includeSupplements": {
          "type": "boolean",
          "description": "Also ask for the status of supplements and herbal remedies, which are sold without approval."
        },
        "includeResearchStage": {
          "type": "boolean",
          "description": "Also ask about a treatment reported from an early or small trial when the article never says whether or when readers could get it."
        }
      },
      "additionalProperties": false
    },
    "defaults": {},
    "examples": [
      {
        "title": "A drug offered for a condition with no status",
        "input": "Many clinics now offer psilocybin for depression, with striking results.",
        "flags": [
          "psilocybin"
        ]
      },
      {
        "title": "Status stated later in the article",
        "input": "Ketamine infusions can ease depression within hours.\n\nKetamine is not yet approved by the FDA for this use.",
        "flags": []
      },
      {
        "title": "A foreign approval does not tell an American reader",
        "input": "Esketamine relieves depression. Esketamine is approved by the MHRA.",
        "language": "en-US",
        "flags": [
          "Esketamine"
        ]
      },
      {
        "title": "The same approval counts for a British reader",
        "input": "Esketamine relieves depression. Esketamine is approved by the MHRA.",
        "language": "en-GB",
        "flags": []
      },
      {
        "title": "Supplements are left to editors by default",
        "input": "Ashwagandha eases anxiety, its makers say.",
        "flags": []
      },
      {
        "title": "Supplements when they are included",
        "input": "Ashwagandha eases anxiety, its makers say.",
        "options": {
          "includeSupplements": true
        },
        "flags": [
          "Ashwagandha"
        ]
      },
      {
        "title": "An early-phase trial says the treatment is experimental",
        "input": "Gene therapy relieves sickle cell disease in a phase II trial of 300 patients. Gene therapy helped most of them.",
        "flags": []
      },
      {
        "title": "The same trial without its phase says nothing of status",
        "input": "Gene therapy relieves sickle cell disease in a trial of 300 patients. Gene therapy helped most of them.",
        "flags": [
          "Gene therapy"
        ]
      },
      {
        "title": "A small study of a new treatment says it is experimental",
        "input": "Gene therapy relieves sickle cell disease. The trial involved only 11 patients.",
        "flags": []
      },
      {
        "title": "Research stage when a word on availability is wanted",
        "input": "Gene therapy relieves sickle cell disease. The trial involved only 11 patients.",
        "options": {
          "includeResearchStage": true
        },
        "flags": [
          "Gene therapy"
        ]
      },
      {
        "title": "A treatment its researchers made themselves is experimental",
        "input": "Gene therapy halted a fatal brain disease in children. The team previously engineered the gene therapy from a harmless virus.",
        "flags": []
      },
      {
        "title": "A design or measure the researchers made says nothing of the treatment",
        "input": "Gene therapy halted a fatal brain disease in children. The team designed a new memory test for the trial.",
        "flags": [
          "Gene therapy"
        ]
      },
      {
        "title": "A treatment said to be well established is in use",
        "input": "Thrombectomy helps patients recover from a stroke up to a day later.\n\nThrombectomy is already well established within six hours of a stroke.",
        "flags": []
      },
      {
        "title": "A fact said to be well established is no status",
        "input": "Glenzocimab helps patients recover from a stroke up to a day later.\n\nIt is well established that every minute of a stroke costs brain cells.",
        "flags": [
          "Glenzocimab"
        ]
      },
      {
        "title": "A designation that speeds review is no approval",
        "input": "Larotrectinib treats rare cancers in children.\n\nThe FDA granted larotrectinib breakthrough therapy designation.",
        "language": "en-US",
        "flags": [
          "Larotrectinib"
        ]
      },
      {
        "title": "An early-phase trial does not say whether a drug already sold can be had for this use (round 24)",
        "input": "Ketamine eases depression in older adults, a phase II trial finds. Ketamine was given weekly.",
        "flags": [
          "Ketamine"
        ]
      },
      {
        "title": "A law against its use is its status (round 24)",
        "input": "Psilocybin eases anxiety in cancer, a pilot study finds. Federal law prohibits the use of psilocybin.",
        "flags": []
      },
      {
        "title": "Insurance cover said in the passive is its status (round 24)",
        "input": "Ketamine eases depression, a phase II trial finds. Ketamine is covered by most health insurance plans.",
        "flags": []
      },
      {
        "title": "A rough price is its status (round 24)",
        "input": "Kalydeco relieves cystic fibrosis. Kalydeco costs in the neighborhood of $300,000 per year.",
        "flags": []
      },
      {
        "title": "A company developing it says it is not yet on the market (round 24)",
        "input": "Dupilumab eases asthma, a small trial finds. Dupilumab is a new drug being developed by two companies.",
        "flags": []
      },
      {
        "title": "An energy-based procedure offered as a new technique owes its status (round 25)",
        "input": "Pulsed radiofrequency relieves sciatica, a study of 128 patients finds. Pulsed radiofrequency took ten minutes.",
        "flags": [
          "Pulsed radiofrequency"
        ]
      },
      {
        "title": "The press materials’ availability is not the treatment’s (round 25)",
        "input": "Irreversible electroporation treats pancreatic cancer in a study of 200 patients.\n\nNote: Copies of the releases and electronic images will be available online.",
        "flags": [
          "Irreversible electroporation"
        ]
      },
      {
        "title": "A vaccine named by the protein it targets is one product with a status (round 25)",
        "input": "The p53 vaccine treats breast cancer in a study of 60 women. The p53 vaccine was given monthly.",
        "flags": [
          "p53 vaccine"
        ]
      },
      {
        "title": "A doctor who offers the treatment says where readers can get it (round 25)",
        "input": "Pulsed radiofrequency relieves sciatica, a study of 128 patients finds. “We offer pulsed radiofrequency to patients whose pain persists,” the surgeon said.",
        "flags": []
      },
      {
        "title": "Established use said in an appositive is the comparator’s, not the treatment’s (round 25)",
        "input": "Electro-acupuncture eases hot flashes, a trial of 80 women finds. It was compared with gabapentin, an anti-seizure medication frequently prescribed for hot flashes.",
        "flags": [
          "Electro-acupuncture"
        ]
      },
      {
        "title": "The same use said of the treatment itself is its status",
        "input": "Electro-acupuncture eases hot flashes, a trial of 80 women finds. Electro-acupuncture is frequently prescribed for hot flashes.",
        "flags": []
      },
      {
        "title": "A vaccine named by the infection it prevents owes its status (round 25)",
        "input": "The shingles vaccine prevents shingles in older adults, a study of 75,000 people finds.",
        "flags": [
          "shingles vaccine"
        ]
      },
      {
        "title": "A vaccine recommended for an age group, or available for years, has its status (round 25)",
        "input": "The shingles vaccine, recommended for adults 60 and older, prevents shingles, a study of 75,000 people finds.",
        "flags": []
      },
      {
        "title": "A small study does not say whether a drug already sold can be had for this use",
        "input": "Oxytocin relieves autism symptoms. In the study, 13 adults inhaled it.",
        "flags": [
          "Oxytocin"
        ]
      },
      {
        "title": "A local anaesthetic in a topical form is sold over the counter (round 29)",
        "input": "Benzocaine gel eases teething pain in babies, a trial of 200 infants finds. Benzocaine gel was rubbed on the gums.",
        "flags": []
      },
      {
        "title": "The same anaesthetic injected is a product whose status is news (round 29)",
        "input": "Bupivacaine injections ease knee pain after surgery, a trial of 200 patients finds. Bupivacaine injections were given once.",
        "flags": [
          "Bupivacaine injections"
        ]
      },
      {
        "title": "A summary of many trials weighs treatments rather than promoting one",
        "input": "Based on 35 clinical trials, EMLA cream relieves circumcision pain in newborns.",
        "flags": []
      },
      {
        "title": "An opening that reports a meta-analysis ranks treatments rather than promoting one (round 28)",
        "input": "According to a network meta-analysis, naproxen ranked most effective for knee arthritis. Naproxen eased pain and naproxen improved function.",
        "flags": []
      },
      {
        "title": "The same drug reported from one trial is promoted",
        "input": "In a new trial, naproxen ranked most effective for knee arthritis. Naproxen eased pain and naproxen improved function.",
        "flags": [
          "naproxen"
        ]
      },
      {
        "title": "A brand in brackets after an established drug is that drug",
        "input": "Giving acetaminophen (Tylenol) to children with asthma is safe, a trial found. Tylenol relieves fever and Tylenol eases pain.",
        "flags": []
      },
      {
        "title": "A treatment named once, below the opening, is a side remark",
        "input": "Most children outgrow a milk allergy, a study of food challenges at a Texas clinic found this year.\n\nThe challenge took a day.\n\nMild reactions were treated with Benadryl, which relieves itching.",
        "flags": []
      },
      {
        "title": "The same treatment promoted in the opening is the article’s remedy",
        "input": "Benadryl relieves itching in most children, a study of food challenges at a Texas clinic found this year.\n\nThe challenge took a day.",
        "flags": [
          "Benadryl"
        ]
      },
      {
        "title": "A treatment first named below the top, in a story about something else, is its background",
        "input": "You’ve got mail about quitting smoking\n\nThe road to quitting can be long, a doctor says.\n\nTailored e-mails helped smokers quit in a randomised trial, researchers report.\n\nThe e-mails were written for each smoker.\n\nSome asked about nicotine replacement therapy, which relieves cravings. Nicotine replacement therapy was used by half.",
        "flags": []
      },
      {
        "title": "The same treatment named at the top is what the article is about",
        "input": "Nicotine replacement therapy relieves cravings\n\nThe road to quitting can be long, a doctor says.\n\nSome asked about nicotine replacement therapy, which relieves cravings. Nicotine replacement therapy was used by half.",
        "flags": [
          "Nicotine replacement therapy"
        ]
      },
      {
        "title": "Patients treated now within a trial: only in trials",
        "input": "Cryoablation destroys breast tumours without surgery.\n\nWomen are now being treated with cryoablation as part of a clinical trial at 20 centres.",
        "flags": []
      },
      {
        "title": "An operation named by its classical term is a standard operation",
        "input": "Pleurectomy improves quality of life in mesothelioma, a study of 70 patients found.",
        "flags": []
      },
      {
        "title": "A controlled drug owes its legal status though the dictionary lists it",
        "input": "Marijuana relieves chronic nerve pain, a Canadian team found.",
        "flags": [
          "Marijuana"
        ]
      },
      {
        "title": "An established medicine in a common form is established",
        "input": "Nicotine patches improve memory in older adults.",
        "flags": []
      },
      {
        "title": "The molecule a drug blocks is no treatment, wherever it is named",
        "input": "Drugs that block the protein angiotensin reduce dementia. Combined angiotensin medication therapy reduced admissions.",
        "flags": []
      },
      {
        "title": "A class of medicines or devices has no one status to state",
        "input": "Newer Blood Pressure Drugs as Good as Older Ones: Study\n\nBlood pressure drugs lower the risk of stroke.",
        "flags": []
      },
      {
        "title": "A named device promoted in the headline owes its status",
        "input": "Watchman Device Prevents Strokes\n\nThe Watchman device prevents strokes in heart patients.",
        "flags": [
          "Watchman device"
        ]
      },
      {
        "title": "A headline that questions the treatment does not promote it",
        "input": "Penn study questions Lariat device to prevent stroke in heart patients\n\nThe Lariat device closes off part of the heart.",
        "flags": []
      },
      {
        "title": "An opening that reports no gain with the treatment does not promote it",
        "input": "Chemo After Surgery\n\nPancreatic cancer patients don’t see improved survival with the drug gemcitabine, compared with another regimen, a study finds.",
        "flags": []
      },
      {
        "title": "A status said of a class of other drugs is not the treatment’s status",
        "input": "Gene therapy eases sickle cell pain in a trial of 300 patients.\n\nMany had tried over-the-counter medications without relief.",
        "flags": [
          "Gene therapy"
        ]
      },
      {
        "title": "The same status said of the treatment is its status",
        "input": "Naproxen eases sickle cell pain in a trial of 300 patients.\n\nNaproxen and other over-the-counter painkillers are cheap.",
        "flags": []
      },
      {
        "title": "Starting “an approved treatment” speaks of any treatment, not the article’s (round 28)",
        "input": "Abaloparatide injections cut fractures in women with osteoporosis, a trial of 2,400 women finds.\n\n“What matters most is starting an approved treatment,” an editorial says.",
        "flags": [
          "Abaloparatide injections"
        ]
      },
      {
        "title": "The most widely used rating scale is no status of the treatment measured with it (round 28)",
        "input": "Ketamine eases depression in teenagers. Scores fell on the most widely used rating scale in research trials.",
        "flags": [
          "Ketamine"
        ]
      },
      {
        "title": "More evidence needed before broader clinical use is a limit on its status (round 28)",
        "input": "Ketamine eases depression in teenagers. More information will be needed before broader clinical use.",
        "flags": []
      },
      {
        "title": "A professional body’s recommendation of the treatment is its status",
        "input": "Thrombectomy helps stroke patients recover.\n\nThe American Stroke Association advises thrombectomy within six hours.",
        "flags": []
      },
      {
        "title": "A medicine people were less likely to need is the outcome, not the remedy",
        "input": "Asthma check-ups by phone\n\nPeople who had asthma check-ups by phone were less likely to need omalizumab injections for an asthma attack, a review finds.",
        "flags": []
      },
      {
        "title": "The same medicine offered for the attack owes its status",
        "input": "Omalizumab injections prevent asthma attacks\n\nOmalizumab injections prevent asthma attacks, a review finds.",
        "flags": [
          "Omalizumab"
        ]
      },
      {
        "title": "A manipulative treatment promoted for a condition owes who offers it (round 27)",
        "input": "Osteopathic manipulative treatment shortens hospital stays in pneumonia, a trial of 400 patients finds. Osteopathic manipulative treatment was given twice a day.",
        "flags": [
          "Osteopathic manipulative treatment"
        ]
      },
      {
        "title": "The professions that habitually give it say who offers it (round 27)",
        "input": "Osteopathic manipulative treatment shortens hospital stays in pneumonia, a trial of 400 patients finds. It is also performed by physical therapists and chiropractors.",
        "flags": []
      },
      {
        "title": "Doctors who gave it in the study say nothing of who offers it (round 27)",
        "input": "Osteopathic manipulative treatment shortens hospital stays in pneumonia, a trial of 400 patients finds. Doctors performed it twice a day.",
        "flags": [
          "Osteopathic manipulative treatment"
        ]
      },
      {
        "title": "Established use said of a general word of another sort is the comparator’s (round 27)",
        "input": "Cooling therapy reduces epilepsy in babies deprived of oxygen at birth, a study of 150 children finds. Drug therapy is the standard of care for epilepsy.",
        "flags": [
          "Cooling therapy"
        ]
      },
      {
        "title": "Established use said of a general word of the treatment’s own sort is its status (round 27)",
        "input": "The Watchman device prevents strokes in heart patients, a study of 400 patients finds. The device is the standard of care for such patients.",
        "flags": []
      },
      {
        "title": "Lifestyle advice and passing mentions are not flagged",
        "input": "Regular exercise eases anxiety. Patients who had taken aspirin were excluded.",
        "flags": []
      }
    ]
  },
  {
    "id": "missing-safety-caveat",
    "scope": "document",
    "docs": {
      "summary": "Flags an article that promotes a treatment or practice but never names a specific harm, risk, contraindication or concrete caution.",
      "rationale": "Every treatment that can help can also harm. Readers who hear only about benefits cannot weigh them against side effects, interactions, dependence or who should not use it.",
      "guideline": "HealthNewsReview.org criterion 4 (does the story adequately explain the harms?); CONSORT 2010 item 19 (harms). Vague warnings such as “should not be taken lightly” or “should be monitored carefully” name no harm and do not count. By default only medical treatments (drugs, biologics, devices, procedures, talking therapies) and supplements are checked: for diagnostic tests and screening, lifestyle and food advice, and compounds studied only in animals or cells, editors differ on whether harms must be named (JUDGING.md), so a rule that asked would be switched off. Set `includeTestsAndLifestyle` to ask for them too, as HealthNewsReview.org reviewers do. Talking therapies stay in, held back as tentative: they can harm (worsening symptoms, dependence on the therapist), and HealthNewsReview.org asks for their harms like any treatment’s, but most editors reading such findings judged them like lifestyle advice. The caveat is asked of the article’s focal intervention (the one its headline and opening name, that it names most and offers as a remedy), not of standard care or the drugs named as its examples (“standard heart attack medications, such as aspirin”), not of a comparator (one the headline names only as its yardstick, “Chinese Herbs Equal to Tamiflu”, is never the target, and with the headline’s remedy unknown to the rule it stays silent), the regimen a new drug is added to (“the current two-drug regimen of peginterferon and ribavirin”), a setting or a drug named on the way (a headline that names it only as “new drug” keeps that word the target against a class named as the background, such as statins); when that intervention is a test or lifestyle advice the rule stays silent by default rather than naming another treatment. Harms said of another named treatment (“a biopsy is invasive” in an article about a urine test) do not count as its caveat; harms said of the class or second name the article gives it (“bisoprolol, a beta blocker” … “beta blockers can cause tiredness”, “adalimumab (sold as Humira)”), or of the drug it names as the new one its headline announces (“New blood thinner …” … “The new drug is rivaroxaban”), do. A harm counts in whatever words it is named: a sign, symptom or adverse event in lay or clinical words (“a fast heartbeat”, “tachycardia”, “hemothorax”, from a vocabulary built from MeSH and the Disease Ontology) that the sentence puts on the treatment (“can trigger”, “patients given it developed”, “infections after the procedure”), but not the condition it is offered for, nor a harm it is said to lessen; a class that goes on to say which harms (“well tolerated; the most common adverse events were thirst and constipation”), more deaths among those who took it, pain that the people given it report, a rate of complications even when lower than the alternative’s, the risk or rate of a harm put on the treatment however small (“the very low risk of bleeding with apixaban”), a count of the people in a study going through a symptom (“about 20 percent of patients experience a mild headache”), a symptom commoner with the treatment than without (“pancreatitis was higher with Januvia, 23 versus 12”, under any name the article gives it, and a biologic the article names when its headline calls it “the drug”), a reaction to the treatment or to what is given with it (“reacted to the anesthesia”), adverse events counted (“four instances of severe hypoglycemia”, “10 patients had an episode of rejection”), more of a harm among the people given it than among the others (“patients taking briakinumab had more serious infections”, “babies in the DHA group experienced longer bouts of vomiting”), plain words for harms that go on to list them (“negative effects, such as skin lesions”), a symptom at the injection site (“pain or reddening at the injection site”), a blood-test abnormality in lay words that it caused (“caused low blood calcium”), symptoms said to come with it (“the fatigue, hair loss and other body changes that can accompany anticancer drugs”), the product found to hold drugs, metals or germs its label does not name (“supplements have been found to contain weight-loss drugs”), harms said of “the combination” or “the two drugs” an article about a combination promotes, deaths from the operation or the treatment itself (“operative mortality was 0.3 percent”, “8 percent died from the treatment itself”), a harm readers are told they risk (“you risk kidney stones”), the treatment said to be able to kill or to be dangerous for some people (“the drug could kill her”, “dangerous for people with a bleeding stroke”), or, as the subject of its clause, to cause a condition, raise blood pressure or hurt someone (“ecstasy use can cause depression”, “it raised blood pressure”, “could hurt a patient’s chances”), the risks said of it (“the risk of tPA treatment, which includes a risk of bleeding”), pain a treatment named before it is said to cause (“shows promise, yet causes pain”), the harms of the named operations when the treatment is a kind of surgery named by its purpose (“bariatric surgery” … “sleeve gastrectomy carries a risk of bleeding”), harms a reassuring grade goes on to list (“side effects were minimal, typically involving …”, “were mild, and included nausea”), a risk that the treatment or a word pointing back at it is said to raise (“such treatments can increase the risk of breast cancer”), a named harm the treatment, or the study of it, is said to have been looked for and not found (“does not worsen asthma”, “without an increase in hypoglycemia”, “no issues with hypoglycemia”: the article weighs that harm, though reassurance that names none, “no serious side effects”, does not count), asking a doctor or other health professional in whatever words (“consult your primary care physician”), or who it is not for (“patients with heart problems may not be candidates”, “for use only in those aged 12 or more”), including advice that people should not start taking it on their own (“men should not start taking vitamin D supplements in hopes of slowing the cancer”, “families should not try to replicate the treatment at home”). An article whose headline or opening reports the treatment failing (“did not relieve constipation”, “won’t slow decline”) or doubts it (“How much does knee surgery really help?”, “The Healthy Skeptic”, “testosterone therapy is no fountain of youth”), or whose paragraph labelled as its verdict (“The Verdict: … there isn’t proof it wards off disease”) does so, does not promote it, and the rule stays silent whatever the option; so does an article whose headline’s news is that a treatment failed or did no better (“Omega-3 margarines fail to help”, “new treatment no better than older one”), whichever treatment it names further down. A supplement whose only evidence in people is an association (“folic acid tied to lower autism risk”, with no trial named) is diet advice, left to editors like food. Animal and cell work counts as such wherever the article names it twice (not only in its opening) unless it also reports a trial in people; an app or a wearable, which informs, coaches or alerts rather than acting on the body, is left to editors like a test; an article whose headline’s subject is a test (“Test Aids Prostate Cancer Treatment”) or that opens on a test (“a simple blood test called hs-CRP”) and names the treatment only further down, as what the test helps decide, promotes the test: both are left to editors by default, like tests and lab work. A harm said under another name readers know for the same medicines counts (“menopausal hormone therapy … increased the risk of dementia” in an article about estrogen, “blood thinners” for anticoagulants), as do deaths put on the people who took the treatment (“most deaths did occur in people who used kratom”) and the main adverse effects named after “of” (“well tolerated, with the main adverse effects of appetite loss and insomnia”); a “favorable side effect profile” is reassurance, and the harms of the options patients have now (“options for these patients are few, and they come with substantial adverse effects”) are not the treatment’s. A headline that weakens the case for a treatment doubts it. A bare word for the treatment’s kind listed with another treatment (“the early menopause that results from chemotherapy and surgery” in an article about acupuncture) is one of those others, not the treatment. A class of harms inside a capitalised name (“the FDA Adverse Event Reporting System”) names no harm, nor does the disease a treatment is said to make die or shrink (“causes the cancer cell to die”); a medicine people were less likely to need (“less likely to need oral steroids for an attack”) is an outcome, not the remedy. A treatment word inside a name (“the Institute for Immunity, Transplantation and Infection”, “the Scottish Islet Transplant Programme”) or an abbreviation listed with another field’s (“GDx, HRT and OCT”, retinal imaging devices) is not a treatment. A loss of a body function counted among the people given it (“27 patients reported a transient reduction of erectile function”, “deficits in any hormone level were seen in 63 percent”), a death rate of the people given it with its figure (“mortality in the hospital was 0.3 percent”, not the change “11 percent lower”), complaints from its users that list symptoms (“complaints, ranging from pain …”) and the treatment said to impair a function (“it also might impair a person’s judgement”) name harms; a harm whose rate is set against another treatment’s (“which compares with 25 percent in studies using photon radiotherapy”) is still the treatment’s, while a harm of another treatment that names the target only as its yardstick (“those who had a mastectomy had a higher risk of dying than those who had lumpectomy”) is not. A symptom graded as minimal (“minimal discomfort”) is reassurance, and harms as an outcome a study weighs (“factors that affect tumour control and toxicity”) are not harms it found. A harm said of the treatment under the adjective of its name (“patients who had the laparoscopic procedures” in an article about laparoscopy) is its harm; a label’s words for whom it is not intended (“aren’t intended for people younger than 18”) and a warning not to drive or operate machinery after taking it are cautions. A death is the treatment’s harm whatever the patient died of (“one patient died of a stroke after a heart injury during implantation”); the condition the headline says the treatment prevents or treats is no harm of it in the singular or the plural, nor after “protect … from” (“can prevent reactions to pollen” … “immediate allergic reactions”); the side effects of the care people get for their condition (“patients undergoing cancer treatment confront side effects”) are those of the options they have now; “surgery” does not stand for a therapy given by beams (“proton therapy”), whose alternative it is; and a treatment that helped named people get back a body function (“helped McGlynn and Bush to walk”) is offered as a remedy.",
      "howToFix": "Name the known side effects or risks and how common they are, who should not use the treatment, or a concrete caution such as “talk to your doctor before starting or stopping”."
    },
    "tentative": "a long feature (700 words or more of body prose) that names no trial and whose headline does not name the treatment: such an article weighs a treatment through patients, settings, comparators and history rather than reporting a test of it, and readers judged most such findings wrong or debatable (a harm told in passing in words the rule does not read, or a comparator or the setting taken for the treatment); and a talking therapy (counselling, cognitive behavioural therapy, hypnosis) as the treatment, whose harms most readers did not expect to be named, as for lifestyle advice (2 of 9 judged findings correct); shown with the includeTestsAndLifestyle option, which asks for lifestyle advice’s harms too; and a class of medicines (“statins”, “SSRIs”, “chemotherapy”) that the headline does not name and that at most 4 paragraphs name: such a class is most often the background, the comparator, the partner of a combination or what a test predicts, not what the article promotes (none of 9 judged findings correct); and a target the headline leaves out when the headline names another specific treatment that more of the article’s paragraphs name: the headline’s treatment is what the article reports, and the target a rival, the comparator or the setting (none of 4 judged findings correct); and a text without a headline that sums up a review of several studies in the reviewer’s words (how it gathered and graded them, “eight trials met the criteria for inclusion”, “the quality of the available evidence was mainly low”): it weighs treatments and the evidence for them rather than promoting one (none of 6 judged findings correct).",
    "messages": {
      "missing": "Missing safety caveat for `{treatment}`, name its side effects, risks or who should not use it"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "includeTestsAndLifestyle": {
          "type": "boolean",
          "description": "Also ask for the harms of diagnostic tests and screening, lifestyle and food advice, and compounds studied only in animals or cells."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: a long feature (700 words or more of body prose) that names no trial and whose headline does not name the treatment: such an article weighs a treatment through patients, settings, comparators and history rather than reporting a test of it, and readers judged most such findings wrong or debatable (a harm told in passing in words the rule does not read, or a comparator or the setting taken for the treatment); and a talking therapy (counselling, cognitive behavioural therapy, hypnosis) as the treatment, whose harms most readers did not expect to be named, as for lifestyle advice (2 of 9 judged findings correct); shown with the includeTestsAndLifestyle option, which asks for lifestyle advice’s harms too; and a class of medicines (“statins”, “SSRIs”, “chemotherapy”) that the headline does not name and that at most 4 paragraphs name: such a class is most often the background, the comparator, the partner of a combination or what a test predicts, not what the article promotes (none of 9 judged findings correct); and a target the headline leaves out when the headline names another specific treatment that more of the article’s paragraphs name: the headline’s treatment is what the article reports, and the target a rival, the comparator or the setting (none of 4 judged findings correct); and a text without a headline that sums up a review of several studies in the reviewer’s words (how it gathered and graded them, “eight trials met the criteria for inclusion”, “the quality of the available evidence was mainly low”): it weighs treatments and the evidence for them rather than promoting one (none of 6 judged findings correct)."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "tentative": false
    },
    "examples": [
      {
        "title": "A remedy with only a vague warning",
        "input": "Ketamine infusions relieve depression within hours.\n\nKetamine should not be taken lightly and ought to be monitored carefully.",
        "flags": [
          "Ketamine infusions"
        ]
      },
      {
        "title": "Named side effects",
        "input": "Ketamine infusions relieve depression within hours. Side effects include nausea and dissociation.",
        "flags": []
      },
      {
        "title": "A harm named in clinical words",
        "input": "Ketamine infusions relieve depression within hours.\n\nIn the trial, two patients given ketamine developed tachycardia.",
        "flags": []
      },
      {
        "title": "The condition it is offered for is no harm of it",
        "input": "Ketamine infusions relieve depression within hours.\n\nPatients with depression who had ketamine infusions reported less depression.",
        "flags": [
          "Ketamine infusions"
        ]
      },
      {
        "title": "A concrete caution counts",
        "input": "Melatonin helps some people with insomnia. Talk to your doctor before starting it if you take other medicines.",
        "flags": []
      },
      {
        "title": "Harms a reassuring sentence goes on to name",
        "input": "Oxytocin nasal spray improves social skills in children with autism.\n\nThe spray was well tolerated and the most common adverse events were thirst, urination and constipation.",
        "flags": []
      },
      {
        "title": "Asking a health professional counts",
        "input": "Vitamin D supplements reduce inflammation, a new trial finds.\n\nShe encourages women to speak to their health care providers to find the right dose.",
        "flags": []
      },
      {
        "title": "A harm said of the class the article puts the drug in",
        "input": "Bisoprolol relieves heart failure.\n\nBisoprolol, a beta blocker, costs little.\n\nBeta blockers can cause tiredness and dizziness.",
        "flags": []
      },
      {
        "title": "Lifestyle advice is left to editors by default",
        "input": "Tai chi relieves back pain, a new study finds.",
        "flags": []
      },
      {
        "title": "Lifestyle advice when tests and lifestyle are included",
        "input": "Tai chi relieves back pain, a new study finds.",
        "options": {
          "includeTestsAndLifestyle": true
        },
        "flags": [
          "Tai chi"
        ]
      },
      {
        "title": "The article’s own intervention is the target, not a drug named on the way",
        "input": "A new imaging test helps doctors treat small kidney tumours for cancer patients. The imaging test helps them decide. Some patients also take a drug for blood pressure.",
        "flags": []
      },
      {
        "title": "That intervention when tests and lifestyle are included",
        "input": "A new imaging test helps doctors treat small kidney tumours for cancer patients. The imaging test helps them decide. Some patients also take a drug for blood pressure.",
        "options": {
          "includeTestsAndLifestyle": true
        },
        "flags": [
          "imaging test"
        ]
      },
      {
        "title": "A story that reports the treatment failing does not promote it",
        "input": "# Ginkgo Won’t Slow Decline of Aging Brain\n\nMany older adults take ginkgo to keep their minds sharp, but ginkgo does not stave off cognitive decline, a new study finds.",
        "flags": []
      },
      {
        "title": "A headline whose news is a failure promotes nothing it names",
        "input": "# Omega-3 margarine fails to help in heart study\n\nA margarine enriched with omega-3 oils did not reduce heart attacks in a trial of 4,800 patients.\n\nMany doctors already prescribe fish oil capsules to lower triglycerides.",
        "flags": []
      },
      {
        "title": "The procedure a trial adds is the target, not the background medication of its arms",
        "input": "# Procedure plus medication helps heart patients\n\nA procedure called percutaneous coronary intervention (PCI), along with medication, is better than medication alone for stable heart disease.\n\nThe medication consisted of aspirin and blood pressure-lowering drugs.\n\nPCI reduced urgent hospital admissions in the trial.",
        "flags": [
          "PCI"
        ]
      },
      {
        "title": "Work in cells and animals is left to editors by default",
        "input": "Stem cell injections could one day treat heart failure.\n\nThe team tested the stem cells in cell cultures.\n\nRodents given the stem cells had stronger hearts.",
        "flags": []
      },
      {
        "title": "That work when tests and lifestyle are included",
        "input": "Stem cell injections could one day treat heart failure.\n\nThe team tested the stem cells in cell cultures.\n\nRodents given the stem cells had stronger hearts.",
        "options": {
          "includeTestsAndLifestyle": true
        },
        "flags": [
          "Stem cell injections"
        ]
      },
      {
        "title": "A rise in a disease among the people given it",
        "input": "Tenofovir gel protects women from HIV.\n\nThe trial found an increase in kidney disease among women given the gel.",
        "flags": []
      },
      {
        "title": "A harm said of the people given it, named by their dose",
        "input": "Lithium drops ease night waking in older adults.\n\nThree of the high-dose patients developed hyponatremia.",
        "flags": []
      },
      {
        "title": "Risks weighed against the benefits",
        "input": "Hormone therapy relieves hot flushes.\n\nAn earlier trial was stopped when its risks seemed to outweigh the benefits.",
        "flags": []
      },
      {
        "title": "A general word for the treatment stands for the named ones of its kind",
        "input": "Surgery gives stiff knees their movement back, surgeons say.\n\nA knee replacement in smokers carries a higher risk of complications.",
        "flags": []
      },
      {
        "title": "A device that detects something is a test",
        "input": "A new handheld device could spot malaria in minutes.\n\nThe device detects the parasite in a drop of blood.",
        "flags": []
      },
      {
        "title": "A substance that names the condition is not the treatment",
        "input": "Naltrexone implants help people with opioid use disorder stay off heroin, a trial finds.\n\nThe opioid crisis demands new answers.",
        "flags": [
          "Naltrexone implants"
        ]
      },
      {
        "title": "Asking a health professional, whatever words name which one",
        "input": "Ketamine infusions relieve depression within hours.\n\nPatients should consult their family physician before starting.",
        "flags": []
      },
      {
        "title": "Who it is not for, named by their condition",
        "input": "Ketamine infusions relieve depression within hours.\n\nPatients with heart problems may not be candidates for the infusions.",
        "flags": []
      },
      {
        "title": "Pain that the people given it report",
        "input": "Ketamine infusions relieve depression within hours.\n\nNine patients who received ketamine reported pain during the infusion.",
        "flags": []
      },
      {
        "title": "Harms listed after a reassuring grade",
        "input": "Ketamine infusions relieve depression within hours.\n\nSide effects were mild, mostly involving a racing heart and blurred sight.",
        "flags": []
      },
      {
        "title": "A column whose labelled verdict finds no proof does not promote it",
        "input": "# Stiff Joints in Winter\n\nPhoto: a bottle of fish oil pills.\n\nThe Ache: stiff joints.\n\nThe Claim: fish oil relieves arthritis, makers say.\n\nThe Verdict: Fish oil is cheap, but there isn’t proof that fish oil relieves arthritis.",
        "flags": []
      },
      {
        "title": "A labelled verdict that finds it works is still a promotion",
        "input": "# Stiff Joints in Winter\n\nPhoto: a bottle of fish oil pills.\n\nThe Ache: stiff joints.\n\nThe Claim: fish oil relieves arthritis, makers say.\n\nThe Verdict: Fish oil relieves arthritis in two small trials, scientists say.",
        "flags": [
          "fish oil"
        ]
      },
      {
        "title": "A class of harms said to happen counts, even without saying which",
        "input": "Gene therapy restores sight in children with a rare blindness.\n\nRegulators may still approve the therapy despite the complications seen in the trial.",
        "flags": []
      },
      {
        "title": "Deaths among the people in a study",
        "input": "Gene therapy restores sight in children with a rare blindness.\n\nThe trial was paused last year after the deaths of two participants.",
        "flags": []
      },
      {
        "title": "Who it will not suit, in any words",
        "input": "A new cochlear implant restores hearing in older adults.\n\nThe implant will not be suitable for many patients, and it is not for everyone.",
        "flags": []
      },
      {
        "title": "The yardstick of an equivalence is not the promoted treatment",
        "input": "# Ibuprofen works as well as morphine for children’s fractures\n\nIbuprofen relieves fracture pain in children as well as morphine does, a trial finds.",
        "flags": [
          "Ibuprofen"
        ]
      },
      {
        "title": "A treatment named once in a side remark is not promoted",
        "input": "# Heavier people now live longest, a study finds\n\nThe body weight linked to the lowest death rate has risen over four decades, a Danish study of 100,000 people finds.\n\nThe researchers looked at three groups of people measured in different decades.\n\nThe shift held for men and women and for smokers and non-smokers alike.\n\nOne researcher speculated that treating high cholesterol with statins helps heavier people live longer.",
        "flags": []
      },
      {
        "title": "Taking a treatment as the outcome is not promoting it",
        "input": "Text-message reminders improve adherence to medications, a review finds.\n\nPeople who got the texts missed fewer doses.",
        "flags": []
      },
      {
        "title": "A rate of a symptom among the people in the study",
        "input": "Ketamine infusions relieve depression within hours.\n\nAbout 15 percent of volunteers experience a mild rash, the team said.",
        "flags": []
      },
      {
        "title": "A reaction to what is given with the treatment",
        "input": "A new knee implant lets patients walk within days.\n\nOnly one patient was readmitted, after reacting to the sedative.",
        "flags": []
      },
      {
        "title": "The harms of the named operations of a kind of surgery are its harms",
        "input": "Weight-loss surgery helps teens lower their blood pressure.\n\nSleeve gastrectomy carries risks such as bleeding and infection.",
        "flags": []
      },
      {
        "title": "A harm commoner with the treatment under its other name",
        "input": "Sitagliptin helps control blood sugar, a trial finds.\n\nJanuvia, an oral medication known chemically as sitagliptin, costs little.\n\nPancreatitis was rare but higher with Januvia, 23 cases versus 12.",
        "flags": []
      },
      {
        "title": "The risk of a harm with the treatment, however small",
        "input": "Apixaban prevents strokes in people with atrial fibrillation, a trial finds.\n\nThe very low risk of bleeding with apixaban surprised the researchers.",
        "flags": []
      },
      {
        "title": "Adverse events counted in the trial",
        "input": "A new kidney transplant procedure lets more patients receive an organ.\n\nIn the study, 10 patients had an episode of antibody-mediated rejection after the procedure.",
        "flags": []
      },
      {
        "title": "A harm readers are told they risk",
        "input": "Vitamin D supplements protect bones in older adults, a trial finds.\n\nGo above 4,000 units a day and you risk kidney stones, she said.",
        "flags": []
      },
      {
        "title": "A treatment said to be able to kill",
        "input": "Ketamine infusions relieve depression within hours.\n\nHer doctor warned that the drug could kill her.",
        "flags": []
      },
      {
        "title": "A harm told in plain words, with the treatment as the subject",
        "input": "MDMA-assisted therapy eases PTSD, a trial finds.\n\nRegular MDMA use can cause depression and anxiety, experts warn.",
        "flags": []
      },
      {
        "title": "The risks said of a drug the headline calls only \"drug\"",
        "input": "# Clot-busting drug helps mild stroke\n\nThe drug prevents disability after a mild stroke, a study finds.\n\nDoctors weigh the risk of tPA treatment, which includes a small risk of bleeding in the brain.",
        "flags": []
      },
      {
        "title": "A nutrient known only from an association is diet advice, left to editors",
        "input": "Folic acid tied to lower autism risk\n\nMothers who took folic acid early in pregnancy were less likely to have a child with autism, a survey found.",
        "flags": []
      },
      {
        "title": "The same nutrient tested in a trial is promoted",
        "input": "Folic acid lowers autism risk\n\nIn a randomized trial, mothers given folic acid early in pregnancy were less likely to have a child with autism.",
        "flags": [
          "Folic acid"
        ]
      },
      {
        "title": "More of a harm among the people given it than among the others",
        "input": "Briakinumab clears psoriasis in most patients, a trial finds.\n\nPatients taking briakinumab had more serious infections than those taking methotrexate.",
        "flags": []
      },
      {
        "title": "A harm in the trial arm named by what it was given",
        "input": "Fish oil in pregnancy cuts colds in babies, a trial finds.\n\nBabies in the fish oil group experienced longer bouts of vomiting.",
        "flags": []
      },
      {
        "title": "Plain words for harms, with the harms listed",
        "input": "Lumbar support devices relieve lower back pain, a study finds.\n\nWearing a lumbar support device could lead to negative effects, such as skin lesions and muscle wasting.",
        "flags": []
      },
      {
        "title": "Plain words for harms that list none name nothing",
        "input": "Lumbar support devices relieve lower back pain, a study finds.\n\nThe negative effects of stress on the back are well known.",
        "flags": [
          "devices"
        ]
      },
      {
        "title": "A symptom where the injection went in",
        "input": "A new Ebola vaccine is safe and provokes an immune response, a trial finds.\n\nPeople typically had mild pain or reddening at the injection site for a day.",
        "flags": []
      },
      {
        "title": "A rate of harms set against the alternative’s, even when lower",
        "input": "Nivolumab extends survival in head and neck cancer, a trial finds.\n\nFewer patients had serious side effects from nivolumab than with conventional treatment, 13 per cent compared with 35 per cent.",
        "flags": []
      },
      {
        "title": "Deaths from the operation itself",
        "input": "Weight-loss surgery lets people with diabetes stop their medicines, a study finds.\n\nOperative mortality was 0.3 percent.",
        "flags": []
      },
      {
        "title": "Harms listed after a mild grade, in a second predicate",
        "input": "Ketamine infusions relieve depression within hours.\n\nSide effects of the drug were mild, and included nausea and a racing heart.",
        "flags": []
      },
      {
        "title": "A harm said of the drug under the name given in brackets",
        "input": "Humira relieves eye inflammation, a trial finds.\n\nRegulators approved adalimumab (sold as Humira) for uveitis.\n\nPatients in the adalimumab group reported more allergic reactions than those given a placebo.",
        "flags": []
      },
      {
        "title": "A raised risk whose subject points back at the treatment",
        "input": "Hormone therapy relieves hot flushes, a new study says.\n\nAn earlier study found that such treatments can increase the risk of breast cancer and stroke.",
        "flags": []
      },
      {
        "title": "A raised risk whose subject has an aside in brackets before its verb",
        "input": "Weight-loss surgery lowers the risk of diabetes in pregnancy, a study finds.\n\n\"Gastric bypass [a form of weight-loss surgery] increases the risk of iron deficiency,\" she said.",
        "flags": []
      },
      {
        "title": "A harm said of the therapy that gives the medicine, under the therapy’s name",
        "input": "Estrogen given through a skin patch may protect memory after menopause, a study finds.\n\nAn earlier study found that menopausal hormone therapy started in women over 65 increased the risk of dementia.",
        "flags": []
      },
      {
        "title": "A harm said of the class under its lay name",
        "input": "Anticoagulants taken only when needed prevent strokes as well as daily pills, a study finds.\n\nProlonged use of blood thinners is associated with a higher bleeding risk.",
        "flags": []
      },
      {
        "title": "The main adverse effects named after \"of\", despite reassurance",
        "input": "A new form of methylphenidate improves morning symptoms of ADHD, a trial finds.\n\nThe medication was well tolerated, with the main adverse effects of appetite loss and insomnia.",
        "flags": []
      },
      {
        "title": "A favourable side-effect profile names no harm",
        "input": "Tucatinib slows breast cancer that has spread to the brain, a trial finds.\n\nThe drug has a very favorable side effect profile.",
        "flags": [
          "Tucatinib"
        ]
      },
      {
        "title": "Deaths among the people who took the treatment",
        "input": "Kratom eases chronic pain, a small trial finds.\n\nMost deaths did occur in people who used kratom with other drugs.",
        "flags": []
      },
      {
        "title": "Harms of the other drugs the treatment is compared with do not count",
        "input": "Kratom eases chronic pain, a small trial finds.\n\nOther drugs for pain can cause addiction and deaths.",
        "flags": [
          "Kratom"
        ]
      },
      {
        "title": "Fewer deaths among the people who took it are its benefit, not a harm",
        "input": "Aspirin helps people with bowel cancer live longer, a review of trials finds.\n\nDeaths were lower in people who took aspirin.",
        "flags": [
          "Aspirin"
        ]
      },
      {
        "title": "A headline that weakens the case for a treatment does not promote it",
        "input": "# Study weakens case for preventive mastectomy\n\nWomen whose relatives carry a BRCA mutation but who do not carry it themselves need not consider preventive mastectomy, researchers say.",
        "flags": []
      },
      {
        "title": "Harms of the options patients have now are not the new drug’s",
        "input": "Abiraterone slows prostate cancer that has spread, a trial finds.\n\nOptions for these patients are few, and they come with substantial adverse effects.",
        "flags": [
          "Abiraterone"
        ]
      },
      {
        "title": "The new member of a class the headline names, once the article names it",
        "input": "# New blood thinner works as well as warfarin\n\nA new blood thinner prevents strokes as well as warfarin does, a trial finds.\n\nThe new drug is rivaroxaban.\n\nRivaroxaban can cause bleeding in the gut.",
        "flags": []
      },
      {
        "title": "An app is left to editors by default",
        "input": "A new app helps people with schizophrenia, a trial finds.\n\nThe app trains memory with short daily games.",
        "flags": []
      },
      {
        "title": "An app when tests and lifestyle are included",
        "input": "A new app helps people with schizophrenia, a trial finds.\n\nThe app trains memory with short daily games.",
        "options": {
          "includeTestsAndLifestyle": true
        },
        "flags": [
          "app"
        ]
      },
      {
        "title": "A long feature that names no trial nor the treatment in its headline is held back as tentative",
        "input": "# The quiet room with the garden window\n\nKetamine infusions relieve depression within hours for many of the people who come to a small clinic on the edge of the city, its founder says, and the waiting list grows longer every month.\n\nMaria Lopez first walked through its doors on a grey morning in March, after eleven years of living with a sadness that no pill had lifted. She had tried six medicines and two kinds of talking therapy, and she had almost stopped hoping that anything would change.\n\nThe clinic looks like a quiet living room. There are soft chairs, a window onto a small garden, and a nurse who sits with each visitor for the whole afternoon. Music plays if the visitor wants it, and most of them do.\n\nThe founder, an anaesthetist who spent twenty years in operating theatres, says the idea came to him when a colleague described how quickly some patients seemed to brighten after surgery. He began reading everything he could find about the medicine and its long history in hospitals.\n\nKetamine has been used in operating theatres and on battlefields for more than half a century. What is new is the small dose given slowly through a vein over forty minutes, in a calm room, several times over a few weeks.\n\nFor Lopez, the change came on the second visit. She remembers driving home and noticing the colour of the trees along the road, something she had not done for years. By the fourth visit she had started painting again.\n\nHer husband noticed it too. He says she laughed at a film for the first time in a long while, and that their children, now teenagers, began asking her to come to their football matches again.\n\nThe clinic now sees about forty people a week. Most are referred by their family doctors or by psychiatrists who have run out of options, and some travel for hours to get there. A few come back every few months for a single top-up visit.\n\nEach visit costs several hundred dollars, and most insurers do not pay for it. The founder says he hopes that will change as more clinics open and as more psychiatrists come to know the treatment and what it can offer their patients.\n\nOther clinics have opened in nearby towns over the past two years, and a national association of ketamine providers now holds a yearly meeting where nurses and doctors share what they have learned about running such a service.\n\nPsychiatrists who refer patients say the speed is what sets it apart. The usual medicines can take six weeks or more to help, and for someone in the depths of depression those weeks can feel endless.\n\nThe founder keeps a wall of thank-you cards in the hallway. One, written in careful capital letters, simply says that the writer is still here because of the people in the quiet room with the garden window.\n\nLopez now volunteers at the clinic one morning a week, greeting new visitors at the door. She tells them that she was once where they are, sitting in the same chair and wondering whether anything could help her at all.\n\nShe says she does not know how long the good months will last, but that she has learned to enjoy each one of them. She still paints most evenings, and her work now hangs in a small gallery in the old part of the town.\n\nMany of the visitors are teachers, nurses and farmers, the founder says, people who kept working through years of low mood and who arrive exhausted. Some bring a friend or a parent for the first visit, and the nurse makes tea for them while they wait in the garden.\n\nThe nurse, who has worked at the clinic since it opened, says she still finds the first visits moving. People arrive quiet and tense, she says, and an hour later many of them are talking about the things they want to do again, such as walking the dog, cooking for friends or going back to choir.\n\nA local charity now helps some visitors with the cost, and the town council has asked the founder to speak at a public evening about mental health in the spring. He says he will bring Lopez and her paintings with him.\n\nThe clinic plans to open a second room next spring and to train two more nurses to sit with visitors. Its founder says the hardest part of his week is telling people on the waiting list that they must wait a little longer.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Ketamine infusions"
        ]
      },
      {
        "title": "That feature is not flagged by default",
        "input": "# The quiet room with the garden window\n\nKetamine infusions relieve depression within hours for many of the people who come to a small clinic on the edge of the city, its founder says, and the waiting list grows longer every month.\n\nMaria Lopez first walked through its doors on a grey morning in March, after eleven years of living with a sadness that no pill had lifted. She had tried six medicines and two kinds of talking therapy, and she had almost stopped hoping that anything would change.\n\nThe clinic looks like a quiet living room. There are soft chairs, a window onto a small garden, and a nurse who sits with each visitor for the whole afternoon. Music plays if the visitor wants it, and most of them do.\n\nThe founder, an anaesthetist who spent twenty years in operating theatres, says the idea came to him when a colleague described how quickly some patients seemed to brighten after surgery. He began reading everything he could find about the medicine and its long history in hospitals.\n\nKetamine has been used in operating theatres and on battlefields for more than half a century. What is new is the small dose given slowly through a vein over forty minutes, in a calm room, several times over a few weeks.\n\nFor Lopez, the change came on the second visit. She remembers driving home and noticing the colour of the trees along the road, something she had not done for years. By the fourth visit she had started painting again.\n\nHer husband noticed it too. He says she laughed at a film for the first time in a long while, and that their children, now teenagers, began asking her to come to their football matches again.\n\nThe clinic now sees about forty people a week. Most are referred by their family doctors or by psychiatrists who have run out of options, and some travel for hours to get there. A few come back every few months for a single top-up visit.\n\nEach visit costs several hundred dollars, and most insurers do not pay for it. The founder says he hopes that will change as more clinics open and as more psychiatrists come to know the treatment and what it can offer their patients.\n\nOther clinics have opened in nearby towns over the past two years, and a national association of ketamine providers now holds a yearly meeting where nurses and doctors share what they have learned about running such a service.\n\nPsychiatrists who refer patients say the speed is what sets it apart. The usual medicines can take six weeks or more to help, and for someone in the depths of depression those weeks can feel endless.\n\nThe founder keeps a wall of thank-you cards in the hallway. One, written in careful capital letters, simply says that the writer is still here because of the people in the quiet room with the garden window.\n\nLopez now volunteers at the clinic one morning a week, greeting new visitors at the door. She tells them that she was once where they are, sitting in the same chair and wondering whether anything could help her at all.\n\nShe says she does not know how long the good months will last, but that she has learned to enjoy each one of them. She still paints most evenings, and her work now hangs in a small gallery in the old part of the town.\n\nMany of the visitors are teachers, nurses and farmers, the founder says, people who kept working through years of low mood and who arrive exhausted. Some bring a friend or a parent for the first visit, and the nurse makes tea for them while they wait in the garden.\n\nThe nurse, who has worked at the clinic since it opened, says she still finds the first visits moving. People arrive quiet and tense, she says, and an hour later many of them are talking about the things they want to do again, such as walking the dog, cooking for friends or going back to choir.\n\nA local charity now helps some visitors with the cost, and the town council has asked the founder to speak at a public evening about mental health in the spring. He says he will bring Lopez and her paintings with him.\n\nThe clinic plans to open a second room next spring and to train two more nurses to sit with visitors. Its founder says the hardest part of his week is telling people on the waiting list that they must wait a little longer.",
        "flags": []
      },
      {
        "title": "A treatment the headline names only as the yardstick is not the one promoted",
        "input": "# Chinese Herbs Equal to Tamiflu in Reducing Flu Fever\n\nA traditional herbal formula may reduce fever from flu just as well as the prescription medication Tamiflu, a new study suggests.\n\nTamiflu was the treatment of choice, where it was available.\n\nBoth the formula and Tamiflu were effective at eliminating fever.",
        "flags": []
      },
      {
        "title": "A headline that denies the treatment is a cure-all does not promote it",
        "input": "# Major study finds testosterone therapy is no fountain of youth\n\nPrescribing testosterone for age-related deficiency took off in 2000, and many men are put on testosterone to restore their energy.",
        "flags": []
      },
      {
        "title": "The regimen a new drug is added to is the background, not the remedy",
        "input": "# 3-Drug Combo May Treat Hepatitis C\n\nTwo new hepatitis C drugs will cure more patients, trials show.\n\nAdding one of the drugs to the current two-drug regimen of peginterferon and ribavirin will make the treatment of hepatitis C more complex, but it will also cure a lot more people, a specialist says.",
        "flags": [
          "Drug"
        ]
      },
      {
        "title": "A blood-test abnormality in lay words that the treatment caused",
        "input": "Bisphosphonates may prevent fractures after a kidney transplant, a review finds.\n\nBisphosphonates caused low blood calcium levels for some people.",
        "flags": []
      },
      {
        "title": "Symptoms said to come with the treatment",
        "input": "Chemotherapy cures most children with this leukaemia, a trial finds.\n\nMany families fear the fatigue, hair loss and other body changes that can accompany anticancer drugs.",
        "flags": []
      },
      {
        "title": "Symptoms that come with the condition are not the treatment’s",
        "input": "Chemotherapy cures most children with this leukaemia, a trial finds.\n\nMany families fear the fatigue and pain that can accompany leukaemia.",
        "flags": [
          "Chemotherapy"
        ]
      },
      {
        "title": "A product found to hold drugs its label does not name",
        "input": "When taken as a supplement, green coffee bean extract can help people shed pounds, a small study finds.\n\nWeight-loss supplements have been found to contain weight-loss drugs or other drugs at higher doses than a prescription allows.",
        "flags": []
      },
      {
        "title": "Harms said of the combination the article promotes",
        "input": "# Immunotherapy combo promising in melanoma\n\nAn immunotherapy combination shrinks more tumours than ipilimumab alone, a study finds.\n\nThe combination of the two drugs also led to more side effects, such as colitis, at 54 percent versus 24 percent for ipilimumab alone.",
        "flags": []
      },
      {
        "title": "A headline whose subject is a test promotes the test, not the treatment it helps choose",
        "input": "# Test Aids Prostate Cancer Treatment\n\nA company will sell a new blood test that can help patients decide whether to try costly new drugs or rely on cheaper chemotherapy.\n\nPatients who tested positive lived longer if they were treated with chemotherapy.",
        "flags": []
      },
      {
        "title": "Standard care and its examples are the background, not the remedy",
        "input": "# Infusion may clear artery plaque\n\nAn experimental infusion of good cholesterol may clear plaque from arteries after a heart attack, a trial finds.\n\nStandard heart attack medications, such as aspirin and anti-clotting drugs, prevent clotting but leave the plaque, he says.",
        "flags": []
      },
      {
        "title": "A named harm the article says was looked for and not found",
        "input": "Acetaminophen eases fever in children with asthma, a trial finds.\n\nGiving acetaminophen for fever did not worsen asthma in the children treated.",
        "flags": []
      },
      {
        "title": "Reassurance that names no harm is not enough",
        "input": "Acetaminophen eases fever in children with asthma, a trial finds.\n\nThere were no serious side effects in the children treated.",
        "flags": [
          "Acetaminophen"
        ]
      },
      {
        "title": "A talking therapy is held back as tentative",
        "input": "Cognitive behavioral therapy by telephone relieves insomnia, a new trial finds.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Cognitive behavioral therapy"
        ]
      },
      {
        "title": "A talking therapy is not shown by default",
        "input": "Cognitive behavioral therapy by telephone relieves insomnia, a new trial finds.",
        "flags": []
      },
      {
        "title": "Deaths from the treatment itself, with a word pointing back at it",
        "input": "# Heated chemotherapy helps some patients live longer\n\nHeated chemotherapy poured into the belly helps some patients live longer, a study finds.\n\nBut 8 percent who got the surgery and the heated chemotherapy died from the treatment itself.",
        "flags": []
      },
      {
        "title": "A class of harms inside a capitalised name is no harm",
        "input": "Ketamine infusions relieve depression within hours.\n\nResearchers mined the FDA Adverse Event Reporting System for reports on ketamine.",
        "flags": [
          "Ketamine infusions"
        ]
      },
      {
        "title": "The disease a treatment makes die is no condition it causes",
        "input": "Larotrectinib treats brain tumours in children, a trial finds.\n\nBy cutting off its fuel, larotrectinib causes the cancer cell to die.",
        "flags": [
          "Larotrectinib"
        ]
      },
      {
        "title": "A rescue treatment readers were less likely to need is the outcome, not the remedy",
        "input": "# Asthma check-ups by phone\n\nPeople who had asthma check-ups by phone were no less likely to need oral steroids for an asthma attack than those seen in the clinic, a review finds.",
        "flags": []
      },
      {
        "title": "The same medicine offered for the attack is the remedy",
        "input": "# Oral steroids for asthma attacks\n\nOral steroids relieve an asthma attack within hours, a review finds.",
        "flags": [
          "steroids"
        ]
      },
      {
        "title": "A class of medicines the headline leaves out is held back as tentative",
        "input": "# Hot flashes eased in a trial\n\nAntidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Antidepressants"
        ]
      },
      {
        "title": "That class is not flagged by default",
        "input": "# Hot flashes eased in a trial\n\nAntidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.",
        "flags": []
      },
      {
        "title": "A class of medicines the headline names is flagged",
        "input": "# Antidepressants for hot flashes\n\nAntidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.",
        "flags": [
          "Antidepressants"
        ]
      },
      {
        "title": "A class of medicines in a text without a headline is flagged",
        "input": "Antidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.",
        "flags": [
          "Antidepressants"
        ]
      },
      {
        "title": "A bare word for the treatment’s kind listed with another treatment is that other one",
        "input": "Women with breast cancer often have hot flashes, partly from the early menopause that results from chemotherapy and surgery.\n\nAcupuncture eases hot flashes in women with breast cancer, a trial finds.",
        "flags": [
          "Acupuncture"
        ]
      },
      {
        "title": "A bare word for the treatment’s kind on its own still stands for it",
        "input": "Tonsillectomy helps children who snore, a trial finds.\n\nMany children had pain after surgery.",
        "flags": []
      },
      {
        "title": "Advice that people should not start taking it on their own is a caution",
        "input": "Vitamin D supplements may slow prostate cancer, a small study suggests.\n\nMen should not start taking vitamin D supplements in hopes of slowing the cancer, doctors stress.",
        "flags": []
      },
      {
        "title": "Advice not to try the treatment at home is a caution",
        "input": "Fecal transplants may ease autism symptoms, a small study claims.\n\nResearchers cautioned that families should not try to replicate the treatment at home.",
        "flags": []
      },
      {
        "title": "A harm whose rate is set against another treatment’s is still the treatment’s",
        "input": "Proton therapy treats brain tumours in children, a study finds.\n\nHearing loss was seen in 12 percent of patients, which compares with 25 percent reported in studies using photon radiotherapy.",
        "flags": []
      },
      {
        "title": "A harm of another treatment, with the target only as its yardstick, is not the target’s",
        "input": "Lumpectomy beats mastectomy for survival, a study finds.\n\nThose who had a mastectomy had a higher risk of dying from heart disease than those who had lumpectomy.",
        "flags": [
          "Lumpectomy"
        ]
      },
      {
        "title": "A loss of a body function counted among the patients is a harm",
        "input": "Electroporation destroys prostate tumours, a study finds.\n\nTwelve patients reported a transient reduction of erectile function.",
        "flags": []
      },
      {
        "title": "A loss of a body function that the treatment slows is no harm",
        "input": "Finerenone protects the kidneys in diabetes, a trial finds.\n\nPatients given finerenone reported a slower decline in kidney function.",
        "flags": [
          "Finerenone"
        ]
      },
      {
        "title": "A death rate of the people given the treatment, with its figure, is a harm",
        "input": "Weight-loss surgery helps people with diabetes stop their medicines, a study finds.\n\nMortality in the hospital was 0.3 percent.",
        "flags": []
      },
      {
        "title": "The death rate of the disease is not a harm of the treatment",
        "input": "Gastric bypass surgery eases diabetes, a study finds.\n\nDiabetes has a mortality rate of 12 percent over ten years.",
        "flags": [
          "Gastric bypass"
        ]
      },
      {
        "title": "Complaints from the people using it that list symptoms name harms",
        "input": "A birth-control implant prevents pregnancy without surgery, its maker says.\n\nWomen using the implant have sent more than 5,000 complaints, ranging from pain to bleeding.",
        "flags": []
      },
      {
        "title": "A headline that names another treatment, named more often than the target, holds the target back as tentative",
        "input": "# Blockbuster potential for clot pill apixaban\n\nApixaban costs more than warfarin.\n\nApixaban is taken twice a day.\n\nRivaroxaban, a rival pill, was approved last year to prevent clots after knee surgery.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Rivaroxaban"
        ]
      },
      {
        "title": "That target is not flagged by default",
        "input": "# Blockbuster potential for clot pill apixaban\n\nApixaban costs more than warfarin.\n\nApixaban is taken twice a day.\n\nRivaroxaban, a rival pill, was approved last year to prevent clots after knee surgery.",
        "flags": []
      },
      {
        "title": "The treatment said to impair a function names a harm",
        "input": "MDMA may help people with PTSD open up in therapy, a small study finds.\n\nMDMA might ease talking, but it also might impair a person’s judgement.",
        "flags": []
      },
      {
        "title": "A symptom graded as minimal is reassurance, not a harm",
        "input": "Radiofrequency ablation eases thyroid nodules, a trial finds.\n\nDoctors in the trial report that patients feel minimal discomfort during the ablation.",
        "flags": [
          "Radiofrequency ablation"
        ]
      },
      {
        "title": "Harms as an outcome a study weighs are not harms it found",
        "input": "Radiation therapy cures most early prostate cancers, a study finds.\n\nThe team identified factors that affect tumour control and toxicity in the patients given radiation therapy.",
        "flags": [
          "Radiation therapy"
        ]
      },
      {
        "title": "A headline that says the treatment did not bring the result promotes nothing it names",
        "input": "# Fish oil in pregnancy didn’t make babies smart\n\nWomen who took DHA supplements in pregnancy had babies who scored no higher on tests at 18 months, a trial finds.",
        "flags": []
      },
      {
        "title": "A headline that calls the treatment no help promotes nothing it names",
        "input": "# Extra calcium, vitamin D no bone booster for men\n\nTaking extra vitamin D and calcium supplements did not slow bone thinning in older men, a trial finds.",
        "flags": []
      },
      {
        "title": "A summary of a review of several studies, in the reviewer’s words, is held back as tentative",
        "input": "We considered nine trials of melatonin for jet lag. Eight trials met the criteria for inclusion. Melatonin taken close to the target bedtime reduced jet lag in most of them. The quality of the available evidence was mainly low.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Melatonin"
        ]
      },
      {
        "title": "That summary is not flagged by default",
        "input": "We considered nine trials of melatonin for jet lag. Eight trials met the criteria for inclusion. Melatonin taken close to the target bedtime reduced jet lag in most of them. The quality of the available evidence was mainly low.",
        "flags": []
      },
      {
        "title": "A news story about such a review, under a headline, is flagged",
        "input": "# Melatonin eases jet lag, a review finds\n\nMelatonin taken close to the target bedtime reduces jet lag, a review of eight trials finds. The quality of the available evidence was mainly low, the reviewers said, and the review protocol was published in advance.",
        "flags": [
          "Melatonin"
        ]
      },
      {
        "title": "A harm said of the treatment under the adjective of its name counts",
        "input": "Laparoscopy heals a burst appendix faster than open surgery, a study finds.\n\nPatients who had the laparoscopic procedures had a 30-day mortality of 0.4 percent.",
        "flags": []
      },
      {
        "title": "A harm said of another procedure under its adjective is not the treatment’s",
        "input": "Angioplasty relieves leg pain from blocked arteries, a study finds.\n\nPatients who had the laparoscopic procedures had a 30-day mortality of 0.4 percent.",
        "flags": [
          "Angioplasty"
        ]
      },
      {
        "title": "Whom a product is not intended for is a caution",
        "input": "Melatonin gummies help children fall asleep faster, their maker says.\n\nThe labels say melatonin gummies aren’t intended for children younger than three.",
        "flags": []
      },
      {
        "title": "A warning not to operate machinery after taking it is a caution",
        "input": "Melatonin helps shift workers fall asleep faster, a trial finds.\n\nPeople who take melatonin should not drive or operate machinery for five hours afterwards.",
        "flags": []
      },
      {
        "title": "A text that opens on a one-line headline naming a test promotes the test",
        "format": "text",
        "input": "Screening finds aneurysms before they burst\n\nAneurysms grow slowly, and most people with one feel nothing at all for many years.\n\nStatins taken before aneurysm repair improve survival, a study finds. Patients who took statins lived longer.",
        "flags": []
      },
      {
        "title": "A text that opens on a lede of several sentences, which names screening on the way, is no test’s",
        "format": "text",
        "input": "Rupture of an aortic aneurysm is a medical emergency. When found through screening, aneurysms are watched for growth.\n\nStatins taken before aneurysm repair improve survival, a study finds. Patients who took statins lived longer.",
        "flags": [
          "Statins"
        ]
      },
      {
        "title": "An earlier treatment that has failed is the setting of the one promoted, not its failure",
        "input": "Salvage prostatectomy greatly improves survival for men with prostate cancer when radiation therapy has failed, a study finds.\n\nSurgeons removed the prostate and nearby tissue in 364 men whose cancer came back.",
        "flags": [
          "prostatectomy"
        ]
      },
      {
        "title": "Patients who failed other drugs are whom the treatment is offered to",
        "input": "Ketamine relieves depression quickly in patients who failed two other antidepressants, a trial finds.\n\nMost patients felt better within a day.",
        "flags": [
          "Ketamine"
        ]
      },
      {
        "title": "An interferon is a treatment, and a first name before a middle initial is a person",
        "input": "Early treatment with interferon beta-1b delays multiple sclerosis, a trial finds.\n\n“Early treatment appears to have a benefit on relapses,” said Brian C. Healy, who wrote an editorial.",
        "flags": [
          "interferon"
        ]
      },
      {
        "title": "A treatment given to patients with a condition is offered for it",
        "input": "Doctors injected stem cells into patients with erectile dysfunction in a small trial.\n\nThe clinic plans to offer the procedure next year.",
        "flags": [
          "stem cells"
        ]
      },
      {
        "title": "A practice “in adults with” a condition is what a study watched them do",
        "input": "A survey tracked cycling in adults with asthma over a year.\n\nThe researchers also asked about sleep and diet.",
        "options": {
          "includeTestsAndLifestyle": true
        },
        "flags": []
      },
      {
        "title": "A harm said of something after “of” that is no treatment is not the treatment’s",
        "input": "Vitamin C supplements reduce lung harm in babies of mothers who smoke, a trial finds.\n\n“Smoking in pregnancy reflects the highly addictive nature of nicotine,” said the lead author.",
        "flags": [
          "Vitamin C supplements"
        ]
      },
      {
        "title": "The addictive nature of the treatment itself is its harm",
        "input": "Ketamine relieves depression within hours, a trial finds.\n\nDoctors worry about the addictive nature of ketamine.",
        "flags": []
      },
      {
        "title": "A death after an injury during the treatment’s own procedure is its harm",
        "input": "A wireless pacemaker treats slow heartbeats without leads, an early study finds.\n\nOne patient died of a stroke after a heart injury during implantation.",
        "flags": []
      },
      {
        "title": "The condition the headline says the drug prevents is no harm of it",
        "input": "# Cancer drug can prevent reactions to pollen\n\nIbrutinib prevented reactions to pollen in adults with allergies, a small study finds.\n\nMast cells are responsible for immediate allergic reactions.",
        "flags": [
          "Ibrutinib"
        ]
      },
      {
        "title": "The side effects of the care people get for their condition are not the remedy’s",
        "input": "Lactoferrin supplements ease taste loss in cancer patients, a trial finds.\n\nPatients undergoing cancer treatment confront a number of well-documented side effects.",
        "flags": [
          "Lactoferrin supplements"
        ]
      },
      {
        "title": "“Surgery” is not a therapy given by beams",
        "input": "Proton therapy treats chordoma, a rare spine tumour, a clinic reports.\n\nHe learned surgery is the most common treatment. A surgeon told him he should prepare for possible complications.",
        "flags": [
          "Proton therapy"
        ]
      },
      {
        "title": "A treatment that helped named people walk is offered as a remedy",
        "input": "Two studies show that electrical stimulation significantly helped McGlynn and Bush to walk again.\n\nBoth men now use the system at home.",
        "flags": [
          "electrical stimulation"
        ]
      },
      {
        "title": "A treatment reported failing is not promoted",
        "input": "Ketamine failed to relieve depression in a trial.\n\nMost patients felt no better after a week.",
        "flags": []
      },
      {
        "title": "An article that only describes a condition",
        "input": "Burnout is a state of exhaustion linked to chronic work stress. The risk of burnout is rising.",
        "flags": []
      }
    ]
  },
  {
    "id": "missing-source-list",
    "scope": "document",
    "docs": {
      "summary": "Flags an article with metadata that cites no source at all: no links, footnotes, reference markers, DOIs or named sources, and no references section.",
      "rationale": "Readers and editors cannot check health claims that name no source; a list of references is the minimum that lets them. A numbered marker (“… by 2050. (2)”) counts only when the list it points to is there (a references section, numbered notes, a reference line): a release that kept the markers of a longer text and dropped its notes names no source. A body’s report named with no year, title or venue (“an FDA report, released in late June”) and the issuer’s own site in its “About” paragraph (“for more information, visit …”) do not tell the reader which document to read, so they do not count as sources.",
      "guideline": "JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “attribution”; DISCERN item 4; HONcode principle 4.",
      "howToFix": "Link or cite the studies and guidance the article relies on, and list them under a “References” or “Sources” heading (or a `references:` front matter field)."
    },
    "messages": {
      "missing": "Missing references, expected links to sources or a `References` section",
      "section": "Missing references section, expected a heading such as `References` or `Sources`"
    },
    "tentative": "an article that names research fewer than three times (a feature, an expert’s advice, a product or approval story with no study it reports), or whose headline and first three paragraphs name no research and whose body names one particular study at most once (a feature that mentions studies on its way), or that says its results have no paper yet (not peer-reviewed, a company’s topline results or press release, yet to be published or submitted for publication).",
    "optionsSchema": {
      "type": "object",
      "properties": {
        "requireSection": {
          "type": "boolean",
          "description": "Require a references section even when sources are cited inline."
        },
        "minWords": {
          "type": "integer",
          "minimum": 0,
          "description": "Skip articles shorter than this many words."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: an article that names research fewer than three times (a feature, an expert’s advice, a product or approval story with no study it reports), or whose headline and first three paragraphs name no research and whose body names one particular study at most once (a feature that mentions studies on its way), or that says its results have no paper yet (not peer-reviewed, a company’s topline results or press release, yet to be published or submitted for publication)."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "requireSection": false,
      "minWords": 100,
      "tentative": false
    },
    "examples": [
      {
        "title": "No source at all",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nIn a new study, researchers found that coffee drinkers had fewer heart attacks. The study followed 20,000 adults.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "An article that names no research (a feature, advice): held back as tentative",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee lowers the risk of heart disease, a cardiologist says.\n",
        "flags": []
      },
      {
        "title": "The same article, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: Coffee and the heart\n---\n\nCoffee lowers the risk of heart disease, a cardiologist says.\n",
        "flags": [
          "title: Coffee and the heart"
        ]
      },
      {
        "title": "Results said to be presented at a meeting identify their study only by the conference: shown however seldom research is named (round 30)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A new drug for breast cancer\n---\n\nTumours shrank in a third of the women given the drug, a cancer doctor says.\n\nThe findings were presented at the San Antonio Breast Cancer Symposium.\n",
        "flags": [
          "title: A new drug for breast cancer"
        ]
      },
      {
        "title": "A question presented at a meeting is no result: still held back (round 30)",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Inducing labour\n---\n\nDoctors debate when to induce labour, an obstetrician says.\n\nThe question was presented in May at the yearly ACOG meeting.\n",
        "flags": []
      },
      {
        "title": "A feature that mentions studies on its way, with none in its opening: held back as tentative",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A hormone for autism\n---\n\nThe boy was seven.\n\nHis parents tried everything.\n\nThen a clinic offered injections.\n\nNo trials back the treatment: two studies from 2006 drew criticism, and other studies found nothing. The researchers behind them sell the tests.\n",
        "flags": []
      },
      {
        "title": "The same feature, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: A hormone for autism\n---\n\nThe boy was seven.\n\nHis parents tried everything.\n\nThen a clinic offered injections.\n\nNo trials back the treatment: two studies from 2006 drew criticism, and other studies found nothing. The researchers behind them sell the tests.\n",
        "flags": [
          "title: A hormone for autism"
        ]
      },
      {
        "title": "An inline link",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee drinkers [lived longer](https://doi.org/10.1000/x).\n",
        "flags": []
      },
      {
        "title": "A references section",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee drinkers lived longer.\n\n## References\n\n1. Lee J. Coffee and mortality. 2021.\n",
        "flags": []
      },
      {
        "title": "Inline links but no section (option requireSection)",
        "options": {
          "minWords": 0,
          "requireSection": true
        },
        "input": "---\ntitle: Coffee\n---\n\nCoffee drinkers [lived longer](https://doi.org/10.1000/x).\n",
        "flags": [
          "title: Coffee"
        ]
      },
      {
        "title": "The paper named in a citation line",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Walnuts\n---\n\nWalnuts lowered blood pressure.\n\nSource: Okafor N, Lee J. Walnut intake and blood pressure. The Journal of Nutrition, May 2019.\n",
        "flags": []
      },
      {
        "title": "The paper’s title and journal in the text",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Walnuts\n---\n\nThe study, 'Walnut intake and blood pressure in adults', appears in Nutrients.\n",
        "flags": []
      },
      {
        "title": "A release whose only links are its issuer’s site and a “Source:” line naming the issuer",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Walnuts\n---\n\nWalnuts lowered blood pressure in the trial, the researchers found. The study followed 90 adults, the journal reports.\n\nSource: California Nut Institute, San Jose\n\n## Related Links\n\n[www.walnuts.example/clinic](http://www.walnuts.example/clinic)\n\n[http://www.walnuts.example](http://www.walnuts.example)\n",
        "flags": [
          "Related Links"
        ]
      },
      {
        "title": "A DOI link the text broke at spaces",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Sniffs\n---\n\nChildren with autism sniffed differently.\n\nCurrent Biology, Lee et al.: \"A link between smell and autism\" http://dx. doi. org/ 10. 1016/ j. cub. 2015. 05. 048\n",
        "flags": []
      },
      {
        "title": "A body’s report named without a year, title or venue does not identify it",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Implants\n---\n\nResearchers found that women with silicone implants fared well in the study. An FDA report, released in late June, says silicone implants are generally safe.\n",
        "flags": [
          "title: Implants"
        ]
      },
      {
        "title": "A body’s guidance named, or a report with its year, can be looked up",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Implants\n---\n\nThe FDA 2011 report and NICE guidance say implants are generally safe.\n",
        "flags": []
      },
      {
        "title": "The issuer’s own site in its “About” paragraph is no source",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Walnuts\n---\n\nWalnuts lowered blood pressure in the trial, the researchers said.\n\n## About Acme Nut Institute\n\nAcme Nut Institute studies nuts. For more information, visit [www.acme.example/nuts](http://www.acme.example/nuts).\n",
        "flags": [
          "About Acme Nut Institute"
        ]
      },
      {
        "title": "A citation line after the “About” paragraph still names the paper",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Sniffs\n---\n\nChildren with autism sniffed differently, the researchers said.\n\n## About Acme Institute\n\nAcme Institute studies smell.\n\nCurrent Biology, Lee et al.: \"A link between smell and autism\" http://dx. doi. org/ 10. 1016/ j. cub. 2015. 05. 048\n",
        "flags": []
      },
      {
        "title": "A reference in Vancouver style, without a “Source:” label",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Leukemia\n---\n\nThe gene predicted the response.\n\nWelch J, Petti A, Miller C, Ley T. TP53 and decitabine in acute myeloid leukemia. The New England Journal of Medicine. Nov. 24, 2016.\n",
        "flags": []
      },
      {
        "title": "The paper’s title in quotes, then “was recently published in”",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Tablets\n---\n\n\"Use of Tablet Devices Among Inpatients with Dementia\" was recently published in The American Journal of Geriatric Psychiatry.\n",
        "flags": []
      },
      {
        "title": "The paper’s title set off after “paper”",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Vitamin D\n---\n\nInflammation fell in the trial.\n\nTo obtain a copy of the Cancer Prevention Research paper, “Effect of vitamin D3 supplementation in combination with weight loss on inflammatory biomarkers,” contact the press office.\n",
        "flags": []
      },
      {
        "title": "The paper’s title without quotes after “titled”, and where it is published",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: An osmium drug\n---\n\nThe compound killed cancer cells in the study. The research, supported by a research council and titled Osmium compound shifts metabolism in ovarian cancer cells, is published by PNAS.\n",
        "flags": []
      },
      {
        "title": "Feeling entitled to an answer names no paper",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: An osmium drug\n---\n\nResearchers gave the compound to mice in the study, and patients feel entitled to know more. The research is published by PNAS.\n",
        "flags": [
          "title: An osmium drug"
        ]
      },
      {
        "title": "The label of a link to the paper, kept without its link",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Kidney scans\n---\n\nThe scan told benign tumours from cancers in the study.\n\nSEE ORIGINAL STUDY\n",
        "flags": []
      },
      {
        "title": "A numbered marker whose notes the text dropped points to nothing",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Ibuprofen\n---\n\nThe cost is predicted to rise to $1.1 trillion by 2050. (2)\n\nDaily ibuprofen prevented the disease in the trial, the researchers found. The study followed 500 adults.\n",
        "flags": [
          "title: Ibuprofen"
        ]
      },
      {
        "title": "A numbered marker with its note at the end",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Ibuprofen\n---\n\nThe cost is predicted to rise to $1.1 trillion by 2050. (2)\n\n(2) Alzheimer’s Association. 2017 Alzheimer’s disease facts and figures. Alzheimers Dement. 2017;13(4):325-373.\n",
        "flags": []
      },
      {
        "title": "A link to the paper labelled “here”, kept without its link",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Eggs\n---\n\nThe egg breakfasts had higher protein quality, according to an abstract for the study, posted online here.\n",
        "flags": []
      },
      {
        "title": "An invitation to read the publication “here”, kept without its link",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Migraine\n---\n\nResearchers reviewed 40 trials and found that the drugs cut migraine days. The guidelines will be published in the journal Neurology. You can read the new guidelines here.\n",
        "flags": []
      },
      {
        "title": "An invitation to read the whole publication at its publisher, kept without its link",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Eggs\n---\n\nThe panel found that eggs keep people full. Read the full guideline at the American Heart Association.\n",
        "flags": []
      },
      {
        "title": "Reading the full story somewhere is no source for the study",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Eggs\n---\n\nThe study found that eggs keep people full for longer, the researchers said. Read the full story at our website.\n",
        "flags": [
          "title: Eggs"
        ]
      },
      {
        "title": "A chart or video “available here” is no source",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Eggs\n---\n\nResearchers found that eggs keep people full for longer in the study. A video of the breakfasts is available here.\n",
        "flags": [
          "title: Eggs"
        ]
      },
      {
        "title": "Results with no paper yet (not peer-reviewed, announced in a press release): held back as tentative",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: A drug for depression\n---\n\nThe drug eased depression in the trial, the company said. The study is small and has not been peer-reviewed; the company disclosed the results in a press release.\n",
        "flags": []
      },
      {
        "title": "The same article, with `tentative`",
        "options": {
          "minWords": 0,
          "tentative": true
        },
        "input": "---\ntitle: A drug for depression\n---\n\nThe drug eased depression in the trial, the company said. The study is small and has not been peer-reviewed; the company disclosed the results in a press release.\n",
        "flags": [
          "title: A drug for depression"
        ]
      },
      {
        "title": "A paper’s title-cased title after “paper,” and where it is published, in running text",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Peppers\n---\n\nThe extract raised metabolic rate in the study. A recent paper, Capsaicinoids Enhance Metabolic Rate in Normal Healthy Individuals, published in the journal Obesity Open Access, discussed the findings.\n",
        "flags": []
      },
      {
        "title": "An author–year parenthetical with a comma before “et al.”",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Peppers\n---\n\nThe extract raised metabolic rate in the study, the researchers found (Chen, et al., 2017).\n",
        "flags": []
      },
      {
        "title": "A quoted title-cased title after “the study,”",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Sleep apnea\n---\n\nQuality of life rose after therapy in the study, the researchers found.\n\nFor a copy of the study, \"Impact of Sleep-Disordered Breathing Treatment on Quality of Life Measures in a Large Cohort,\" contact the press office.\n",
        "flags": []
      },
      {
        "title": "A titled talk at a meeting is no paper",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Weight loss\n---\n\nPatients lost weight after the procedure in the study, the researchers found.\n\nDr. Lee will present data from the study, \"Endoscopic Sleeve Gastroplasty and Laparoscopic Band for Weight Loss: How Do They Compare?\" on Saturday.\n",
        "flags": [
          "title: Weight loss"
        ]
      },
      {
        "title": "A block opening on the paper’s quoted title, as a release sets its reference",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Breast MRI\n---\n\nThe technique told benign lesions from cancers in the study, which appears online in the journal Radiology.\n\n\"Radiomics Based on Adapted Diffusion Kurtosis Imaging Helps to Clarify Mammographic Findings.\" Collaborating with Dr. Lee were Jane Roe, M.D., and John Doe, Ph.D.\n",
        "flags": []
      },
      {
        "title": "A quote in sentence case at a block’s start is no title",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Breast MRI\n---\n\nThe technique told benign lesions from cancers in the study, which appears online in the journal Radiology.\n\n\"This might also improve the efficiency of reporting in our clinics.\" The researchers found the study’s results held across sites.\n",
        "flags": [
          "title: Breast MRI"
        ]
      },
      {
        "title": "A paper named as published in a journal under its title",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Breast MRI\n---\n\nThe technique told benign lesions from cancers in the study, published in Radiology under the title Radiomics Helps to Clarify Mammographic Findings.\n",
        "flags": []
      },
      {
        "title": "A paper’s title in sentence case right after “the article”, with its journal in the text",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Fennel and menopause\n---\n\nA new study confirms that fennel eases hot flashes. The study outcomes are published online today in Menopause.\n\nThe study described in the article \"Effect of fennel on menopausal symptoms in postmenopausal women: a randomized, placebo-controlled trial\" is one of the first to test it.\n",
        "flags": []
      },
      {
        "title": "A speaker’s words quoted after “the paper” name no paper",
        "options": {
          "minWords": 0
        },
        "input": "---\ntitle: Fennel and menopause\n---\n\nA new study confirms that fennel eases hot flashes. The study outcomes are published online today in Menopause.\n\nThe paper “shows that fennel is worth a larger trial,” said Dr. Rogers.\n",
        "flags": [
          "title: Fennel and menopause"
        ]
      },
      {
        "title": "Plain text without metadata is out of scope",
        "format": "text",
        "input": "Coffee is good.",
        "flags": []
      }
    ]
  },
  {
    "id": "readability",
    "scope": "text",
    "docs": {
      "summary": "Flags paragraphs whose reading grade (Flesch–Kincaid by default, or SMOG) is above a target: grade 8 by default, 6 in the `patient-education` preset.",
      "rationale": "Health information only helps readers who can follow it; most adults read comfortably at grade 8 or below, and many patients need grade 6.",
      "guideline": "NIH and AMA guidance on patient materials (grade 6–8); CDC Clear Communication Index; Kincaid et al. 1975 (Flesch–Kincaid grade); McLaughlin 1969 (SMOG).",
      "howToFix": "Split long sentences, prefer short everyday words (“high blood pressure” for “hypertension”), and explain the medical terms you keep."
    },
    "messages": {
      "grade": "Unexpected reading grade `{grade}` ({formula}) for this paragraph, expected `{target}` or lower; its hardest sentence is marked"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "grade": {
          "type": "number",
          "minimum": 1,
          "maximum": 20,
          "description": "Highest acceptable reading grade."
        },
        "formula": {
          "type": "string",
          "enum": [
            "flesch-kincaid",
            "smog"
          ],
          "description": "Readability formula."
        },
        "minWords": {
          "type": "integer",
          "minimum": 1,
          "description": "Skip paragraphs with fewer words than this."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "grade": 8,
      "formula": "flesch-kincaid",
      "minWords": 30
    },
    "examples": [
      {
        "title": "A dense paragraph",
        "input": "Pharmacological management of hypertension frequently necessitates combination therapy with angiotensin-converting enzyme inhibitors and thiazide diuretics. Considerable interindividual variability in therapeutic response complicates standardised treatment algorithms, particularly in elderly populations with multimorbidity.",
        "flags": [
          "Considerable interindividual variability in therapeutic response complicates standardised treatment algorithms, particularly in elderly populations with multimorbidity."
        ]
      },
      {
        "title": "A plain paragraph",
        "input": "High blood pressure often has no signs. Most people need two kinds of pills to bring it down. Your doctor will check how you feel and change the dose if you need it. Take your pills at the same time each day.",
        "flags": []
      },
      {
        "title": "Short paragraphs and headings are not graded",
        "input": "# Antihypertensive pharmacotherapy considerations\n\nPharmacological management necessitates individualisation.",
        "flags": []
      },
      {
        "title": "Grade 7.8 passes the default target of 8",
        "input": "Blood pressure medicine works best when you take it every day. Some people notice dizziness during the first weeks. Tell your doctor about any other medicines or supplements you are taking, because some of them interact.",
        "flags": []
      },
      {
        "title": "The same paragraph fails the patient-education target (option grade: 6)",
        "options": {
          "grade": 6
        },
        "input": "Blood pressure medicine works best when you take it every day. Some people notice dizziness during the first weeks. Tell your doctor about any other medicines or supplements you are taking, because some of them interact.",
        "flags": [
          "Tell your doctor about any other medicines or supplements you are taking, because some of them interact."
        ]
      }
    ]
  },
  {
    "id": "relative-risk-without-absolute",
    "scope": "text",
    "tentative": "with the default scope `article`, a relative effect whose paragraph gives an absolute figure (of another outcome, or beyond the next sentence), one in the headline of an article that gives an absolute figure in its body, and one in an article that sets two groups’ own figures side by side anywhere in words the figure’s clause shares (“1 percent … had died versus 4 percent of the control group”): readers judged 8 of 19 of the first two and 12 of 29 of the third correct, as the baseline the reader needs may be the one given (JUDGING.md calls an absolute figure elsewhere in the article debatable); and (round 19) one in an article that gives a share or rate of people anywhere for the outcome the figure is a risk of, named on either side of it (“were 11 percent less likely to die” … “318 of the 444 women had died”), which readers judged correct 13 times of 34; and (round 23, at any scope) the estimate of a finding of no difference (“no significant difference in mortality (RR 1.00, 95% CI 0.47 to 2.14)”), which claims no effect to exaggerate: readers judged 4 of 12 such Cochrane findings correct; and (round 24, at any scope) a change in a risk under 5 percent that is not per unit of an exposure (“reduced overall death rates by 1.1%”), which may be the absolute difference in percentage points: readers judged none of 4 such findings correct.",
    "docs": {
      "summary": "Flags relative effects (“cuts the risk by 50%”, “twice as likely”, “HR 0.7”) with no absolute figure or baseline rate nearby.",
      "rationale": "A 50% cut in risk may mean 2 in 1,000 down to 1 in 1,000; readers overrate a benefit given only in relative terms, and cannot weigh it against harms.",
      "guideline": "CONSORT 2010 item 17b (give absolute and relative effect sizes); Gigerenzer et al., Psychol Sci Public Interest 2007 (absolute risks, natural frequencies); HealthNewsReview.org criterion 2 (quantifies benefits).",
      "howToFix": "Give the baseline and the changed risk as natural frequencies or percentages of a group, in the same or the next sentence: “from 4 in 100 to 2 in 100”, “8% of the placebo group and 5% of the treated group”."
    },
    "messages": {
      "relative": "Missing absolute figure for relative effect `{actual}`, expected the baseline rate such as `4 in 100`"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "scope": {
          "type": "string",
          "enum": [
            "sentence",
            "adjacent",
            "paragraph",
            "article"
          ],
          "description": "Where an absolute figure must appear: the same sentence, the sentences either side, the whole paragraph, or (`article`) the sentences either side or any sentence of the article about the same outcome. Editors differ on a baseline given further away (JUDGING.md), so `article` stays silent there; `adjacent` flags it."
        },
        "continuousMeasures": {
          "type": "boolean",
          "description": "Whether to flag relative changes in continuous measures and counts (blood sugar levels, scores, “the number of hot flashes”), in anything not named as a risk or an outcome (body fat, symptoms), and trends over time in a population (“drug deaths doubled from 2011 levels”) too. Off by default: the absolute-risk question does not arise for them, and editors differ (JUDGING.md)."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: with the default scope `article`, a relative effect whose paragraph gives an absolute figure (of another outcome, or beyond the next sentence), one in the headline of an article that gives an absolute figure in its body, and one in an article that sets two groups’ own figures side by side anywhere in words the figure’s clause shares (“1 percent … had died versus 4 percent of the control group”): readers judged 8 of 19 of the first two and 12 of 29 of the third correct, as the baseline the reader needs may be the one given (JUDGING.md calls an absolute figure elsewhere in the article debatable); and (round 19) one in an article that gives a share or rate of people anywhere for the outcome the figure is a risk of, named on either side of it (“were 11 percent less likely to die” … “318 of the 444 women had died”), which readers judged correct 13 times of 34; and (round 23, at any scope) the estimate of a finding of no difference (“no significant difference in mortality (RR 1.00, 95% CI 0.47 to 2.14)”), which claims no effect to exaggerate: readers judged 4 of 12 such Cochrane findings correct; and (round 24, at any scope) a change in a risk under 5 percent that is not per unit of an exposure (“reduced overall death rates by 1.1%”), which may be the absolute difference in percentage points: readers judged none of 4 such findings correct."
        }
      },
      "additionalProperties": false
    },
    "skip": [
      "boilerplate",
      "furniture"
    ],
    "defaults": {
      "scope": "article",
      "continuousMeasures": false,
      "tentative": false
    },
    "examples": [
      {
        "title": "Held back: the same outcome’s absolute figure elsewhere in the article (with the tentative option)",
        "input": "Of the 444 women followed, 318 had died by 2010.\n\nThe researchers asked the women about the foods they ate. They also asked about exercise.\n\nThose who ate the most soy were about 11 percent less likely to die.",
        "options": {
          "tentative": true
        },
        "flags": [
          "11 percent"
        ]
      },
      {
        "title": "Held back: the same outcome’s absolute figure elsewhere in the article (round 19)",
        "input": "Of the 444 women followed, 318 had died by 2010.\n\nThe researchers asked the women about the foods they ate. They also asked about exercise.\n\nThose who ate the most soy were about 11 percent less likely to die.",
        "flags": []
      },
      {
        "title": "A population’s base rate of the same outcome in the next paragraph is a baseline editors differ on (round 30)",
        "input": "Patients given the drug were 40% less likely to fall than those on placebo.\n\nThe disease affects 100,000 people in the UK. About 60% of people with the disease will fall at least once a year.",
        "flags": []
      },
      {
        "title": "Shown: an absolute figure of another outcome elsewhere in the article",
        "input": "Those who ate the most soy were about 11 percent less likely to have a stroke.\n\nThe researchers asked the women about the foods they ate. They also asked about exercise.\n\nOf the 444 women followed, 318 had died by 2010.",
        "flags": [
          "11 percent"
        ]
      },
      {
        "title": "An improvement in a measure is no risk; an improvement in survival is (round 19)",
        "input": "Those who used the sauna enjoyed a 54% improvement in sleep quality. Surgery led to an average 76 percent improvement in the migraine-specific MHI score. The drug was linked with a 32 percent improvement in survival.",
        "flags": [
          "32 percent"
        ]
      },
      {
        "title": "The change in a likelihood, not the outcome it is the likelihood of (round 18)",
        "input": "Eight studies (with 3081 smokers) found that using NRT roughly doubled the likelihood of halving the number of cigarettes smoked each day, compared to using a placebo.",
        "flags": [
          "doubled"
        ]
      },
      {
        "title": "Held back: an absolute figure elsewhere in the paragraph (with the tentative option)",
        "input": "People who took the drug had a 35% lower risk of stroke. The trial enrolled 4,000 adults in nine countries. Over five years, 96 of the 4,303 people in the trial had a heart attack.",
        "options": {
          "tentative": true
        },
        "flags": [
          "35%"
        ]
      },
      {
        "title": "Held back: an absolute figure elsewhere in the paragraph",
        "input": "People who took the drug had a 35% lower risk of stroke. The trial enrolled 4,000 adults in nine countries. Over five years, 96 of the 4,303 people in the trial had a heart attack.",
        "flags": []
      },
      {
        "title": "Held back: a headline’s figure, the article giving an absolute one (with the tentative option)",
        "input": "---\ntitle: Daily pill halves the risk of stroke\n---\n\nThe trial enrolled 4,000 adults.\n\nOver five years, 96 of the 4,303 people in the trial had a heart attack.\n",
        "options": {
          "tentative": true
        },
        "flags": [
          "halves"
        ]
      },
      {
        "title": "Held back: a headline’s figure, the article giving an absolute one",
        "input": "---\ntitle: Daily pill halves the risk of stroke\n---\n\nThe trial enrolled 4,000 adults.\n\nOver five years, 96 of the 4,303 people in the trial had a heart attack.\n",
        "flags": []
      },
      {
        "title": "Held back: the groups’ own figures set side by side elsewhere in the article (with the tentative option)",
        "input": "Screening cut the risk of dying from the cancer by a third.\n\nThe trial ran for ten years in four countries. It enrolled 53,000 smokers.\n\nBy then, 354 people who had the scans had died of lung cancer, compared with 442 who had X-rays.",
        "options": {
          "tentative": true
        },
        "flags": [
          "by a third"
        ]
      },
      {
        "title": "Held back: the groups’ own figures set side by side elsewhere in the article",
        "input": "Screening cut the risk of dying from the cancer by a third.\n\nThe trial ran for ten years in four countries. It enrolled 53,000 smokers.\n\nBy then, 354 people who had the scans had died of lung cancer, compared with 442 who had X-rays.",
        "flags": []
      },
      {
        "title": "Doses or ranks set side by side are no groups’ figures: the relative effect is shown",
        "input": "The drug cut the risk of stroke by a third.\n\nThe trial compared 80 mg versus 20 mg of the statin. It enrolled 12,000 adults.\n\nThose in the top 25 percent of scores were compared with those in the lowest 25 percent.",
        "flags": [
          "by a third"
        ]
      },
      {
        "title": "How long an attack lasts, or how fast the brain shrinks, is a continuous measure, not a risk",
        "input": "The new drug can halve the length of migraine attacks. The infusions slowed the rate of brain shrinkage by about 45%. Disability progression was reduced by 36 percent and brain atrophy by 33 percent.",
        "flags": [
          "36 percent"
        ]
      },
      {
        "title": "A choice, a study’s conclusion or a revised estimate is not a health risk",
        "input": "Industry-funded studies were four times more likely to find a favourable result. Patients were nearly four times more likely to recommend the prep to their friends. The condition turned out to be twice as common as had been thought.",
        "flags": []
      },
      {
        "title": "Held back: the estimate of a finding of no difference (round 23)",
        "input": "The trials found no significant difference in deaths between the two groups (RR 0.96, 95% CI 0.81 to 1.14).",
        "flags": []
      },
      {
        "title": "Held back: the estimate of a finding of no difference (with the tentative option)",
        "input": "The trials found no significant difference in deaths between the two groups (RR 0.96, 95% CI 0.81 to 1.14).",
        "options": {
          "tentative": true
        },
        "flags": [
          "RR 0.96"
        ]
      },
      {
        "title": "Held back: a change under 5 percent, which may be the difference in points (round 24)",
        "input": "The new drug reduced overall death rates by 1.1%. Teens in the programme had 2% fewer pregnancies.",
        "flags": []
      },
      {
        "title": "Held back: a change under 5 percent (with the tentative option)",
        "input": "The new drug reduced overall death rates by 1.1%. Teens in the programme had 2% fewer pregnancies.",
        "options": {
          "tentative": true
        },
        "flags": [
          "1.1%",
          "2%"
        ]
      },
      {
        "title": "Still shown: a small change per unit of an exposure, and a change of 5 percent or more",
        "input": "Drinkers had 4% lower odds of mouth cancer for each cup drunk daily. The higher dose cut the risk of a major cardiac event by 6 percent.",
        "flags": [
          "4%",
          "6 percent"
        ]
      },
      {
        "title": "A count of events among a group of given size is an absolute figure (round 24)",
        "input": "The risk of stroke was reduced by 55% in the top group. There were 25 strokes among the 258 men with the lowest levels.",
        "flags": []
      },
      {
        "title": "A finding of no difference does not reach an effect told after a contrast",
        "input": "There was no difference in deaths, but the drug was associated with more bleeding (RR 1.80, 95% CI 1.20 to 2.70).",
        "flags": [
          "RR 1.80"
        ]
      },
      {
        "title": "A share price, a schedule and what a method needs are no risks (round 23)",
        "input": "Shares of the drug maker nearly tripled on Monday. A yearly scan, twice as often as the current standard, may suit some women. The new patch requires 50 times less vaccine.",
        "flags": []
      },
      {
        "title": "Still a risk: how often an event befalls a group",
        "input": "Women given the new pill had strokes twice as often as those given placebo.",
        "flags": [
          "twice as"
        ]
      },
      {
        "title": "Relative risk reduction alone",
        "input": "People who took the drug had a 35% lower risk of stroke.",
        "flags": [
          "35%"
        ]
      },
      {
        "title": "Multiplier alone",
        "input": "Walkers were twice as likely to reach 90.",
        "flags": [
          "twice as"
        ]
      },
      {
        "title": "Absolute figures in the next sentence",
        "input": "The drug cut the risk of stroke by 50%. In the trial, 2 in 100 people on the drug had a stroke, compared with 4 in 100 on placebo.",
        "flags": []
      },
      {
        "title": "A relative change in a continuous measure, not a risk",
        "input": "After one week, average blood sugar levels dropped by about 15%.",
        "flags": []
      },
      {
        "title": "The same change when `continuousMeasures` is on",
        "options": {
          "continuousMeasures": true
        },
        "input": "After one week, average blood sugar levels dropped by about 15%.",
        "flags": [
          "15%"
        ]
      },
      {
        "title": "A baseline for the same outcome elsewhere in the article",
        "input": "Vaccinated adults were half as likely to develop shingles.\n\nThe trial enrolled adults over 60. It ran for three years in twelve countries.\n\nOver those years, 6 in 1,000 vaccinated adults got shingles each year, against 13 in 1,000 unvaccinated adults.",
        "flags": []
      },
      {
        "title": "The same article with `scope: adjacent`, which wants the baseline next to the figure",
        "options": {
          "scope": "adjacent"
        },
        "input": "Vaccinated adults were half as likely to develop shingles.\n\nThe trial enrolled adults over 60. It ran for three years in twelve countries.\n\nOver those years, 6 in 1,000 vaccinated adults got shingles each year, against 13 in 1,000 unvaccinated adults.",
        "flags": [
          "half as"
        ]
      },
      {
        "title": "A related-story link is another article’s headline",
        "input": "Coffee drinkers slept less.\n\n(More on TIME.com: Study: Gay Men Are Twice as Likely to Have Cancer)",
        "flags": []
      },
      {
        "title": "Both ends of a relative range are relative: neither is the baseline",
        "input": "Statins led to a 9% or 10% reduction in heart attacks.",
        "flags": [
          "10%"
        ]
      },
      {
        "title": "A projected count and a table row after a cost column are not risks",
        "input": "“The number of dementia cases could drop by half.”\n\nAdditional cost of imaging: Strokes 55% higher Spine trauma 53% higher",
        "flags": []
      },
      {
        "title": "A trend over time, and a number needed to treat written in words",
        "input": "Drug deaths more than doubled last year from 2011 levels.\n\nAspirin reduced the risk of pre-eclampsia by 18%. This meant that 61 women had to be treated for one woman to benefit.",
        "flags": []
      },
      {
        "title": "A change over a named period, an expected effect and a condition are no findings between groups",
        "input": "The incidence of gout has more than doubled in rich countries in recent decades. The investigators expected the vaccine to lower the rate of infection by 40%. Many strokes could be prevented with as little as a 20% reduction in salt intake.",
        "flags": []
      },
      {
        "title": "The rate of a quantity, a performance, one condition against another and a span of years (round 17)",
        "input": "Those getting the drug had a 33 percent reduction in their rate of decline in physical function. Caffeine may increase a person’s metabolic rate by 4%. The drink outperformed others for endurance recovery by 13-17 percent. MCC is 35 times less common than melanoma. Between 2000 and 2010, the number of cataract cases went up by 20 percent.",
        "flags": []
      },
      {
        "title": "A change over the last decades, and one against an earlier year, are trends (round 24)",
        "input": "“Over the last couple of decades, we have had nearly a 50 percent reduction in the rate of stroke,” he says. Hip replacements were done 18 percent less often in 2010 than in 2000.",
        "flags": []
      },
      {
        "title": "Reaching an amount taken in is no health event; getting a disease is (round 27)",
        "input": "Mothers given the capsules were five times more likely to get 300 mg of the oil each week. Mothers given the capsules were five times more likely to get pre-eclampsia.",
        "flags": [
          "five times more"
        ]
      },
      {
        "title": "A change “in the years since” is a trend, unless it compares groups (round 27)",
        "input": "In the years since then, research on the vitamin and cancer risk has tripled. In the years since then, smokers have been twice as likely to die as people who never smoked.",
        "flags": [
          "twice as"
        ]
      },
      {
        "title": "Still risks: a death rate and a trial’s cases over a span of years (round 17)",
        "input": "The drug cut the death rate by 33 percent. In a trial run between 2000 and 2010, people given the vaccine had 20 percent fewer cases than those given placebo.",
        "flags": [
          "33 percent",
          "20 percent"
        ]
      },
      {
        "title": "The groups’ rates in the next paragraph, however dying is worded",
        "input": "Four years after surgery, patients who had a bypass were almost 20 percent less likely to die.\n\nBy then, 21 percent of the patients given stents were dead, against 16 percent of those given a bypass.",
        "flags": []
      },
      {
        "title": "A baseline for a risk named before its figure",
        "input": "The lifetime risk of kidney failure is about 3 percent in people with diabetes.\n\nThe trial ran for four years.\n\nPeople taking the drug were 31% less likely to have kidney failure.",
        "flags": []
      },
      {
        "title": "An instruction to participants is the change they were to make, not an effect",
        "input": "Smokers were asked to cut their daily cigarettes by 50 percent within a month.",
        "flags": []
      },
      {
        "title": "A duration, a repetition and a comparison of cells are not risks",
        "input": "One group exercised almost twice as long. Each had a scan, then twice more over the next two years. The protein is 100 times more common in leukemia cells than in healthy ones.",
        "flags": []
      },
      {
        "title": "A speed or a quality compared, and a minimum change asked for, are not risks",
        "input": "The new pill cleared the virus three times faster than the old one, and the stain was twice as successful in spotting tumours. The clinic turns away anyone unlikely to see at least a 40 percent increase in hair.",
        "flags": []
      },
      {
        "title": "A relative change in anything but the probability of a health event",
        "input": "They reduced their body fat by 16%. The stock had roughly quadrupled since July. The lozenges cut the length of colds by 40 percent.",
        "flags": []
      },
      {
        "title": "Relative risks written with a fraction, a sized risk, or after the risk reduction they give",
        "input": "Higher scores meant an almost 50 percent larger risk of hip fracture. The diet cut the risk of death by almost one-third. Dosing every six weeks gave a risk reduction for PML as high as 94 percent.",
        "flags": [
          "50 percent",
          "by almost one-third",
          "94 percent"
        ]
      },
      {
        "title": "A duration and a dose are amounts, not risks",
        "input": "The new technique halves the operating time. Volunteers took 600 milligrams of curcumin a day, five times more curcumin than a typical diet gives.",
        "flags": []
      },
      {
        "title": "A paragraph that restates the groups’ rates just before it",
        "input": "By five years, 2 percent of the treated men had died, against 5 percent of the others.\n\nThis translates to a risk reduction of about 60 percent, the authors said.",
        "flags": []
      },
      {
        "title": "An issuer’s “About” section is its standing copy, not the news",
        "input": "Acme Labs reported the trial today.\n\n## About ProstaTest®\n\nThe test cuts the rate of needless biopsies by up to 50%.",
        "flags": []
      },
      {
        "title": "A change a plan calls for is a target, and a weight is a measure, not a risk",
        "input": "The national plan calls for cutting new infections by a quarter. After a year, the treated group weighed 9 percent less than the untreated one.",
        "flags": []
      },
      {
        "title": "An absolute effect stated elsewhere in the paragraph",
        "input": "Screening cut deaths from bowel cancer by a sixth. The trial ran for twelve years in four countries. Screening 800 people over that time would save one life.",
        "flags": []
      },
      {
        "title": "Each group’s count over its size, the group named first, in the sentences before",
        "input": "Of the 789 patients dosed in the usual way, 116 had an adverse event. Of the 808 patients dosed by genotype, 87 had an adverse event. Patients dosed by genotype had a 27 percent reduction in adverse events.",
        "flags": []
      },
      {
        "title": "A risk named only as “their risk”, and a background rate in the next paragraph",
        "input": "Women who took the drugs had a lower risk of colon cancer.\n\nTheir risk was 59 percent lower than that of women who had not taken the drugs.\n\nOne in 19 men develops colorectal cancer at some point, and slightly fewer women do.",
        "flags": []
      },
      {
        "title": "A risk named by its outcome, and another outcome’s rate in the next paragraph",
        "input": "The drug cut their risk of dying of the disease by 20%.\n\nOne in 19 men develops colorectal cancer at some point, and slightly fewer women do.",
        "flags": [
          "20%"
        ]
      },
      {
        "title": "Both ends of the change",
        "input": "The risk fell by a third, from 12% to 8%.",
        "flags": []
      },
      {
        "title": "Both ends of the change, the new one first",
        "input": "The drug more than doubled the median time before the disease worsened, to 3.7 months from 1.5 months.",
        "flags": []
      },
      {
        "title": "An outcome word inside a society’s name names no outcome of the groups",
        "input": "Data shown at a meeting of the American Society for Dermatologic Surgery showed a 22 percent reduction of the fat layer.",
        "flags": []
      },
      {
        "title": "Absolute figures elsewhere in the paragraph (option scope: paragraph)",
        "options": {
          "scope": "paragraph"
        },
        "input": "Deaths fell by 20%. The trial ran for five years in nine countries. Over that time, 96 of 4,303 people in the vaccine group died.",
        "flags": []
      }
    ]
  },
  {
    "id": "spelling",
    "scope": "text",
    "tentative": "an unknown word out of a typist’s reach, which readers judged correct in about one finding of seven: no known word is spelled with its consonants in their order within half its letters in edits (a typist who cannot spell “literature” writes “litriture”, keeping the consonants and guessing the vowels), the search for suggestions finds none, and it is no two words run together. Such a word is most often a term no list holds: a new drug’s name (“relamorelin”, “mibampator”), a chemical, an herb, a brand or a coinage (“exergaming”). Also the other dialect’s telling spelling (“centre”, “metre”, “orthopaedics”, “behavior”, “randomised”: the -re, -our, -ise, ae and oe spellings the dialect guess counts) in an article whose dialect `language: auto` guessed rather than the configuration set, which readers judged correct in one finding of seven: a quote’s, a department’s or a house style’s spelling more often than a slip.",
    "docs": {
      "summary": "Flags misspelled words, with suggestions, in the article’s dialect (en-US or en-GB).",
      "rationale": "Misspellings cost a health article its credibility, and a misspelled drug or condition name can send a reader to the wrong search result.",
      "guideline": "Hunspell dictionaries (dictionary-en, dictionary-en-gb) plus drug names from Drugs@FDA, reviewed health terms, MeSH and Disease Ontology words, and places, sponsors, companies and first names (accepted only capitalised; notices in `dictionaries/NOTICE-vocabulary.md`). `language: auto` picks the dialect from the article’s own spellings, and an article that is not clearly one dialect accepts both (the other dialect’s words the check finds count against the article’s own: “analog” beside two “randomised” makes a mixed text; an agent noun in “-or” whose “-er” form the British list holds, “advisor” beside “adviser”, is both dialects’).\n\nA capitalised word inside a sentence that no list knows is taken for a name unless a drug’s name is one edit away (“Cumadin”) where the article names no brand or company by that spelling (“the Genecept test”, “the Progensa PCA3 test”, “purchased by Veracyte”), a long one is a slip from a listed surname (“Freundenberger” → “Freudenberger”) that is no listed surname with a family-name ending (“Hadley Johnsonbaugh”: “Johnson” + “-baugh”), or the article spells it another way elsewhere; at a sentence’s start or in a title-case headline, a dictionary word one edit away makes it a misspelling, unless the sentence says what a company or a product does or is (“Ainsulin has made peanut flour into a medicine”, “Activix is one of a number of yogurts”) and the word reads as no slip of a known word: only its first letter sets it apart from an everyday word, or a key far from the other from a rarer one (“Reserch has made progress” is a slip). Words run together with a capital (“CenterThe”, “ContactDorothy Hornbeck”) are flagged, unless the article writes the same spelling again, as a brand that joins a word and a name does (“ExcelVite Sdn. Bhd.” beside “ExcelVite”).\n\nLower-case words English builds (closed compounds such as “jumpstart”, “bleedings”), also capitalised by a sentence’s start, and a term the article writes three times alike are accepted unless a known word is one edit away or it splits into two words (“fourmonths”); a closed compound of two common words English compounds freely, each heading or ending many compounds of the dictionary (“bloodwork”: “bloodstream”, “homework”), also when only a rarer known word is one edit away (“bloodworm”) and no everyday one (“keyhold”) unless the article writes it, but not a part English compounds little with or a suffix (“bearword”, “severless”); a clipping of a known word the article writes in full (“glute” beside “gluteus”) unless the article writes a word one edit from it; “re-”, “pre-”, “co-”, “un-”, “post-”, “over-”, “non-”, “mid-”, “tele-” words on a known word (“cofounded”, “postrace”, “nonskin”, “midchildhood”, “teledermatology”), “-ist” specialists named after a known word in “-al” or “-ive” (“hospitalists”, “intensivists”), “-er” nouns of a known “-ing” word (“bedwetters”), “-ment” nouns of a known verb (“engraftment”), a known word used as a verb (“lasering”, not a typist’s slip of a known word: “refering”), also in place of a final “e” where no known word is one edit away (“imbalancing”, not “advicing”), and pieces of hyphenated words beside known words or in a hyphenated name (“cath-lab”, “anti-vaxxers”, “Kim Jong-su”) or rhyming with the piece beside them (“wham-bam”, “flip-flop”) unless two letters are swapped from a known word (“well-knwon”), a piece is an everyday word with a letter dropped or doubled (“well-knwn”) that the article does not write in full (“cath-lab” beside “catheters” is a clipping) and, as the last piece, ends no everyday word (“middle-agers”: “agers” ends “managers”), or the article writes a word one edit away; so are contractions and dropped-g forms of everyday words (“there’ll”, “breathin’”), a term after “called” or “also known as” or in the list they open (“also known as lipolysis, lipozap and mesotherapy”) or alone between commas after a noun of its kind (“a similar drug, vilaprisan, …”; but “the drug, metfromin,”, one edit from a known word) or before an apposition saying what kind of thing it is (“viniyoga, a style of hatha yoga”) or alone in quotes (a misspelling too when the text quotes the word it misspells: “the” came out as “hte”), a name followed by its pronunciation with its stress in capitals (“emocha (ee-MOH-kuh)”, whatever word is one edit away), a short form defined beside its long form of two words or more in parentheses (“electronic cigarettes (ecigs)”, and the same short form elsewhere in the article, unless it is one edit from a word of the long form), a pronunciation written out after “pronounced” (“eye va kaf tor”) or quoted alone in parentheses after its word (“qi (‘chee’)”), a medical suffix named with its hyphen (“the suffix -itis”), a listed name in lower case before “syndrome” or “disease”, lists of three unknown names, and two after “such as” or “including” joined by “and” or “or”, neither one edit from a known word (“such as cafestol and kahweol”), an unknown word of six letters or more listed among two known words or more, half of them drugs or health terms, no known word one edit away (“furosemide, cicletanine, pramidosin and etozolin”; but “etozolinn”), a unit’s symbol after a number (“500 ng”), statistical notation beside its value (“df = 2”, “1 df”, “2 sd below the norm”), a taxonomic abbreviation after a genus (“Astragalus spp.”), “olds” after a unit of age (“5 year olds”), a word an editor completed in square brackets when the whole is a word (“pharma[ceutical]”), the words of a loan phrase or Latin medical phrase dictionaries list, written whole (“tour de force”, “en masse”, “vena cava”, “do’s and don’ts”, the German degree “Dr. rer. nat.”), and real words of the large English lists one edit from a common word by an edit no typist makes (a letter added, a key far from the other, the first letter: “crawfish” beside “crayfish”, “wonton” beside “wanton”; or another regular ending on the same known stem: “speeded” beside “speeder”, “gummies” beside “gummiest”, “designee” beside “designer”), unless the article writes a word one edit from them other than another ending of the same stem (“focussed” beside “focusses”). Rare and informal words of SCOWL’s size 80 that read as no typist’s slip of a common word are accepted as written (“backcountry”, “toolbag”), where an everyday word is one edit away only if the article writes no word one edit from them (“smooshes” beside no “smooches”), and never offered as a suggestion. So are a hyphen piece clipping a known word that ends as the piece beside it does (“morbi-mortality”: “morbidity”), a stereodescriptor before a chemical’s name (“dl-ornithine”, “dl-α-tocopherol”), the plural of a particle ending a noun after its verb (“add-ons”), a Latin neuter epithet after a genus (“Foeniculum vulgare”) and a word split around the capitals of an acronym (“co G nitive H e A lth”). Medical word formation is accepted: a decimal prefix written on a unit’s name (“milligray”, unless it reads as a typist’s slip) and a medical suffix on a known term of six letters or more, after a prefix or none (“hypothyroxinemia”, unless a known word is one edit away), and a word of eight letters or more opening with a WHO INN prefix stem that no English word of that length opens with (nal-, cef-, rifa-, nifur-, guan-, perfl-, salazo-: “nalfurafine”, unless a known word is one edit away). So are a word with three foreign words or more within three words either side (“Centre de recherche interdisciplinaire en réadaptation du Montréal”) and an author’s surname in a reference line that opens with two authors given as surname and initials (“Paulsen AJ, Cruickshanks KJ, …”; the words of its title are still checked), and the words of an author list whose items end in affiliation marks (“James Swain Scottsdale Arizona2, mark noar towson md8, …”).\n\nA lower-case word of four letters or fewer that no list holds is flagged only with a sign of a slip, since such words sit one edit from some listed word by chance (“qi”, “neti”, “choy”): a typist’s slip (letters swapped, dropped, doubled, struck on a neighbouring key, the first letter too) of a common word (“ws” for “was”, “qith” for “with”), or a word broken by a space (“cen ter”, “afte rthe”).\n\nTypeset ligatures are read as the letters they join (“signiﬁcantly”); the plural in -ies of a listed term is accepted (“vertebroplasties”); so is a capitalised word after a person’s first name, in a title-case credit line too (“Photo: Anna Brucello/The Daily Ledger”), unless an everyday word is one edit away. Words with letters English does not write that are no English word with an accent added (“zélio”, “Jyväskylä”; but “débilitated”) are foreign words or names. Name particles before a name or inside a foreign one (“de”, “van”, “Centre de recherche”, “Alphen aan den Rijn”), Latin and foreign phrases (“et al.”, “in vivo”, “de novo”), accented words among foreign words or alone on a line (“Español”, a link to the page in another language), ALL-CAPS acronyms, words with digits, URLs (also with a space before “.com”), e-mail addresses, @handles, hashtags, DOIs (and the label “doi” before one, and “pii” or “pmid” before an identifier), a wire release’s “SOURCE” line naming its issuer (“SOURCE kaleo”), a reference numeral run into a known word when more follow (“womeni,ii”), words holding an HTML character reference in plain text (“B&#246;sner”), image credits (the name or handle before a picture agency: “maria lopez / Getty Images”, “warrenlens/iStock”; after “Photo by” or “Credit:”; between a slideshow’s caption and the text that repeats it: “Beans Ana Ruiz Beans are cheap”) and code are never flagged.\n\nA word that is two everyday words run together is offered as those two words (“fourmonths” → “four months”, “whichis” → “which is”), after an everyday word one edit away (“acount” → “account”, then “a count”).\n\n`packages` adds installed cspell or Hunspell dictionary packages; some (`@cspell/dict-medicalterms`) are GPL: you install them in your project, healthlint does not ship them.",
      "howToFix": "Correct the word, or add it to the `words` option, a `dictionary` file or an installed dictionary package (`packages`) when it is a name or term the dictionaries lack."
    },
    "messages": {
      "misspelledWithSuggestion": "Unexpected misspelling `{word}`, expected {suggestions}",
      "misspelled": "Unexpected unknown word `{word}`, check its spelling or add it to `words`",
      "mixedScripts": "Unexpected mixed scripts in `{word}`, expected Latin letters (`{reads}`)",
      "nameSpelledTwoWays": "Unexpected `{word}`: the article also spells it `{other}`"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "words": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "dictionary": {
          "oneOf": [
            {
              "type": "string",
              "minLength": 1
            },
            {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            }
          ]
        },
        "packages": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "suggestions": {
          "type": "boolean"
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: an unknown word out of a typist’s reach, which readers judged correct in about one finding of seven: no known word is spelled with its consonants in their order within half its letters in edits (a typist who cannot spell “literature” writes “litriture”, keeping the consonants and guessing the vowels), the search for suggestions finds none, and it is no two words run together. Such a word is most often a term no list holds: a new drug’s name (“relamorelin”, “mibampator”), a chemical, an herb, a brand or a coinage (“exergaming”). Also the other dialect’s telling spelling (“centre”, “metre”, “orthopaedics”, “behavior”, “randomised”: the -re, -our, -ise, ae and oe spellings the dialect guess counts) in an article whose dialect `language: auto` guessed rather than the configuration set, which readers judged correct in one finding of seven: a quote’s, a department’s or a house style’s spelling more often than a slip."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "words": [],
      "dictionary": [],
      "packages": [],
      "suggestions": true,
      "tentative": false
    },
    "examples": [
      {
        "title": "A misspelled name and word",
        "input": "Burnout was named by Dr Herbert Freundenberger, who recieved many letters.",
        "flags": [
          "Freundenberger",
          "recieved"
        ]
      },
      {
        "title": "Drug names, acronyms, names and British spellings",
        "input": "Esketamine and semaglutide were randomised against placebo in PTSD and COVID-19 by Dr Roulac.",
        "language": "en-GB",
        "flags": []
      },
      {
        "title": "Look-alike Cyrillic or Greek letters inside a Latin word",
        "input": "This tea сures colds. Greek letters in β-blockers, TNFα and 5 µg doses are fine.",
        "flags": [
          "сures"
        ]
      },
      {
        "title": "Foreign words, name particles, addresses and handles",
        "input": "Smith et al. grew the cells in vitro at the Université de Montréal (jamanetworkopen .com/fullarticle, @utmbnews, #hearthealth).",
        "flags": []
      },
      {
        "title": "Loan phrases, units after a number, ages and words an editor completed in brackets",
        "input": "A tour de force, said the pharma[ceutical] firm: 500 ng a day of a racetam for 3 to 5 year olds. The pharma[cuetical] firm left en masse.",
        "flags": [
          "cuetical"
        ]
      },
      {
        "title": "Real words one edit from a common word by an edit no typist makes, unless the article writes that word",
        "input": "A realtor brought crawfish and wonton soup. Nobody wanted crayfish, then crawfish.",
        "flags": [
          "crawfish",
          "crawfish"
        ]
      },
      {
        "title": "A closed compound of two words English compounds freely beside a rarer known word, unless the article writes that word",
        "input": "Her bloodwork came back normal. A bearword and a backtic slipped into the next page.",
        "flags": [
          "bearword",
          "backtic"
        ],
        "language": "en-US"
      },
      {
        "title": "The same compound where the article writes the rarer word one edit away",
        "input": "The bait shop sold bloodworm by the tub, and the owner’s bloodwork came back normal.",
        "flags": [
          "bloodwork"
        ],
        "language": "en-US"
      },
      {
        "title": "Real words of the large English lists with another regular ending than a common word on the same stem",
        "input": "The drug speeded recovery; the chief’s designee handed out gummies. A speeded test.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "Words built from known words: a prefix, an adjective of a condition, adjectives used as nouns",
        "input": "The deconditioned patients used topicals and biologicals; two were dysmorphophobic after their infarctions.",
        "flags": []
      },
      {
        "title": "Words on the prefixes uni-, acu- and ethno-, and drug names or classes on an INN stem no listed drug is one edit from",
        "input": "Unifocal lesions were treated with acustimulation, the gene therapy neparvovec or piretanide; keyhold surgery followed. Its ethnomedical uses differ from fibrates.",
        "flags": [
          "keyhold"
        ]
      },
      {
        "title": "Rhyming compounds, accented words, prefixes and doers the dictionaries leave out",
        "input": "The wham-bam décor of the clinic suited its bedwetters and their caregivers; postrace checks were a flip-flop. It is a well-knwn fact that the beginers came. A bedwetter came too.",
        "flags": [
          "knwn",
          "beginers"
        ]
      },
      {
        "title": "The head of a compound after a known word, one letter longer than an everyday word, unless that letter doubles its neighbour",
        "input": "The quiz-meister read out the well-knoown rules to the middle-agers and a tomatoe-based recipe.",
        "flags": [
          "knoown",
          "tomatoe"
        ]
      },
      {
        "title": "A clipping of a word the article writes in full, not a compound one edit from a known word",
        "input": "Squeeze your glute muscles: the gluteus medius steadies the hip. Her keyhold scar healed.",
        "flags": [
          "keyhold"
        ]
      },
      {
        "title": "No clipping: an everyday word with its last letter dropped, beside a longer word it opens",
        "input": "The drug was effective, but the effec wore off as the dose kept increasing. Each week it would increas.",
        "flags": [
          "effec",
          "increas"
        ]
      },
      {
        "title": "An agent noun in “-or” whose “-er” form the British list holds, in a British article",
        "input": "The medical advisor to the charity said the colour of the tumour changed.",
        "flags": [],
        "language": "en-GB"
      },
      {
        "title": "A term between commas after a noun naming its kind, two unknown examples after “such as”, unless a known word is one edit away",
        "input": "Bayer tested a similar drug, zelvaprisan, last year; the drug, metfromin, came next. Coffee holds compounds such as quorvanol and tezhweol, and others such as metfromin and insulin.",
        "flags": [
          "metfromin",
          "metfromin"
        ]
      },
      {
        "title": "Real words of the large lists one edit apart by another ending of one stem",
        "input": "She focussed on sleep and focusses on diet. The drug was resistent to heat.",
        "flags": [
          "resistent"
        ],
        "language": "en-GB"
      },
      {
        "title": "A real word of the large lists beside its own singular or plural one edit away",
        "input": "The senator was no demagogue, but demagogs thrive on fear, said one demagog.",
        "flags": [
          "demagogs",
          "demagog"
        ],
        "language": "en-US"
      },
      {
        "title": "A known word used as a verb (also in place of its final “e”), “-ment” nouns of “en-” verbs, “non” on a short word, a respelling in parentheses",
        "input": "Lasering the scar helped; engraftment was quick in nonskin cancers. The refering doctor agreed. Qi (\"chee\") flows. The diuretic kept imbalancing his salts. Nurses kept advicing rest.",
        "flags": [
          "refering",
          "advicing"
        ]
      },
      {
        "title": "A word and a name run together that the article writes twice (a brand as it styles itself), a term defined by the apposition after it",
        "input": "The oil came from HealthVite. A manager at HealthVite Sdn. Bhd. agreed. The class taught drovinyoga, a style of hatha yoga.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same shapes written once, or one edit from a known word",
        "input": "A manager at HealthVite Sdn. Bhd. agreed. The class taught yogga, a style of exercise, and drovinyoga daily.",
        "flags": [
          "HealthVite",
          "yogga",
          "drovinyoga"
        ],
        "language": "en-US"
      },
      {
        "title": "An unknown word listed among drugs the lists know, a name opening a sentence that says what a company or product does or is",
        "input": "Trials compared furosemide, cicletanine, pramidosin and etozolin. Ainsulin has made peanut flour into a medicine. Activix is one of a number of yogurts.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same words elsewhere, a slip of a listed drug, a list of everyday words, slips of known words before the same predicates",
        "input": "Patients took pramidosin daily; others took furosemide, cicletanine, etozolinn and piretanide, or had fever, cough, pramidosin and nausea. Ainsulin helps. Emotiva is one of a number of yogurts. Reserch has made progress.",
        "flags": [
          "pramidosin",
          "etozolinn",
          "pramidosin",
          "Ainsulin",
          "Emotiva",
          "Reserch"
        ],
        "language": "en-US"
      },
      {
        "title": "Rare and informal words of the large English lists, a hyphen piece clipping a word that ends as its neighbour does, a stereodescriptor before a chemical",
        "input": "Officials bloviated about the fourteener and the catface. The hikers smoosh their food. Rates of morbi-mortality fell. Patients took dl-ornithine and dl-α-tocopherol.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "A rare word where the article writes the everyday word one edit away, a clipped piece beside a word it does not end like",
        "input": "The hikers smoosh their food and smooch. The morbi-weather was bad.",
        "flags": [
          "smoosh",
          "morbi"
        ],
        "language": "en-US"
      },
      {
        "title": "A name spelled two ways in one article",
        "input": "Dr Anna Kowalczyk led the trial. Patients of Dr Kowalcyzk improved.",
        "flags": [
          "Kowalcyzk"
        ]
      },
      {
        "title": "Ligatures of typeset text, words with letters English does not write, plurals of listed terms, credit lines",
        "input": "The ﬁrst dose was eﬀective, said the head of the start-up zélio. Surgeons did 40 vertebroplasties.\n\nPhoto: Anna Brucello/The Daily Ledger\n\nwarrenlens/iStock/Thinkstock\n\nThe eﬀect was signiﬁcanlty larger in débilitated patients.",
        "flags": [
          "signiﬁcanlty",
          "débilitated"
        ]
      },
      {
        "title": "Short words the lists lack, unless they show a slip or a broken word",
        "input": "Move your qi, zzz and npj with a gyno; it ws kind, said the cen ter.",
        "flags": [
          "ws",
          "cen",
          "ter"
        ]
      },
      {
        "title": "A short term the article writes three times alike, a term it introduced, a hyphenated term of unknown pieces, a cited title’s spelling",
        "input": "Corn masa is ground; masa flour keeps; fortified masa lasts. A protein called trowaglerix helps, and trowaglerix blocks GPVI. Steam baths, chai-yok, are rare. The paper, “A double-blind, randomised controlled study of the vaccine,” was published in June.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same words once, beside a known piece, or outside a title (with the tentative option, which shows the lone term out of a typist’s reach)",
        "input": "Corn masa is ground. Designing a molecule on trowaglerix worked. It is a well-knwn fact. We randomised them.",
        "options": {
          "tentative": true
        },
        "flags": [
          "masa",
          "trowaglerix",
          "knwn",
          "randomised"
        ],
        "language": "en-US"
      },
      {
        "title": "Plurals of known nouns the article writes in the singular, “-y” adjectives of everyday nouns, open compounds the dictionaries list",
        "input": "Colds and flus spread as the flu does; a few sneezy days; a pluggy look. We ate bok choy and chia seed with a cup of joe, then used a neti pot. The womens ward was abrupty shut; we ate bok.",
        "flags": [
          "womens",
          "abrupty",
          "bok"
        ]
      },
      {
        "title": "Word formation: a prefix on a known word, two medical words joined by “o”, a drug by its INN stem, a clipping after a capital",
        "input": "Deworming programs cut the underuse of care. The zygomaticotemporal branch was cut; holotranscobalamin rose. A similar drug, dalcetrapib, failed. It raises T regulatory cells; T regs calm the immune system.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same shapes as slips: a stem word one edit from a known drug, a prefix on a slip, a lone clipping",
        "input": "Patients took ipilumumab or ancetrapib. The overal rate fell in the undergound clinic. T regs calm it.",
        "flags": [
          "ipilumumab",
          "ancetrapib",
          "overal",
          "undergound",
          "regs"
        ],
        "language": "en-US"
      },
      {
        "title": "A decimal prefix on a unit’s name, a medical suffix on a known term, a foreign passage, an author in a reference line",
        "input": "The scan delivers 8.8 milligray; transient hypothyroxinemia is common. She works at the Centre de recherche interdisciplinaire en réadaptation du Montréal métropolitain.\n\nPaulsen AJ, Cruickshanks KJ, Fischer ME, et al. Relation between congnitive activity and mortality.",
        "flags": [
          "congnitive"
        ],
        "language": "en-US"
      },
      {
        "title": "A listed surname with a family-name ending after a first name, gene therapies by their INN stem",
        "input": "Co-authors included Hadley Johnsonbaugh of UCLA. The study used onasemnogene and voretigene.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same words as slips, alone in English prose, or a surname outside a reference line",
        "input": "The scan delivers 8.8 milligrey; hypothyroxinemai is common. The interdisciplinaire team met, Dr Cruickshanks said.",
        "flags": [
          "milligrey",
          "hypothyroxinemai",
          "interdisciplinaire",
          "Cruickshanks"
        ],
        "language": "en-US"
      },
      {
        "title": "Care at a distance, a point in a span, a specialist named after a word in -al or -ive",
        "input": "Hospitalists and intensivists now offer teledermatology and telerehabilitation. Growth slowed in midchildhood and at midgestation.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same prefixes on a typist’s slip, and the specialist’s base word misspelled",
        "input": "The telephoen rang at the midel of the night. The hospitolist came.",
        "flags": [
          "telephoen",
          "midel",
          "hospitolist"
        ],
        "language": "en-US"
      },
      {
        "title": "The label “doi” without its colon before a DOI",
        "input": "Snakebite calls to a poisons service. Online First doi 10.1136/emermed-2012-201587",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "A name holding an HTML character reference, in plain text scraped from a page",
        "input": "Stefan B&#246;sner and his colleagues write in the Deutsches &#196;rzteblatt.",
        "format": "text",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "Statistical notation beside its value, and a taxonomic abbreviation after a genus",
        "input": "Heterogeneity was low (Chi² = 4.90, df = 2; 1 df for the model), scores fell 2 sd below the norm, and extracts of Astragalus spp. were used.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same letters away from a number or a genus",
        "input": "The df was large and the sd was not; the spp grew.",
        "flags": [
          "df",
          "sd",
          "spp"
        ],
        "language": "en-US"
      },
      {
        "title": "A drug’s name by its INN prefix stem, unless a known word is one edit away",
        "input": "Patients took nalfurafine or rifalazil; others took naloxome.",
        "flags": [
          "naloxome"
        ],
        "language": "en-US"
      },
      {
        "title": "A slideshow’s picture credit between its caption and the text that repeats it, and the same handle in prose",
        "input": "Leafy greens fotolinne Leafy greens are rich in folate.\n\nBeans Ana Ruiz Beans are cheap.\n\nRed meat, says fotolinne, is fine.",
        "flags": [
          "fotolinne"
        ],
        "language": "en-US"
      },
      {
        "title": "Held back: unknown words out of a typist’s reach (with the tentative option)",
        "input": "Patients took relamorelin or mibampator, and some tried exergaming.",
        "options": {
          "tentative": true
        },
        "flags": [
          "relamorelin",
          "mibampator",
          "exergaming"
        ],
        "language": "en-US"
      },
      {
        "title": "Held back: unknown words out of a typist’s reach",
        "input": "Patients took relamorelin or mibampator, and some tried exergaming.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "Shown: a slip that keeps a known word’s consonants, with no suggestion",
        "input": "The litriture on it was perminantly unessasarily long.",
        "flags": [
          "litriture",
          "perminantly",
          "unessasarily"
        ],
        "language": "en-US"
      },
      {
        "title": "A name followed by its pronunciation, a short form defined beside its long form, the names “also known as” lists",
        "input": "Patients used an app called plivoria (plih-VOR-ee-uh) daily. Smokers tried electronic cigarettes (ecigs), and ecigs helped. The method is also known as fat melting, lipozap, and mesotherapy.",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same words without their pronunciation, long form or naming phrase, and a word mistyped beside its long form",
        "input": "Patients used the app plivoria daily, and emocha too. Smokers tried ecigs. The method, like lipozap, failed. The treatmnet (treatment plan) worked.",
        "flags": [
          "plivoria",
          "emocha",
          "ecigs",
          "lipozap",
          "treatmnet"
        ],
        "language": "en-US"
      },
      {
        "title": "A brand named once before its product’s noun, a reference line’s “pii”, a release’s SOURCE line, run-in reference numerals, degrees and idioms",
        "input": "The Xarelta DX2 test is new. Doctors tested Xarelta in 900 men; it is common in womeni,ii. A list of do’s and don’ts, a cup o’ joe, and a Dr. rer. nat. degree.\n\nEur Urol Focus. 2017. pii: S2405-4569(17)30160-8\n\nSOURCE kaleo",
        "flags": [],
        "language": "en-US"
      },
      {
        "title": "The same words where no brand, identifier or further numeral is named",
        "input": "Doctors tested Xarelta in 900 men. The pii was kind. It is common in womeni.",
        "flags": [
          "Xarelta",
          "pii",
          "womeni"
        ],
        "language": "en-US"
      },
      {
        "title": "An author list whose items end in affiliation marks, in whatever case, and the same names in prose",
        "input": "Ann Lee Boston MA1, Raj Patel Austin TX2, Wu Chen Dallas TX3, lena sorvik tampa fl4, Omar Ali Reno NV5.\n\nWe met lena sorvik in tampa.",
        "flags": [
          "lena",
          "sorvik",
          "tampa"
        ],
        "language": "en-US"
      },
      {
        "title": "The other dialect’s telling spelling in an article whose dialect was guessed: held back (shown with the tentative option)",
        "input": "The center measured the color of each tumor. Tumors changed behavior in the theatre of the center, and the team recieved the data.",
        "flags": [
          "recieved"
        ]
      },
      {
        "title": "The same spelling where the configuration sets the dialect",
        "input": "The center measured the color of each tumor. Tumors changed behavior in the theatre of the center, and the team recieved the data.",
        "flags": [
          "theatre",
          "recieved"
        ],
        "language": "en-US"
      },
      {
        "title": "The plural of a particle ending a noun after its verb, and the same letters alone",
        "input": "Molecular add-ons absorb blue light; the ons of the trial were few.",
        "flags": [
          "ons"
        ],
        "language": "en-US"
      },
      {
        "title": "Personal words",
        "input": "We tested the zorblax protocol.",
        "options": {
          "words": [
            "zorblax"
          ]
        },
        "flags": []
      }
    ]
  },
  {
    "id": "unqualified-efficacy-claim",
    "scope": "text",
    "docs": {
      "summary": "Flags benefit claims stated as certain (“cures”, “reverses”, “clinically proven”, “highly effective”, “more effective than”) with no hedge and no citation.",
      "rationale": "Readers act on efficacy claims. Few treatments cure or reverse anything, and a claim that sounds certain hides how small, early or uncertain the evidence is. It leaves out testimony (“this helps with the emotions,” says a trial participant; “I found it helpful”): one person telling their own experience is not a claim about the evidence, and a hedge or a citation would not fix it; a testimony of a cure is still flagged. It also leaves out a test’s accuracy (“superior to troponin for identifying patients at risk”) unless `testAccuracy` is on: accuracy is not a treatment’s benefit, and what it needs is sensitivity and specificity. A claim must be about an intervention: a treatment, test or practice named in its clause (by name, by a class noun such as “the drug” or “this procedure”, or as an act: “extending dosing intervals reduces …”), a pronoun whose antecedent in the two sentences before is one, or a means named after it (“… through a simple solution”); a person, a lifestyle, saliva, criteria, research or a disease as subject claims nothing a reader could take. A claim credited with “according to” to a named organisation or study is that source’s, not the article’s. A named expert’s quoted claim is still a claim (JUDGING.md: wording in a named expert’s quote is judged like any other wording), but one whose sentence names its speaker is held back as tentative: over every verdict read to round 11, 30 such findings were judged 8 correct, 13 debatable and 9 wrong.",
      "guideline": "HealthNewsReview.org criteria 2 and 5; FTC Health Products Compliance Guidance (2022); ASA CAP Code rule 12 (medicines and health claims).",
      "howToFix": "Say what the evidence shows and how strong it is (“in a 2021 trial of 60 adults, symptoms eased in about half”), hedge the claim (“may help”), and cite the study."
    },
    "tentative": "seven shapes of claim in the article’s body (never its headline, and never a comparison, a superlative or an absolute claim such as “cures” or “clinically proven” but in the two that say “comparison or not”), which readers of real articles judged debatable or wrong more often than right: a claim whose sentence names who says it (“…,” said Dr Smith; Smith says …), usually a speaker’s view or background; a claim whose treatment is not named in its own clause but only in an earlier sentence (“It also reduces cramping”, “This helps people breathe”), outside a quotation, usually an explanation of a treatment already named; a plain “effective” with no comparison and no research or evidence named in its sentence (“Bisphosphonates are highly effective”), usually background on an established treatment; and, after the opening paragraph, two more: what a treatment “can” do (“folic acid supplementation can prevent spina bifida”), but not advice that people can act (“people can ward off the disease by taking …”), and a claim credited to earlier evidence in the present perfect (“TMS has been shown to be effective”, “studies have shown that the diet reduces …”), both usually background on what is already known about a treatment, and neither in the passive (“symptoms can be alleviated”), which states what the article offers; and an efficacy adjective on a noun in passing, comparison or not (“patients using more effective statins”, “eligible for highly effective therapy”), which presupposes a benefit while the sentence says something else, not when it is said of a treatment (“is the most effective drug”) or names one (“the most effective treatment is …”); and, after the opening paragraph, a claim passed on in indirect speech by a pronoun or a group, comparison or not, a fragment it quotes included (“He said the surgery … shortens recovery time”, “researchers stress the drugs are effective”, “they conclude that egg storage is “the most effective option””), or credited “according to” a person: a speaker’s view, not the article’s claim.",
    "messages": {
      "claim": "Unexpected unqualified efficacy claim `{actual}`, expected a hedge such as `{hedge}` or a citation"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "scope": {
          "enum": [
            "sentence",
            "paragraph",
            "section"
          ],
          "description": "Where a citation must be: sentence, paragraph or section."
        },
        "studyHeadlines": {
          "type": "boolean",
          "description": "Whether to flag a headline that credits its claim to research (“X cuts pain, study finds”). Off by default: a headline has no room for a hedge or a citation, and naming the study is the attribution it can give; editors differ on these."
        },
        "testAccuracy": {
          "type": "boolean",
          "description": "Whether to flag a test’s accuracy stated as certain (“superior to troponin for identifying patients at risk”, “more accurate than standard analyses”). Off by default: accuracy is not a treatment’s benefit, and what it needs is the test’s sensitivity and specificity."
        },
        "extraTerms": {
          "type": "array",
          "maxItems": 10000,
          "items": {
            "type": "object",
            "required": [
              "id",
              "match"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "description": "A kebab-case id, shown in reports."
              },
              "match": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 200
                },
                "description": "Words or phrases to flag; a space matches spaces or hyphens, `*` ends a word with any ending."
              },
              "prefer": {
                "type": "string",
                "maxLength": 200,
                "description": "The replacement, offered as a quick fix."
              },
              "message": {
                "type": "string",
                "maxLength": 300,
                "description": "What to tell the writer."
              },
              "caseSensitive": {
                "type": "boolean",
                "description": "Match the case as written (default: ignore case)."
              }
            }
          },
          "description": "More terms to flag, as `{ id, match, prefer?, message? }`."
        },
        "allow": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": "Lexicon entry ids or phrases never to flag."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: seven shapes of claim in the article’s body (never its headline, and never a comparison, a superlative or an absolute claim such as “cures” or “clinically proven” but in the two that say “comparison or not”), which readers of real articles judged debatable or wrong more often than right: a claim whose sentence names who says it (“…,” said Dr Smith; Smith says …), usually a speaker’s view or background; a claim whose treatment is not named in its own clause but only in an earlier sentence (“It also reduces cramping”, “This helps people breathe”), outside a quotation, usually an explanation of a treatment already named; a plain “effective” with no comparison and no research or evidence named in its sentence (“Bisphosphonates are highly effective”), usually background on an established treatment; and, after the opening paragraph, two more: what a treatment “can” do (“folic acid supplementation can prevent spina bifida”), but not advice that people can act (“people can ward off the disease by taking …”), and a claim credited to earlier evidence in the present perfect (“TMS has been shown to be effective”, “studies have shown that the diet reduces …”), both usually background on what is already known about a treatment, and neither in the passive (“symptoms can be alleviated”), which states what the article offers; and an efficacy adjective on a noun in passing, comparison or not (“patients using more effective statins”, “eligible for highly effective therapy”), which presupposes a benefit while the sentence says something else, not when it is said of a treatment (“is the most effective drug”) or names one (“the most effective treatment is …”); and, after the opening paragraph, a claim passed on in indirect speech by a pronoun or a group, comparison or not, a fragment it quotes included (“He said the surgery … shortens recovery time”, “researchers stress the drugs are effective”, “they conclude that egg storage is “the most effective option””), or credited “according to” a person: a speaker’s view, not the article’s claim."
        }
      },
      "additionalProperties": false
    },
    "skip": [
      "boilerplate",
      "reference",
      "caption",
      "furniture"
    ],
    "defaults": {
      "scope": "sentence",
      "studyHeadlines": false,
      "testAccuracy": false,
      "tentative": false
    },
    "examples": [
      {
        "title": "What earlier work had found, in the past perfect; benefits as what a team found; a claim scoped to the speaker’s own practice (round 27)",
        "input": "Knee braces\n\nA new trial looked at knee braces for runners.\n\nEarlier research had also concluded that the two braces are similarly effective, but the new trial is larger. Dr. Moss and colleagues found major lasting benefits to the runners’ knees. “In my sports practice, the brace has been one of the most effective tools for knee pain,” Moss said.",
        "flags": []
      },
      {
        "title": "Still claims: the same benefits and the superlative in the article’s voice",
        "input": "Knee braces\n\nA new trial looked at knee braces for runners.\n\nThe two braces are similarly effective. The brace brings major lasting benefits to the runners’ knees. The brace is one of the most effective tools for knee pain.",
        "flags": [
          "effective",
          "benefits",
          "most effective"
        ]
      },
      {
        "title": "A fragment quoted inside indirect speech after the opening paragraph, and a claim scoped before it to the patients it suits (round 27)",
        "input": "Knee braces\n\nA new trial looked at knee braces for runners.\n\nThey conclude that a custom brace is “the most effective option for runners.” For the right patient, the brace eases knee pain.",
        "flags": []
      },
      {
        "title": "Still shown: a direct quote after a comma, and the claim not scoped to the patients it suits",
        "input": "Knee braces\n\nA new trial looked at knee braces for runners.\n\nHe said, “A custom brace is the most effective option for runners.” The brace eases knee pain.",
        "flags": [
          "most effective",
          "eases"
        ]
      },
      {
        "title": "The fragment quoted inside indirect speech, when `tentative` is on",
        "input": "Knee braces\n\nA new trial looked at knee braces for runners.\n\nThey conclude that a custom brace is “the most effective option for runners.”",
        "options": {
          "tentative": true
        },
        "flags": [
          "most effective"
        ]
      },
      {
        "title": "A claim passed on in indirect speech after the opening paragraph, evidence said to exist, a cure weighed against its cost, an efficacy adjective in passing after a comma (round 26)",
        "input": "Knee braces\n\nA new study looked at knee braces for runners.\n\nResearchers stress the brace is effective at preventing falls. According to Hansen, the brace eases knee pain in runners. There’s evidence that the brace cuts the risk of falls. Custom braces can cure the problem, but they’re expensive. As makers learned more, more effective braces followed.",
        "flags": []
      },
      {
        "title": "The indirect speech and the adjective in passing, when `tentative` is on",
        "input": "Knee braces\n\nA new study looked at knee braces for runners.\n\nResearchers stress the brace is effective at preventing falls. According to Hansen, the brace eases knee pain in runners. As makers learned more, more effective braces followed.",
        "options": {
          "tentative": true
        },
        "flags": [
          "is effective",
          "eases",
          "more effective"
        ]
      },
      {
        "title": "Still claims: indirect speech in the opening paragraph, and the same claims in the article’s voice",
        "input": "Knee braces\n\nResearchers stress the brace is effective at preventing falls.\n\nThe brace eases knee pain in runners. The brace cuts the risk of falls. Custom braces can cure the problem.",
        "flags": [
          "is effective",
          "eases",
          "cuts the risk",
          "can cure"
        ]
      },
      {
        "title": "A headline crediting its claim to a named body after a colon, and to an unnamed report (round 26)",
        "input": "# New knee brace effective for runners: FDA staff\n\nThe brace was tested.\n\n# New knee brace effective for runners: report\n\nThe brace was tested.",
        "flags": [
          "effective"
        ]
      },
      {
        "title": "An efficacy adjective on a noun in passing and a ranking’s place (round 25)",
        "input": "Patients taking more effective inhalers had fewer attacks. More women are now eligible for highly effective laser therapy.\n\nThe gel was ranked the most effective treatment for itch, followed by the cream.",
        "flags": []
      },
      {
        "title": "An efficacy adjective on a noun in passing, when `tentative` is on",
        "input": "Patients taking more effective inhalers had fewer attacks. More women are now eligible for highly effective laser therapy.",
        "options": {
          "tentative": true
        },
        "flags": [
          "more effective",
          "highly effective"
        ]
      },
      {
        "title": "Still claims: the adjective said of a treatment or naming one, and a comparison in the article’s voice",
        "input": "The inhaler is the most effective treatment for asthma. The most effective treatment is laser therapy. Acupuncture is a safe and effective alternative to painkillers. The spray is more effective than the cream.",
        "flags": [
          "most effective",
          "most effective",
          "effective",
          "more effective than"
        ]
      },
      {
        "title": "A share of people before the claim, a view once held, a guarantee of something else, a comparison measured in a substance made or a test’s sensitivity (round 25)",
        "input": "In about a third of patients, the pill improves their walking. After a year, one woman in three stops bleeding with the coil. The thinking has been that fish oil lowers cholesterol. The new rules are almost guaranteed to prompt confusion. The new pill is better than aspirin in terms of the amount of nitric oxide produced. The sensitivity of the new stool test is much better than that of the old one.",
        "flags": []
      },
      {
        "title": "Still claims: the same benefits for everyone, in the article’s voice, guaranteed, or on health",
        "input": "The pill improves walking in people with MS. Fish oil lowers cholesterol. The cream is guaranteed to ease eczema. The new pill is better than aspirin at easing pain.",
        "flags": [
          "improves",
          "lowers cholesterol",
          "guaranteed",
          "better than"
        ]
      },
      {
        "title": "An estimate restated in words, a trial’s own controls, a limit on a benefit (round 23)",
        "input": "The hazard ratio for survival is 0.80 (0.70 to 0.91). This means that the drug reduces the risk of death by a fifth.\n\nTalking therapy works better in easing low mood, when compared with a waiting list.\n\nThe higher rate of infection after surgery reduces its benefit.",
        "flags": []
      },
      {
        "title": "Still claims: the same words with no estimate before them, no trial’s control, a harm reduced",
        "input": "The trial ran for two years. This means that the drug reduces the risk of death by a fifth.\n\nTalking therapy works better than drugs in easing low mood.\n\nThe drug reduces its side effects.",
        "flags": [
          "reduces the risk",
          "works better than",
          "reduces"
        ]
      },
      {
        "title": "How it acts, a quoted grade, the people it works for, a limited basis (round 23)",
        "input": "By blocking the TNF receptor, the new drug prevents inflammation. There is only ‘moderate’ evidence that the pill helps patients. She is one of the children for whom the treatment works. The gel relieves pain, based on limited data.",
        "flags": []
      },
      {
        "title": "Still claims: the same benefits stated outright",
        "input": "The new drug prevents inflammation. The pill helps patients. The treatment works. The gel relieves pain.",
        "flags": [
          "prevents",
          "helps patients",
          "works",
          "relieves"
        ]
      },
      {
        "title": "A disease or germ helped, and a test’s accuracy, are no benefit (round 23)",
        "input": "Burning fat helps the tumour escape hormone therapy. The extract enhances the growth and virulence of the bacteria. The new score is better than the old one in determining the risk of liver disease.",
        "flags": []
      },
      {
        "title": "Still claims: a person helped, and a treatment compared",
        "input": "Burning fat helps the patient lose weight. The new drug is better than the old one in treating liver disease.",
        "flags": [
          "helps",
          "better than"
        ]
      },
      {
        "title": "Claims named, not made: left open, hearsay, advertising, given as evidence (round 17)",
        "input": "Whether the cream cures eczema has not been investigated. Which of the drugs is the most effective cannot be answered. The tea is said to have cured many people of cancer. Sellers advertise that the bracelet is clinically proven. There are strong indications that the smoking ban improves health.",
        "flags": []
      },
      {
        "title": "A review’s own result, stated with its pooled estimate (round 19)",
        "input": "Five trials compared chemotherapy with radiotherapy. Chemotherapy reduces the risk of recurrence outside the pelvis (RR = 0.79 (0.68 to 0.92); NNT = 20).",
        "flags": []
      },
      {
        "title": "The same claim without the estimate is a conclusion stated as fact",
        "input": "Five trials compared chemotherapy with radiotherapy. Chemotherapy reduces the risk of recurrence outside the pelvis.",
        "flags": [
          "reduces the risk"
        ]
      },
      {
        "title": "A cure claim",
        "input": "This tea cures anxiety.",
        "flags": [
          "cures"
        ]
      },
      {
        "title": "“Can” is not a hedge",
        "input": "Ketamine can reverse depression within hours.",
        "flags": [
          "can reverse"
        ]
      },
      {
        "title": "A hedged claim",
        "input": "In a small trial, the drug may have eased symptoms.",
        "flags": []
      },
      {
        "title": "A negated claim",
        "input": "Vitamin C does not cure colds.",
        "flags": []
      },
      {
        "title": "A cited claim",
        "input": "The drug is highly effective against migraine ([Lee et al., 2022](https://doi.org/10.1000/x)).",
        "flags": []
      },
      {
        "title": "A benefit stated as fact",
        "input": "Talking therapy over the phone improves symptoms of chronic pain.",
        "flags": [
          "improves symptoms"
        ]
      },
      {
        "title": "A benefit verb outside the lexicon",
        "input": "Manuka honey curbs wound infections.",
        "flags": [
          "curbs"
        ]
      },
      {
        "title": "A plural subject",
        "input": "Fish oil capsules reduce the risk of gout.",
        "flags": [
          "reduce"
        ]
      },
      {
        "title": "A past result and the body at work",
        "input": "Blood sugar improved in both groups. Estrogen helps protect bone health.",
        "flags": []
      },
      {
        "title": "An opinion, a prediction and graded evidence",
        "input": "Patients perceived the costly pill to be more effective than the cheap one. The pair will be more effective than either drug alone. There is moderate-quality evidence that it reduces pain. The task force estimates it reduces deaths.",
        "flags": []
      },
      {
        "title": "A mechanism",
        "input": "It is an antibody that works by binding a protein on tumour cells.",
        "flags": []
      },
      {
        "title": "How a drug acts at its target, and the body acting with its help",
        "input": "The pill fights lymphoma by blocking a protein on tumour cells. The pill fights lymphoma in older patients. Allergy shots help teach the body to better tolerate pollen. The eye fluid is rich in the vitamin, which prevents oxidation of the lens proteins.",
        "flags": [
          "fights"
        ]
      },
      {
        "title": "A claim conceded to be weighed, and a result of a study counted among others",
        "input": "Despite a broad agreement that the brace works, many questions remain. A second study showed that the new pill also extends survival in older patients. The new pill extends survival in older patients.",
        "flags": [
          "extends survival"
        ]
      },
      {
        "title": "How a drug acts on the body, and some unnamed drugs",
        "input": "The enzyme dissolves clots and restores blood flow to the brain. One drug blocks a growth signal, the other boosts the immune system. Some drugs are more effective than others.",
        "flags": []
      },
      {
        "title": "An organisation",
        "input": "The agency also improves patient safety by checking labels.",
        "flags": []
      },
      {
        "title": "The title of a cited paper",
        "input": "The study, “Daily Walnut Intake Improves Mood in Young Adults”, appears in Nutrients.",
        "flags": []
      },
      {
        "title": "Reported speech from a named expert",
        "input": "“It is highly effective,” said Dr Jane Smith, who led the trial.",
        "flags": []
      },
      {
        "title": "A ranking scale, a claim weighed in the same sentence and one person’s experience",
        "input": "Treatments were ranked from one to five, with one being the most effective. CBD is an effective drug for this epilepsy but not a cure-all. “For me it’s extremely effective,” says one patient.",
        "flags": []
      },
      {
        "title": "A survival claim",
        "input": "# Irreversible Electroporation Nearly Doubles Overall Survival\n\nThe registry followed 150 patients.",
        "flags": [
          "Doubles Overall Survival"
        ]
      },
      {
        "title": "A prediction and a calculation",
        "input": "The pill will reduce the need for surgery. His team calculated that screening cuts deaths by 71 percent.",
        "flags": []
      },
      {
        "title": "A footnote marker after the full stop",
        "input": "Naloxone reverses an overdose within minutes.[11] It is sold over the counter.",
        "flags": []
      },
      {
        "title": "A benefit in other wordings: a capacity, people who benefit, a passive, a causative",
        "input": "The pill has the power to reduce asthma attacks. Adults with gout benefit from the new diet. Migraine pain is relieved by acupuncture. The new drug tricks the liver into burning fat.",
        "flags": [
          "reduce",
          "benefit from",
          "is relieved by",
          "tricks"
        ]
      },
      {
        "title": "What people can do, a share of them and the size of a change",
        "input": "With the implant, doctors are able to prevent vision loss. Some patients benefit from surgery. Symptoms are reduced by half.",
        "flags": []
      },
      {
        "title": "A past result and a requirement",
        "input": "At one year, the injection was superior to surgery. We need evidence that it is effective. It only works on a small subset of patients.",
        "flags": []
      },
      {
        "title": "A claim that research is said to show, in the present tense",
        "input": "The researchers found that the new pill improves sleep in older adults.",
        "flags": [
          "improves sleep"
        ]
      },
      {
        "title": "A headline that credits a study",
        "input": "# Choir singing boosts immune activity, study shows\n\nChoirs met weekly.",
        "flags": []
      },
      {
        "title": "The same headline when `studyHeadlines` is on",
        "input": "# Choir singing boosts immune activity, study shows\n\nChoirs met weekly.",
        "options": {
          "studyHeadlines": true
        },
        "flags": [
          "boosts"
        ]
      },
      {
        "title": "“Can” does not soften a prevention claim",
        "input": "Daily ibuprofen can prevent Alzheimer’s disease.",
        "flags": [
          "can prevent"
        ]
      },
      {
        "title": "Keeping people from acting, an aim and a conceded claim",
        "input": "Cost and stigma prevent many from seeking help. Finding drugs that are effective is hard. While surgery can be very effective, it often leaves scars.",
        "flags": []
      },
      {
        "title": "A claim set out in order to be checked",
        "input": "The Claim: Bergamot extract lowers cholesterol.\n\nThe Verdict: Two small trials agree.",
        "flags": []
      },
      {
        "title": "A review’s own summary states its results",
        "input": "We included 12 trials with 9,000 people. Aspirin reduces the risk of stroke.",
        "flags": []
      },
      {
        "title": "A claim made conditional by the sentence before it",
        "input": "If we take this research at face value, we learn a few things. First, some exercise reduces your risk of death.",
        "flags": []
      },
      {
        "title": "Testimony from a trial participant and from a user",
        "input": "Julian is one of about 100 children participating in the study.\n\n“This helps with the emotions,” Julian said.\n\nHe tried the pill himself (“I found it helpful; it improves my focus”).",
        "flags": []
      },
      {
        "title": "A test’s accuracy",
        "input": "The lab score is superior to troponin alone for the identification of patients at high risk.",
        "flags": []
      },
      {
        "title": "A test’s accuracy when `testAccuracy` is on",
        "input": "The lab score is superior to troponin alone for the identification of patients at high risk.",
        "options": {
          "testAccuracy": true
        },
        "flags": [
          "superior to"
        ]
      },
      {
        "title": "“Work” in another sense, and no treatment to make the claim about",
        "input": "The implant works as an electric stimulator. The agency works with partners abroad. Each case needs its own evaluation to see what works. That works out to a million children. To make sure it works, doctors must follow the protocol.",
        "flags": []
      },
      {
        "title": "A condition of use takes the benefit as given",
        "input": "The drug works best when taken with food. The implant is effective for three years. The pill must be taken daily to be effective. Natural family planning is most effective if you are taught by a specialist.",
        "flags": []
      },
      {
        "title": "A claim reported to be doubted, and one mostly denied",
        "input": "Its website states that the game improves memory. Take Sunblock, a supplement “clinically proven” to protect your skin. But surgery rarely cures them. Few medications have been found effective. Natural remedies are not necessarily effective. There is very little research showing the balm works.",
        "flags": []
      },
      {
        "title": "A harm moved up or a good moved down is not a benefit",
        "input": "Saturated fat boosts heart disease risk. Short sleep reduces powers of perception. The new drug slows memory decline.",
        "flags": [
          "slows"
        ]
      },
      {
        "title": "A benefit word as a noun, a clinician at work and a process in the body",
        "input": "The budget includes a $920 million boost to addiction treatment. A practising physician, he treats patients with skin cancer. The drug halts production of estrogen. The greatest apparent benefit came from fibre.",
        "flags": []
      },
      {
        "title": "A test compared with others, and people who got better",
        "input": "The newer genetic test is more effective than karyotyping. You see lots of patients improve their depression.",
        "flags": []
      },
      {
        "title": "Still claims: a treatment that is what works, what people can do with a drug, a comparison and a cut",
        "input": "Exercise is what works. By taking ibuprofen, people can ward off the disease. Light therapy works better than drugs. The drug cuts the risk of stroke by half.",
        "flags": [
          "works",
          "can ward off",
          "works better than",
          "cuts the risk"
        ]
      },
      {
        "title": "A clause that is not stated as fact, or not about a treatment and a health outcome",
        "input": "Even if deep brain stimulation turns out to be an effective treatment for depression, it will not come first. He had the infusion in the hopes of reversing the scarring. Zinman noted that Jardiance, like other SGLT2 drugs, also reduces swelling. Effectiveness has to be proven to the FDA. Barrow neurosurgeon helps pave way for deep brain stimulation. This approach helps decide.",
        "flags": []
      },
      {
        "title": "Still claims: a practice on a health outcome, and research credited with a present-tense claim",
        "input": "Nudging doctors in intensive care units reduces deaths. The researchers prove that eating fruit is the most effective way to a healthy glow.",
        "flags": [
          "reduces",
          "most effective"
        ]
      },
      {
        "title": "A claim limited to early or animal work, and how soon a drug acts",
        "input": "The approach has been shown effective in early trials against bladder cancer. The compound cures diabetes in mice. Because it is fast-acting, it cannot replace basal insulin.",
        "flags": []
      },
      {
        "title": "The level of a substance is a marker, not an outcome",
        "input": "The new drugs boost levels of good cholesterol. The pill reduces PSA levels.",
        "flags": []
      },
      {
        "title": "A treatment named by its class with a health outcome in a relative clause",
        "input": "They have found a drug that improves survival in lung cancer.",
        "flags": [
          "improves survival"
        ]
      },
      {
        "title": "People who got better, the body at work, and an idea held or examined",
        "input": "Eight patients who had lived with psoriasis for decades cleared their skin. Healthy cartilage protects the ends of the bones. The notion that garlic cures colds has been tested often.",
        "flags": []
      },
      {
        "title": "A goal, a claim scoped to some people, a process of the body as object and a concession",
        "input": "Curing peanut allergy remains the main goal of the field. Hip replacement is effective for many people with arthritis. Dieting reduces the body’s energy expenditure. The older scan, while effective, exposes patients to radiation.",
        "flags": []
      },
      {
        "title": "Still claims: people who take a treatment, and a treatment as subject",
        "input": "Women who take aspirin reduce their risk of stroke. Ginger tea relieves nausea.",
        "flags": [
          "reduce",
          "relieves"
        ]
      },
      {
        "title": "A past result with a word of degree, a setting and a share of the people",
        "input": "In the trial, the light treatment was much more effective than the bright lamp. In the review, the pair of drugs was the most effective. The mask is very effective in the sleep lab. Chemotherapy cures up to 90 percent of children with the disease.",
        "flags": []
      },
      {
        "title": "Help with a decision, not with health",
        "input": "The new gene test helps patients decide on treatment. The brace helps patients walk again.",
        "flags": [
          "helps patients"
        ]
      },
      {
        "title": "Proof of something other than a benefit, a topic named by a gerund, and a gene or an illness as subject",
        "input": "Carriers of the variant, which is proven to raise the risk of gout, did worse. The two salts have proven to have the same potency in the dish. The clinic treats familial hypercalcaemia, which is proven to be a result of a faulty gene.\n\n## Curing hepatitis C\n\nThe liver disorder, which protects nobody, spread.",
        "flags": []
      },
      {
        "title": "Still claims: proof of a benefit, and a gerund after its treatment",
        "input": "The cream is clinically proven to ease eczema within days. The patch is proven to be safe and effective. The right dose of the ointment can provide remarkably therapeutic properties in not only alleviating, but reversing the rash.",
        "flags": [
          "clinically proven",
          "proven to",
          "alleviating"
        ]
      },
      {
        "title": "A claim credited to a named journal, and results told in the past tense",
        "input": "Tea tree oil reduces acne scars, according to a new study in the journal Skin Research. “The gel was about 40% to 45% effective,” the co-author said. The new lotion outperformed the old spray in alleviating itch.",
        "flags": []
      },
      {
        "title": "A study’s result told in the past, in the study’s voice",
        "input": "A trial in 2019 found that the gel reversed the scarring in most patients. The spray was shown to be safe and effective in a one-year study.",
        "flags": []
      },
      {
        "title": "Still claims: a finding made a general truth, and settled knowledge in the article’s voice",
        "input": "A trial in 2019 found that the gel reverses scarring. The spray has been shown to be highly effective against hay fever.",
        "flags": [
          "reverses",
          "highly effective"
        ]
      },
      {
        "title": "A result with its study’s measure, credited to the study in its sentence or the next",
        "input": "The implant reduces the risk of death by 29%, researchers reported Monday. The brace is more effective than a sling, with 62 percent of patients free of pain, according to the trial. The patch cures warts in 60 percent of children.\n\nOkafor and colleagues report the results in the journal Pain. The gel cures warts in 60 percent of children.",
        "flags": [
          "cures"
        ]
      },
      {
        "title": "A headline that credits research with a verb of finding, however strong its claim",
        "input": "# Weight Loss Can Reverse Diabetes, New Study Finds\n\nThe trial was small.",
        "flags": []
      },
      {
        "title": "How a drug acts on body chemistry: the amount of a substance",
        "input": "The pill reduces the amount of calcium reaching brain cells.",
        "flags": []
      },
      {
        "title": "The only treatment there is, and the only one that works",
        "input": "The only treatment is a skin graft. Cooling is the only treatment proven to protect the brain.",
        "flags": [
          "the only treatment"
        ]
      },
      {
        "title": "No intervention as subject: a person, a lifestyle, saliva, a disease",
        "input": "A girl helps herself to a buffet. A music legend fights the disease on his farewell tour. Their lifestyle helps to keep them strong. We know that saliva helps us wash away bacteria. Hypothyroidism is common. It slows body functions.",
        "flags": []
      },
      {
        "title": "Still claims: a pronoun for a named treatment, an act, and a means named after the claim",
        "input": "The hospital now offers the new blood substitute drug. It works. Extending dosing intervals reduces the risk of infection. Individuals can prevent the disease through a simple solution.",
        "flags": [
          "It works",
          "reduces the risk",
          "can prevent"
        ]
      },
      {
        "title": "A claim credited to a named organisation",
        "input": "Steroid nasal sprays are the most effective drug class for nasal allergies, according to the American College of Allergy, Asthma & Immunology.",
        "flags": []
      },
      {
        "title": "A result in cells or animals, not a benefit claimed for people",
        "input": "The gel prevents scars forming in a mouse model of burns. The extract curbs the growth of bacteria even at low dilutions.",
        "flags": []
      },
      {
        "title": "A benefit limited in size or time in its own sentence, and a claim waited for",
        "input": "The vaccines provide moderate protection and can prevent many cases. Sham devices reduce pain, at least temporarily. Experts advise against the new tests until they are proven to be useful.",
        "flags": []
      },
      {
        "title": "A claim credited after it to those who sell the product",
        "input": "Enzyme pills relieve bloating after meals, say companies that sell the pills.",
        "flags": []
      },
      {
        "title": "A claim whose sentence names its speaker, when `tentative` is on",
        "input": "\"Running prolongs life more than walking does,\" said Peter Schnohr.",
        "options": {
          "tentative": true
        },
        "flags": [
          "prolongs life"
        ]
      },
      {
        "title": "A claim whose sentence names its speaker is held back by default",
        "input": "\"Running prolongs life more than walking does,\" said Peter Schnohr.",
        "flags": []
      },
      {
        "title": "A treatment named only in an earlier sentence, when `tentative` is on",
        "input": "The implant is placed under the skin of the arm. It also reduces cramping and heavy bleeding.",
        "options": {
          "tentative": true
        },
        "flags": [
          "reduces"
        ]
      },
      {
        "title": "A treatment named only in an earlier sentence is held back by default",
        "input": "The implant is placed under the skin of the arm. It also reduces cramping and heavy bleeding.",
        "flags": []
      },
      {
        "title": "A plain “effective” with no comparison or evidence, when `tentative` is on",
        "input": "Bisphosphonates are highly effective.",
        "options": {
          "tentative": true
        },
        "flags": [
          "highly effective"
        ]
      },
      {
        "title": "A plain “effective” is held back by default; a comparison and a claim credited to evidence are not",
        "input": "Bisphosphonates are highly effective. The pill is more effective than surgery. Ketamine has been found to be a highly effective treatment.",
        "flags": [
          "more effective than",
          "highly effective"
        ]
      },
      {
        "title": "A benefit given as a named body’s judgement is the body’s, not the article’s",
        "input": "Even the USPSTF accepts the fact that screening at 40 saves lives. An approval is the FDA saying, “this drug is safe and effective.” Screening at 40 saves lives.",
        "flags": [
          "saves lives"
        ]
      },
      {
        "title": "What a named study demonstrated is that study’s claim; the same claim unsourced flags",
        "input": "He led the Women’s Health Study, which was the first to demonstrate that aspirin prevents a first stroke in women. Aspirin prevents a first stroke in women.",
        "flags": [
          "prevents"
        ]
      },
      {
        "title": "A claim the writer calls a claim is reported, not made",
        "input": "Researchers have declared him cured of the virus — a stunning claim in a field where the word is barely whispered. A bone marrow transplant cures the virus.",
        "flags": [
          "cures"
        ]
      },
      {
        "title": "A claim someone is said to doubt is no claim",
        "input": "He says he is skeptical that permethrin lotion is any more effective than shampoo. Permethrin lotion is more effective than shampoo.",
        "flags": [
          "more effective than"
        ]
      },
      {
        "title": "Researchers’ own past result (“we found that … reversed”) is their study’s finding",
        "input": "\"We found that chemotherapy actually reversed these trends,\" Wright said. Chemotherapy reverses these trends.",
        "flags": [
          "reverses"
        ]
      },
      {
        "title": "An adverb of frequency right before the claim limits it (“often improves”)",
        "input": "Gastric bypass surgery often improves type 2 diabetes. Gastric bypass surgery improves type 2 diabetes.",
        "flags": [
          "improves"
        ]
      },
      {
        "title": "“Helps” with a task of knowing or conveying claims no health benefit",
        "input": "Getting the trial published helps to bring credibility to parents. The app helps track which doses work. The drug helps relieve pain.",
        "flags": [
          "helps relieve"
        ]
      },
      {
        "title": "A photo caption is no claim",
        "input": "Workers are seen at the Aspirin protect tablet press in a handout photo. Aspirin protects the heart.",
        "flags": [
          "protects"
        ]
      },
      {
        "title": "What a treatment needs in order to work best is no claim that it works (“for it to be most effective”)",
        "input": "For either drug to be most effective, it must be given early. The vaccine is more efficacious than the old one.",
        "flags": [
          "more efficacious"
        ]
      },
      {
        "title": "“Proven to be wrong” proves no benefit",
        "input": "The experts were proven to be wrong. The drug is proven to reduce pain.",
        "flags": [
          "proven to"
        ]
      },
      {
        "title": "“Works to” stop a process of the body or a virus is a mechanism (“works to stop viral replication”)",
        "input": "Tamiflu works to stop viral replication. Tamiflu works to stop the flu.",
        "flags": [
          "works"
        ]
      },
      {
        "title": "A change in the amount of the body’s molecules is a mechanism (“boosts the volume of proteins”)",
        "input": "The drug boosts the volume of proteins in the brain. The drug boosts memory.",
        "flags": [
          "boosts"
        ]
      },
      {
        "title": "“Works without” a sensation or a need says how it works, not that it does",
        "input": "Sub-perception therapy works without that sensation. Sub-perception therapy works well.",
        "flags": [
          "works"
        ]
      },
      {
        "title": "A better thing being prepared or designed is an aim (“preparing an even more effective test”)",
        "input": "We are preparing an even more effective test. The new drug is more effective than aspirin.",
        "flags": [
          "more effective than"
        ]
      },
      {
        "title": "A relative “which” stands for the phrase before it: a body part that heals is no treatment",
        "input": "A bone was fractured (usually the clavicle, which heals well without consequences) in a few births. Patients take the cream, which heals ulcers.",
        "flags": [
          "heals"
        ]
      },
      {
        "title": "A result credited to its study with an equivalence to its comparison arm (“about as well as stretching”)",
        "input": "Weekly yoga classes relieve back pain about as well as stretching sessions, a new study shows. Weekly yoga classes relieve back pain better than stretching sessions, a new study shows.",
        "flags": [
          "relieve"
        ]
      },
      {
        "title": "“By most measures”, “in most cases” before the claim limit it, as “often” does",
        "input": "By most measures, the surgery works. The surgery works.",
        "flags": [
          "works"
        ]
      },
      {
        "title": "What a treatment “can” do, after the opening paragraph, when `tentative` is on",
        "input": "Folic acid\n\nA new study looked at vitamins in pregnancy.\n\nFolic acid supplementation can prevent spina bifida. People can ward off the disease by taking folic acid.",
        "options": {
          "tentative": true
        },
        "flags": [
          "can prevent",
          "can ward off"
        ]
      },
      {
        "title": "What a treatment “can” do is held back without `tentative`; advice that people can act is not",
        "input": "Folic acid\n\nA new study looked at vitamins in pregnancy.\n\nFolic acid supplementation can prevent spina bifida. People can ward off the disease by taking folic acid.",
        "flags": [
          "can ward off"
        ]
      },
      {
        "title": "A claim credited to earlier evidence in the present perfect, after the opening paragraph, when `tentative` is on",
        "input": "Magnetic pulses\n\nA new study looked at TMS for voices.\n\nTMS has been shown to be effective in several psychiatric conditions.",
        "options": {
          "tentative": true
        },
        "flags": [
          "effective"
        ]
      },
      {
        "title": "A claim credited to earlier evidence in the present perfect is held back without `tentative`",
        "input": "Magnetic pulses\n\nA new study looked at TMS for voices.\n\nTMS has been shown to be effective in several psychiatric conditions.",
        "flags": []
      },
      {
        "title": "A passive promise under earlier evidence stays shown (“research has shown that symptoms can be alleviated”)",
        "input": "Ketamine\n\nA new clinic offers ketamine.\n\nResearch has shown that symptoms can be alleviated within minutes after one ketamine infusion.",
        "flags": [
          "be alleviated"
        ]
      },
      {
        "title": "What a part of the body does when it works normally (round 15)",
        "input": "When it's functioning properly, the BRCA gene helps repair damaged DNA and prevents tumors. Olaparib prevents tumors in women with BRCA mutations.",
        "flags": [
          "prevents"
        ]
      },
      {
        "title": "A result that “remained” over the study, not one that “remains” (round 15)",
        "input": "HF10 therapy remained more effective than traditional SCS over the 12 month study period. HF10 therapy remains more effective than traditional SCS.",
        "flags": [
          "more effective than"
        ]
      },
      {
        "title": "A recap of what the article set out, and the same claim on its own (round 15)",
        "input": "To recap: running improves your health more than walking does. Running improves your health.",
        "flags": [
          "improves"
        ]
      },
      {
        "title": "A study’s measured result said again in the next sentence (round 15)",
        "input": "The study found that long-acting contraception is about 20 times more effective at preventing pregnancy than pills, said Dr. Jeffrey Peipert. “Implants are more effective because women can forget about them.”\n\nImplants are more effective because women can forget about them.",
        "flags": [
          "more effective"
        ]
      },
      {
        "title": "A benefit seen, and a benefit given (round 15)",
        "input": "# Acupuncture Benefit Seen in Pregnancy\n\nAcupuncture benefits women in pregnancy.",
        "flags": [
          "benefits"
        ]
      },
      {
        "title": "Early use set against late, and a treatment set against another (round 15)",
        "input": "Early diagnosis is key because early treatment is more effective. The new vaccine is more efficacious than the old one.",
        "flags": [
          "more efficacious"
        ]
      },
      {
        "title": "What a standard or a payer requires be shown is the bar, not a claim (round 16)",
        "input": "Each approved program must demonstrate through published research that it has a positive impact, and reduces specific risk factors for heart disease. New technology is allowed into the market after studies show it is more effective than placebos. Aspirin reduces deaths from heart disease.",
        "flags": [
          "reduces"
        ]
      },
      {
        "title": "A procedure named by an adjective and a plural noun, and a diet’s make-up (round 16)",
        "input": "The patients who took statins and had endovascular repairs had fewer deaths. The diet cuts way back on oils and fatty meats. The diet cuts the risk of stroke.",
        "flags": [
          "cuts the risk"
        ]
      },
      {
        "title": "A test that spares another test’s risk, and a promise reported beside doubt (round 16)",
        "input": "The new test eliminates the risk of miscarriage. Clinics have opened promising instant relief with ketamine, with scant evidence on long-term benefits.\n\nKetamine eliminates the risk of relapse.",
        "flags": [
          "eliminates"
        ]
      },
      {
        "title": "More choices, a past belief and the activity of a cell part are no claims that a treatment works (round 17)",
        "input": "New drugs improve options for melanoma patients. I figured if they can cure me, they can cure everyone. The oxygen boosts the activity of mitochondria. New drugs improve survival for melanoma patients.",
        "flags": [
          "improve"
        ]
      },
      {
        "title": "A headline carrying the figure its lede credits to the study, and one without a figure (round 17)",
        "input": "# Diabetes drug cuts heart risks by 13 percent\n\nThe drug cut the risk of heart attack by 13 percent in a closely watched study.\n\n# Diabetes drug cuts heart risks\n\nThe drug cut the risk of heart attack by 13 percent in a closely watched study.",
        "flags": [
          "cuts"
        ]
      },
      {
        "title": "A project’s own terms and exceptions",
        "input": "This tea banishes anxiety. It cures nothing else.",
        "options": {
          "extraTerms": [
            {
              "id": "banishes",
              "match": [
                "banishes"
              ],
              "prefer": "may ease"
            }
          ],
          "allow": [
            "cures"
          ]
        },
        "flags": [
          "banishes"
        ]
      },
      {
        "title": "A comparison with the study’s own controls, and a result in mutants (round 21)",
        "input": "Outcomes from thrombolysis are better than the controls among patients with diabetes.\n\nWe show that the diet prevents the degeneration of neurons observed in pink1 mutants.\n\nAcupuncture relieves back pain better than placebo.",
        "flags": [
          "relieves"
        ]
      },
      {
        "title": "A treatment named by its class that changes a health outcome, in a relative clause (round 28)",
        "input": "Scientists have identified a diabetes drug which halves the death rate of a tropical infection. Nurses give a medication that lowers potassium. Chemists hope to make a pill that cuts the risk of stroke.",
        "flags": [
          "halves"
        ]
      }
    ]
  },
  {
    "id": "unsupported-statistic",
    "scope": "text",
    "docs": {
      "summary": "Flags statistics (percentages, “1 in 5”, “twice as likely”, odds ratios) with no citation nearby and no reference back to a cited study.",
      "rationale": "A number looks precise and persuasive; without its source a reader cannot tell whether it comes from a trial, a survey or a guess. A figure credited to a study the sentence dates (“according to a large 2007 study”) is left alone: the reader learns where it comes from, and whether that credit is specific enough is `vague-attribution`’s question (editors differ on it).",
      "guideline": "HealthNewsReview.org criteria 2 (quantifies benefits) and 5 (quality of the evidence); JAMA benchmarks, attribution (Silberg et al. 1997).",
      "howToFix": "Link or cite the study the figure comes from in the same paragraph, or say which study it is from (“in the trial, 38% of participants …”)."
    },
    "tentative": "a figure inside quotation marks (a speaker’s own words, which editors differ on); a projection, told with “would” or “could” (what would or could happen, often reasoned from sources named elsewhere); a figure in a fact box set as short plain paragraphs that a “Sources:” line closes further down (editors differ on whether that line reaches it); and a figure the article gives again elsewhere, about the same things, with its source (“… a disease that kills nearly 2 million people a year” and further on “The World Health Organization estimates that nearly 2 million people die of it each year”).",
    "messages": {
      "statistic": "Missing source for the statistic `{actual}`, expected a citation in the same {scope}"
    },
    "optionsSchema": {
      "type": "object",
      "properties": {
        "scope": {
          "enum": [
            "sentence",
            "paragraph",
            "section"
          ],
          "description": "Where a citation must be: sentence, paragraph or section."
        },
        "namedSourceSupports": {
          "type": "boolean",
          "description": "Whether a figure said by a named source with a role (a quoted expert) counts as sourced."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: a figure inside quotation marks (a speaker’s own words, which editors differ on); a projection, told with “would” or “could” (what would or could happen, often reasoned from sources named elsewhere); a figure in a fact box set as short plain paragraphs that a “Sources:” line closes further down (editors differ on whether that line reaches it); and a figure the article gives again elsewhere, about the same things, with its source (“… a disease that kills nearly 2 million people a year” and further on “The World Health Organization estimates that nearly 2 million people die of it each year”)."
        }
      },
      "additionalProperties": false
    },
    "skip": [
      "reference",
      "boilerplate",
      "caption",
      "furniture"
    ],
    "defaults": {
      "scope": "paragraph",
      "namedSourceSupports": true,
      "tentative": false
    },
    "examples": [
      {
        "title": "A summary of evidence answering its title’s question: its pooled figure is its result; a spaced numbered marker cites (round 17)",
        "input": "# Do antibiotics speed recovery from sinusitis?\n\nAntibiotics speed recovery in only 5 out of 100 people. The pooled results of the studies show little benefit, and the studies are contradictory.\n\nAbout 5 out of 100 adults have type 2 diabetes [ 4 ].",
        "flags": []
      },
      {
        "title": "A percentage in words, and a sentence of two statements: each statement’s figure; the figures of one statement once (round 30)",
        "input": "Ninety-four percent of patients with the cancer die within five years, and 74% die within the first year.\n\nMore than 300,000 knees are replaced each year in the United States, and an estimated 4 million Americans live with a knee implant.\n\nKidney stones affect 12 percent of men and seven percent of women.",
        "flags": [
          "Ninety-four percent",
          "74%",
          "300,000",
          "4 million",
          "12 percent"
        ]
      },
      {
        "title": "A percentage in words that is the study’s result, or no share at all (round 30)",
        "input": "A trial of the pill enrolled 300 adults.\n\nIn the trial, forty percent of those taking the pill had remission at a year. The surgeon is a hundred percent sure the pill works.",
        "flags": []
      },
      {
        "title": "A percentage with no source",
        "input": "These medicines only truly benefit around 38% of patients.",
        "flags": [
          "38%"
        ]
      },
      {
        "title": "A figure told of the reported study’s mice is its result",
        "input": "A new study tested a low-calorie diet in old mice.\n\nThis time the mice lived longer than controls, an increase of about 15%.",
        "flags": []
      },
      {
        "title": "What the reviewed test did, told with “this test”, is the review’s result",
        "input": "This review looked at blood tests for a rare condition in pregnancy.\n\nThis test detects around seven out of every 10 (68%) affected pregnancies.",
        "flags": []
      },
      {
        "title": "A figure counting the people who have the reviewed test is the review’s result too",
        "input": "This review looked at blood tests for a rare condition in pregnancy.\n\nAbout one in 20 women (5%) having this test will need a second scan.",
        "flags": []
      },
      {
        "title": "A percentage cited in the same paragraph",
        "input": "Around 38% of patients benefit. See [the 2019 review](https://example.org/review).",
        "flags": []
      },
      {
        "title": "A figure that refers back to a study cited earlier",
        "input": "A 2021 trial published in The Lancet tested the drug.\n\nIn the trial, 38% of participants improved.",
        "flags": []
      },
      {
        "title": "Doses, durations, ages, years and counts are not statistics",
        "input": "Adults aged 65 took 25 mg daily for two weeks in 2019, following 10 criteria.",
        "flags": []
      },
      {
        "title": "The results of the study the article reports",
        "input": "A trial of 900 adults tested the drug.\n\nSurvival improved (HR, 0.74; 95% CI, 0.61–0.90) and 38% of participants responded.",
        "flags": []
      },
      {
        "title": "A result told in the past tense, in an article that names its study further down",
        "input": "Schools screened their pupils.\n\nAbout 10 percent of the students had an abnormal heart trace.\n\nThe new study appears in Pediatrics.",
        "flags": []
      },
      {
        "title": "A background figure in the present tense in the same article",
        "input": "Schools screened their pupils.\n\nHeart disease affects 10 percent of adults.\n\nThe new study appears in Pediatrics.",
        "flags": [
          "10 percent"
        ]
      },
      {
        "title": "A figure an organisation gives, or a named source in the next sentence",
        "input": "The CDC estimates that 20 percent of adults smoke.\n\nOne in two women will break a bone. That is according to the National Osteoporosis Foundation.",
        "flags": []
      },
      {
        "title": "A fact box that ends with its sources",
        "input": "• 11% of adults take antidepressants. • Only 30% get well on the first one. Sources: CDC; NIMH",
        "flags": []
      },
      {
        "title": "A fact box whose last item names the sources",
        "input": "• 1 in 110 children is diagnosed with autism.\n\n• 1.5 million Americans have autism.\n\n• Annual cost: $90 billion. Source: Autism Society of America",
        "flags": []
      },
      {
        "title": "A ratio named without its number is a concept",
        "input": "Many clinicians focus on relative risk rather than absolute risk.",
        "flags": []
      },
      {
        "title": "A figure said by a named source with a role",
        "input": "“More than 16 percent of adults have it,” said Dr Jane Roe, director of the clinic.",
        "flags": []
      },
      {
        "title": "The same figure when `namedSourceSupports` is off",
        "input": "“More than 16 percent of adults have it,” said Dr Jane Roe, director of the clinic.",
        "options": {
          "namedSourceSupports": false
        },
        "flags": [
          "16 percent"
        ]
      },
      {
        "title": "A population count is a background figure too",
        "input": "Smoking causes 480,000 premature deaths each year.",
        "flags": [
          "480,000"
        ]
      },
      {
        "title": "A diet’s make-up, a share price and a condition are not health figures",
        "input": "The diet was 10 percent protein. Shares closed up 6.5 percent. If that rate is three times higher, the disease follows.",
        "flags": []
      },
      {
        "title": "A person introduced with a role and quoted later by surname",
        "input": "Orthopedic surgeon George Theodore treats her foot.\n\nTheodore tells her that the therapy gives a 60 to 80 percent chance of relief.",
        "flags": []
      },
      {
        "title": "Author initials in a reference line are not figures",
        "input": "Source: Smith J, Patel RR, Okafor CL. Walnuts and mood. J Nutr. 2019;149:1-8.",
        "flags": []
      },
      {
        "title": "A figure credited to a study the sentence dates (whether that is specific enough is vague-attribution’s question)",
        "input": "Nearly 19% of women over 45 have knee pain, according to a large 2007 study.",
        "flags": []
      },
      {
        "title": "A source named in the sentence just before the paragraph",
        "input": "The change is outlined in the American Heart Association 2017 Hypertension Practice Guidelines.\n\nIt will raise the share of adults with high blood pressure from 32 percent to 46 percent.",
        "flags": []
      },
      {
        "title": "A study named in the sentence, or named just before and referred to",
        "input": "The European Randomized Study of Screening for Prostate Cancer suggested that screening cut deaths by 20%.\n\nA review in the January issue of Archives of Pediatrics took a different tack. It says that complications occur in less than 1 percent.",
        "flags": []
      },
      {
        "title": "A finding the sentence credits to the study it introduces, whatever its tense",
        "input": "People who eat walnuts are 20 percent less likely to die of heart disease, a new study in JAMA finds.",
        "flags": []
      },
      {
        "title": "A figure about the same patients as the study result before it",
        "input": "A new trial tested the drug.\n\nIn the trial, tumours shrank in about 40% of patients. And for 78% of those patients, the response lasted six months.",
        "flags": []
      },
      {
        "title": "A market share or a figure credited to an organisation’s estimates is not an unsourced health figure",
        "input": "Abbott controls a little more than a third of the U.S. stent market.\n\nAbout 10 million Americans have fibromyalgia, according to estimates from the National Fibromyalgia Association.",
        "flags": []
      },
      {
        "title": "A lab quantity is not a figure about people",
        "input": "Prostate cancer cells express up to 100 times more PCA3 RNA than normal cells do.",
        "flags": []
      },
      {
        "title": "A source named before and carried on by “It says …”, and a background figure after it",
        "input": "A report from the CDC came out last week. It says 40% of adults sleep too little. Coffee is popular. About 60% of adults drink it.",
        "flags": [
          "60%"
        ]
      },
      {
        "title": "A quotation paragraph goes on quoting the person who introduced it",
        "input": "The guidelines were written by Dr. Jane Roe, a cardiologist at Harvard, who said:\n\n\"About 30 percent of adults have high blood pressure. Half of them do not know it.\"",
        "flags": []
      },
      {
        "title": "A person known by a title, degree or post, quoted later by surname",
        "input": "Dr. Peter Rothwell of the University of Oxford led the analysis.\n\nRothwell noted that the normal risk of bleeding is about 1 in every 2,000 people a year.\n\nArmand Peruga, program manager for the WHO, spoke too.\n\n\"For every 10% increase in tax you have 4% less smoking,\" says Peruga.",
        "flags": []
      },
      {
        "title": "An organisation’s recommendation, the company speaking, and a headline that repeats the study’s result",
        "input": "---\ntitle: \"Device reduces deaths in mild heart failure by 29%\"\n---\n\nThe device reduces deaths from mild heart failure by 29% compared with a defibrillator alone, researchers reported Sunday.\n\nThe American Heart Association (AHA) currently recommends that people replace 25% to 35% of saturated fat.\n\nAbout 90 percent of patients have the side effect, the company said.\n\nThe new study appears in the New England Journal of Medicine.",
        "flags": []
      },
      {
        "title": "An aim, a caseload, a ranking and a planned study’s size are not health figures",
        "input": "(With HIV, 50 to 60 percent is about the efficacy range researchers hope for.) She tends about 2,000 patients, at least 30 percent of whom are older than 65. The hospital is in the top 50 in four specialties. The agency will fund a major study of biomarkers in more than 1,000 patients in the U.S.",
        "flags": []
      },
      {
        "title": "Results credited to the study’s team, demonstrated by the study, or given row by row after its first row",
        "input": "A new study of hip fractures appears in the journal Bone.\n\nFalls at home will cause 40,000 fractures a year in the U.S., the researchers estimated. The trial also demonstrated a 30% drop in falls.\n\nWomen walking faster than 1.2 metres a second had a 91% chance of living ten years, the authors found. Women walking slower than 0.6 metres a second have a 52% chance of living ten years.\n\nRates fell only a little: from 12.3 per 100,000 in 1998 to 11.9 per 100,000 in 2006.",
        "flags": []
      },
      {
        "title": "Unnamed experts are no study team",
        "input": "A new trial of the drug appears in the journal Gut.\n\nUp to 20 percent of patients get no benefit from diet changes, experts say.",
        "flags": [
          "20 percent"
        ]
      },
      {
        "title": "Evidence credited to a company, the government, a registry or a named body’s own website",
        "input": "They point to company studies that show it doubles the odds.\n\nAbout 9,000 Americans die of it each year, according to government figures.\n\nThe registry shows that 12 percent of implants fail.\n\nThe website for the Blue Lagoon Spa says that 90% of guests sleep better.",
        "flags": []
      },
      {
        "title": "A programme’s own website after “according to”, and a named body recommending a threshold",
        "input": "Medicaid covers more than 73 million people, according to the program's website.\n\nThe American Heart Association encourages adults to eat no more than 1,500 milligrams of sodium a day.",
        "flags": []
      },
      {
        "title": "A stock ticker’s move and an organisation’s head count are not health figures",
        "input": "Patients on the Pfizer PFE +1.25% drug fared better.\n\nThe firm has 12,000 employees worldwide.",
        "flags": []
      },
      {
        "title": "In a review’s own summary every figure is the review’s result, told with any verb, except background on how common the condition is",
        "input": "We included nine trials with 1,800 children in this review.\n\nEar infections are a common illness affecting about 1 in 4 toddlers. Warm drops also seem to shorten the earache by about 10%. Rates of dizziness ranged from 2% to 7%.",
        "flags": [
          "1 in 4"
        ]
      },
      {
        "title": "How the study was run, its subjects’ answers, and a diet given as its share of calories are not figures about the world",
        "input": "A new study of 2,000 nurses appears in the journal Menopause.\n\nNearly 85 percent have stayed in follow-up since 1990. About 40% agreed that sleep mattered more with age. One diet was about 25% of calories from fat.",
        "flags": []
      },
      {
        "title": "A lede that gives the study’s result before the study is named, and background beside it",
        "input": "A new hay fever spray eases sneezing in three out of four adults whose allergy pills fail. Hay fever affects about 1 in 5 adults.\n\nA new trial of the spray tested 300 adults whose allergy pills fail. In the trial, 76% of adults given the spray had less sneezing, compared with 30% given a dummy spray.",
        "flags": [
          "1 in 5"
        ]
      },
      {
        "title": "What occurred in each arm, what the device proved to do and what the team concluded are the study’s results",
        "input": "A new trial of a wrist splint appears in the journal Hand.\n\nTwo or more falls occurred in 12 and 15 percent, respectively. The new splint proved to have 40 percent fewer slips than the old one. In about one in 250 fittings, the strap failed.\n\nThey concluded that early splinting is linked to a 20% lower risk of surgery.",
        "flags": []
      },
      {
        "title": "A researcher’s quote that tells what the team noticed is the study’s result",
        "input": "A new study of blood tests for concussion appears in PLOS ONE.\n\n\"We have noticed that the protein alone rules out injury in one third of patients,\" says the lead author.",
        "flags": []
      },
      {
        "title": "A quotation under the paragraph that introduces its speaker by role, a speaker named after the verb and the words that introduce them, and a publication named by its body",
        "input": "Dr. Jane Hollis, chief of cardiology at Leeds General Infirmary, has studied heart scans for 20 years.\n\n“Heart disease kills seven times as many women as breast cancer.”\n\nSince 30 percent of adults are admitted each year, “thousands would be spared,” said one trial leader, Leeds’s Dr. Omar Khan.\n\nThe 2019 ESC and ADA guidelines recommend that 12 million more adults take them. Figures from Diabetes Research UK show that 30 percent of adults are at risk.",
        "flags": []
      },
      {
        "title": "A figure a named expert argues is theirs; one an unnamed writer argues is not",
        "input": "Dr. Jane Hollis, a cardiologist at Leeds General Infirmary, treats heart failure.\n\nAbout 30 percent of adults have high blood pressure, Hollis argues.\n\nAbout 40 percent of adults snore, a blogger argues.",
        "flags": [
          "40 percent"
        ]
      },
      {
        "title": "A figure must count people, what happens to them, or a risk or rate: products sold, a machine’s uptime and a share of an organ count none of these",
        "input": "The firm ships 30,000 hearing aids a year to shops in the U.S. Its scanners were available 97% of the working week. Scans showed that more than half of the liver was scarred. Gout affects 4 million Britons.",
        "flags": [
          "4 million"
        ]
      },
      {
        "title": "A figure told only in the past, with no date, reports what happened to a group; a dated one is history",
        "input": "After two years, those rates dipped to 61 percent in the older group. In 2004, the drowning rate was 1.2 per 100,000 people.",
        "flags": [
          "1.2 per 100"
        ]
      },
      {
        "title": "The article’s own study, however phrased: its headline, its researchers reporting, a result told in the past",
        "input": "---\ntitle: \"New pill doubles survival in bowel cancer\"\n---\n\nA new trial of 400 patients with bowel cancer tested the pill.\n\nAfter five years, researchers are reporting survival rates near 80 percent. The same dose worked for 54 percent of older patients.",
        "flags": []
      },
      {
        "title": "A study named by the institution that ran it, a body’s news release in the next sentence, and a question-and-answer box closed by its sources",
        "input": "In a pilot study of 13 patients at MD Anderson Cancer Center, tumours shrink by 78 percent.\n\nAbout 2.2 million Americans live with atrial fibrillation. It is common, according to background information in a news release from the American Heart Association.\n\nWho has hot flashes? More than half of women near menopause.\n\nHow bothersome are they? For 20% of women, a lot.\n\nSources: International Menopause Society",
        "flags": []
      },
      {
        "title": "Figures of a method: a product’s strength, a study’s inclusion criterion, the risk that makes a patient a candidate",
        "input": "The trial tested cyclosporine A, 0.09% ophthalmic solution, for dry eye.\n\nThe team scanned 2,120 women with less than a 15 percent lifetime risk of breast cancer.\n\nA patient who has a 50% risk of dying within a year is a good candidate for the pump.",
        "flags": []
      },
      {
        "title": "A named body, its publication or a titled person as the subject of a reporting or describing verb anywhere in the sentence",
        "input": "The European Heart Society describes high blood pressure as a silent killer, with an estimated 30 million adults affected.\n\nBesides, the British Fertility Society (BFS) position paper on egg freezing states that success rates are between 2 and 12 percent.\n\nIn 2011, Dr. Jane Hollis of Leeds General Infirmary made headlines when she published a study saying that 60 percent of strokes are preventable.\n\nPatients at the Leeds Heart Research Foundation have 30 percent less pain.",
        "flags": [
          "30 percent"
        ]
      },
      {
        "title": "A titled person set off by an appositive, who published the study that gives the figure",
        "input": "In 2009, Dr. Omar Khan, now based at Leeds General Infirmary, made news when he published a study concluding that 30 percent of scans are needless.",
        "flags": []
      },
      {
        "title": "Reference numbers set off by a space after the full stop cite the sentence before them",
        "input": "The gene is a risk factor in up to 65 percent of patients. 1,2 The results came out today.",
        "flags": []
      },
      {
        "title": "A bracketed reference number before the closing stop cites its sentence; one without still flags",
        "input": "70% of people with Parkinson’s will fall at least once a year (2).\n\nAbout 40% of them will fall again.",
        "flags": [
          "40%"
        ]
      },
      {
        "title": "A duration compared (“for twice as long”) is no statistic; a risk compared is",
        "input": "Whether the gains are big enough to make women take the drug for twice as long remains to be seen. Smokers are twice as likely to have a stroke.",
        "flags": [
          "twice as"
        ]
      },
      {
        "title": "In an article that reports a study, a pre-clinical figure is that lab’s result",
        "input": "A new study from the Sah lab, published in the journal Cell, reports compounds that build muscle.\n\nIn pre-clinical studies, compounds in thyme and oregano have demonstrated a greater than 37 percent increase in exercise tolerance. About 30 percent of older adults lose muscle.",
        "flags": [
          "30 percent"
        ]
      },
      {
        "title": "A footnote marker after the full stop cites the sentence before it, even at scope `sentence`",
        "input": "Around 38% of adults smoke. [11] About 20% of teenagers vape.",
        "options": {
          "scope": "sentence"
        },
        "flags": [
          "20%"
        ]
      },
      {
        "title": "The study’s own subjects (“the 1,946 men studied”), and a figure credited to “the article” in a story that reports a paper",
        "input": "A new study of a urine test for prostate cancer appears in the journal Urology.\n\nAmong the 1,946 men studied, 42 percent turned out to have prostate cancer.\n\nA review in the journal Pediatrics looked at colic.\n\nBetween 5 and 19 percent of infants are estimated to have colic, according to background information in the article.",
        "flags": []
      },
      {
        "title": "What the research team has developed, measured by a figure, is the study’s result; the condition it is for is not",
        "input": "Scientists from the Leeds Institute of Child Health have developed a new blood test that identifies with greater than 90 per cent certainty whether a child has had a concussion.\n\nConcussion affects about 1 in 5 young athletes.",
        "flags": [
          "1 in 5"
        ]
      },
      {
        "title": "Headings above the first paragraph (a deck, “Fast Facts … - Click to Tweet”) sum up the study as the headline does, unless they state background",
        "input": "---\ntitle: \"CT scans beat stress tests in spotting clogged arteries\"\n---\n\n## Stress tests can miss four out of 10 patients with clogged arteries. - Click to Tweet\n\n## Heart disease kills about 600,000 Americans each year.\n\nResults of a comparison study led by Leeds researchers show that CT scans spot more blockages than stress tests.",
        "flags": [
          "600,000"
        ]
      },
      {
        "title": "A lede told in the past after its dateline, credited to “new research” or “according to” a new analysis, or counting a share of an exact sample, is the study’s",
        "input": "Dec. 1, 2011 (Chicago) -- An experimental injection relieved pain in over two-thirds of patients with sciatica.\n\nA new trial of the injection appears in the journal Radiology.\n\nThe shingles vaccine cuts the risk of shingles by 55%, new research finds. Mammograms account for about one-third of the decline in deaths, according to a large new analysis of data from Norway.\n\nThe drug eased pain for two-thirds of 327 people with back problems. More than half of the 35 million people living with HIV are women.",
        "flags": [
          "half"
        ]
      },
      {
        "title": "An issuer’s “About X” section run into the paragraph before it is boilerplate",
        "input": "“We are glad to offer this option,” said Dr. Roe. About Leeds Medical CenterLeeds Medical Center, one of the premier academic medical centers in the nation, integrates research with care. Its physicians provide care to more than 100,000 hospitalized patients each year.",
        "flags": []
      },
      {
        "title": "How well a test performs (its accuracy, sensitivity or specificity) is the result of the study that measured it",
        "input": "A new study of a blood test for Alzheimer’s disease appears in the journal Neurology.\n\nThe scientists say they can predict with 90% accuracy who will develop dementia. The specificity of the test is 88 percent. Dementia affects about 1 in 14 people over 65.",
        "flags": [
          "1 in 14"
        ]
      },
      {
        "title": "A company named by its acronym, a body by a descriptive name, and a maker’s reports are named sources; a neighbour is not",
        "input": "Johnson & Johnson tested the drug.\n\nAbout 7.5 million Americans live with psoriasis, J&J said.\n\nAbout 90% of adults will develop high blood pressure, the heart association says.\n\nThe number of centres has doubled since 2010, according to reports by the device’s maker.\n\nAbout 40% of adults snore, a neighbour says.",
        "flags": [
          "40%"
        ]
      },
      {
        "title": "A named researcher and their team reporting the figure",
        "input": "Hospitals are slow to adopt the test. Since then, Megan Hollis at the Leeds Health Research Trust and her team report that about 17% of hospitals offer it, up from 13% in 2005.",
        "flags": []
      },
      {
        "title": "A person introduced after a short list of words (“an ear, nose and throat surgeon”), and a known person speaking with others, source the sentence next to them",
        "input": "Erica Hollis, an ear, nose and throat surgeon at Leeds General Infirmary, treated him.\n\nCPAP works for about half of all patients who try it. It can be cumbersome, Hollis says.\n\nFor now, Dr. Hollis and others say that CPAP is the gold standard. But for the roughly 50 percent of patients in whom CPAP fails, a valve may help.",
        "flags": []
      },
      {
        "title": "A person introduced by a role that opens the sentence (“Surgeon Ralph Hollis”) or as “X is a sleep specialist” speaks for the figure beside their name",
        "input": "Surgeon Ralph Hollis treats her sinuses.\n\nFor about 80 percent of patients, these alternatives work, Hollis says.\n\nKhan is a sleep specialist at Leeds General Infirmary.\n\nOftentimes, Khan says, patients need surgery. And even then, it works only 20 to 30 percent of the time.\n\nAbout 40 percent of adults snore.",
        "flags": [
          "40 percent"
        ]
      },
      {
        "title": "A dose told as a share of a daily value, the same number said again, and a confidence level split from its interval are not statistics",
        "input": "Some supplements give vitamin B-6 at 2,500 percent of your daily value. Keep in mind that 2,500 percent is going to give you more of what you need.\n\nPregnancy Rate (95%\n\nConfidence Interval) 0.16 (0.02, 0.58)\n\nAbout 20 percent of adults take a supplement.",
        "flags": [
          "20 percent"
        ]
      },
      {
        "title": "A figure inside a speaker’s quotation is held back as tentative",
        "input": "The clinic treats sinus problems.\n\n“In over 90 percent of cases, the operation improves quality of life.”",
        "flags": []
      },
      {
        "title": "The same quotation with `tentative` on",
        "input": "The clinic treats sinus problems.\n\n“In over 90 percent of cases, the operation improves quality of life.”",
        "options": {
          "tentative": true
        },
        "flags": [
          "90 percent"
        ]
      },
      {
        "title": "In an article that reports a study, a sentence told only with a regular past verb gives its result",
        "input": "A new trial of hernia repair appears in the journal Surgery.\n\nHernias recurred in 5 percent of laparoscopic patients.",
        "flags": []
      },
      {
        "title": "A projection, what would or could happen, is held back as tentative",
        "input": "Cooling the body after cardiac arrest is cheap.\n\nThat could mean an extra 2,300 Americans leave the hospital every year.",
        "flags": []
      },
      {
        "title": "The same projection with `tentative` on",
        "input": "Cooling the body after cardiac arrest is cheap.\n\nThat could mean an extra 2,300 Americans leave the hospital every year.",
        "options": {
          "tentative": true
        },
        "flags": [
          "2,300"
        ]
      },
      {
        "title": "A company speaking of its own product (“says its”) is a named source; a pronoun is not",
        "input": "Visionix says its headset has worked for about three quarters of the people who have tried it.\n\nAbout 40% of adults need glasses.",
        "flags": [
          "40%"
        ]
      },
      {
        "title": "A sentence that takes a part of the figure before it (“Of that, … of those”) goes on with its source",
        "input": "A new study of autism tests appears in Pediatrics.\n\nBetween 10 and 15 percent of autism cases have a known genetic cause, the researchers noted. Of that, the new test alone can detect 7 percent of those.",
        "flags": []
      },
      {
        "title": "A lede that gives the very figure the body reports as the study’s result, in other word forms",
        "input": "---\ntitle: \"Brain images suggest drug works\"\n---\n\nNew imaging suggests an experimental drug reduces plaque in the brain by around 25 percent.\n\nA new study of the drug in 28 patients appears in Lancet Neurology. After 78 weeks, they found that patients given the drug had about a 25 percent reduction in plaque compared with those on placebo.",
        "flags": []
      },
      {
        "title": "A named body’s officials voicing “these rates” at the top of the next paragraph source the figures just given",
        "input": "Patients screened with chest x-rays have false positives too -- 15 percent after two rounds.\n\nThese false-positive rates may be under-estimates, say NCI officials.\n\nAbout 40% of smokers never get screened.",
        "flags": [
          "40%"
        ]
      },
      {
        "title": "Items of a list split into paragraphs take the sentence that opened the list: a study’s result, or background",
        "input": "A new analysis of eight aspirin trials appears in The Lancet.\n\nThe fall in the risk of death broke down by type of cancer: Esophageal cancer (60%)\n\nColorectal cancer (40%)\n\nLung cancer (30%)\n\nSmoking raises the risk of several cancers: Throat cancer (30%)\n\nBladder cancer (10%)",
        "flags": [
          "30%",
          "10%"
        ]
      },
      {
        "title": "A fact box set as plain paragraphs and closed by a sources line is held back as tentative",
        "input": "Bone health matters.\n\nAbout half of women over 50 will break a bone.\n\nMen are twice as likely as women to die after a hip fracture.\n\nBone density declines with age. Sources: National Osteoporosis Foundation",
        "flags": []
      },
      {
        "title": "The same fact box with `tentative` on",
        "input": "Bone health matters.\n\nAbout half of women over 50 will break a bone.\n\nMen are twice as likely as women to die after a hip fracture.\n\nBone density declines with age. Sources: National Osteoporosis Foundation",
        "options": {
          "tentative": true
        },
        "flags": [
          "half",
          "twice as"
        ]
      },
      {
        "title": "A tool a named body publishes (“a risk calculator from the CDC”) is a named source (round 18)",
        "input": "An online risk calculator from the Centers for Disease Control and Prevention indicates that the 10-year risk of colorectal cancer is about 1.4 percent.\n\nA new tool from researchers puts the lifetime risk at 5 percent.",
        "flags": [
          "5 percent"
        ]
      },
      {
        "title": "A fact box whose items are each a heading takes the sources line that closes it (round 18)",
        "input": "Heart failure is common.\n\n## Heart Facts Number of Americans with heart failure: 5.7 million\n\n## Heart-failure deaths each year: 292,000\n\n## Lifetime risk at age 40: 20%\n\nPrice of the device: $80,000 Sources: UNOS; American Heart Association\n\n## Without a sources line\n\nAbout 40% of adults snore.",
        "flags": [
          "40%"
        ]
      },
      {
        "title": "The reported study named with a few words before its noun (“this small, ongoing study”); “several studies” are other research (round 18)",
        "input": "A new study of a nerve treatment for migraine appears in the journal Headache.\n\nEarly findings suggest a single treatment can reduce migraine pain by about 35 percent, according to this small, ongoing study.\n\nThere is little dispute over the conclusion of several studies that statins can lower the risk of stroke by as much as 50 percent.",
        "flags": [
          "50 percent"
        ]
      },
      {
        "title": "The study’s researchers with an aside before “found”, “a study author told”, a company named by its product, and a share price carried on by “They” (round 19)",
        "input": "A new trial of progesterone gel appears in the journal Obstetrics.\n\nFederal researchers, working with colleagues at 44 medical centers, found that the gel cuts the rate of early delivery by 45%. The test can find the 1 percent of women at six times greater risk, a study author told The Guardian.\n\nThe makers of Acme Wonder juice say that the drink works 40 percent as well as Viagra.\n\nShares of Vanda closed at $4.12 on Tuesday. They have gained nearly 8 percent since December 18.\n\nAbout 10 percent of pregnant women have a short cervix.",
        "flags": [
          "10 percent"
        ]
      },
      {
        "title": "A person introduced as an acupuncturist, or with “Jr.” after the surname, speaks for the figure told with their surname (round 19)",
        "input": "Jill Roe, a licensed acupuncturist who practices in Leeds, treats women.\n\nRoe says she is able to help about 65 percent of the women who come to her.\n\n“The numbers will rise,” said Dr. Clifford R. Hollis Jr., a brain imaging specialist at the Mayo Clinic.\n\nAbout one-third of people over 70 have brain signs of Alzheimer’s, Hollis said.\n\nAbout 40 percent of adults snore, a neighbour says.",
        "flags": [
          "40 percent"
        ]
      },
      {
        "title": "A worked example’s assumed prevalence and a responder threshold are set, not found (round 19)",
        "input": "In a population of 1000 children with a prevalence of 30%, 43 children with the infection will be missed.\n\nThe drug gave at least 50% pain relief to more patients than placebo did.\n\nAbout 40% of adults with back pain get at least 50% pain relief from the drug.",
        "flags": [
          "40%"
        ]
      },
      {
        "title": "A headline ending “study finds”, a diet’s calories as a share, a count fused into a modifier, and a count of hospitals named by country (round 20)",
        "input": "# Allergy treatment helps 2 out of 3 sufferers, study finds\n\nA new trial of the treatment appears in the journal Pediatrics.\n\nIn the study, participants ate vegetable soup. The calories consumed are 54 to 34 percent of what a typical person eats in a day.\n\nThe company plans a 2,000-patient trial in the United States. The database represents 1,000 U.S. hospitals each year.\n\nAbout 2 million Americans have a peanut allergy.",
        "flags": [
          "2 million"
        ]
      },
      {
        "title": "A ranking credited to the organisation that made it, after “ranked … by” (round 21)",
        "input": "The children’s hospital is ranked in seven out of ten pediatric specialties by U.S. News & World Report.\n\nThe children’s hospital treats seven out of ten children with heart defects in the state.",
        "flags": [
          "seven out of ten"
        ]
      },
      {
        "title": "Results the figure is based on, a list item after the colon of a result, a report by the surgeon general, an estimate by a named body, and an eligibility bar (round 23)",
        "input": "---\ntitle: \"Short scan finds more cancers\"\n---\n\nIn a study of 200 women, the short scan found six more cancers, according to early findings from a hospital team.\n\nBased on the early results at the hospital, the detection rate of the short scan is 30 cancers per 1,000 women screened. It found more cancers in some groups of women, including:\n\n20 percent in women under 50 and 10 percent in women over 70.\n\nFew women get extra scans. Yet based on a 2019 report by the surgeon general, only 15 percent of women with dense breasts get extra screening.\n\nHead lice are common too. The most recent estimate by the Centers for Disease Control and Prevention, from 1999, says 2 million children get lice each year.\n\nSome clinics choose their patients. (The clinic does not scan anyone who is unlikely to see at least a 30 percent increase in detection.)\n\nAbout 40 percent of women have dense breasts.",
        "flags": [
          "40 percent"
        ]
      },
      {
        "title": "Backers counted, a worked example, a target level, a cut-off, a change as a subject and one doctor’s caseload are no health figures; a real risk in a condition or with a target is (round 25)",
        "input": "More than 3,000 crowdfunders from around the world have backed the app.\n\nIf there is a 20 in 1,000 chance you’ll fall this year, a walking plan would cut that chance to 15 in 1,000.\n\nPeople with diabetes are advised to keep their blood sugar below 7 percent.\n\nStatins do more good than harm when the 10-year risk of a heart attack is greater than 10 percent.\n\nA drop of 1 percent in blood sugar can reduce the risk of blindness.\n\nAbout half of her patients are older than 65.\n\nIf you smoke, you are 20 times more likely to get lung cancer.\n\nAbout 30 percent of adults keep their blood pressure below 140.",
        "flags": [
          "20 times more",
          "30 percent"
        ]
      },
      {
        "title": "A figure that spells out what an example number means, and a restatement (“That is, …”) reported once, at the figure it restates (round 25)",
        "input": "A hazard ratio of 0.80, for example, means a 20 percent reduction in the risk of death.\n\nFalls are common: about 30 percent of adults over 65 fall each year. That is, nearly one in three older adults falls.",
        "flags": [
          "30 percent"
        ]
      },
      {
        "title": "A study “published last week in” a journal is the article’s own, and its results told in the past are its results (round 25)",
        "input": "The team’s results were published last week in Science Translational Medicine.\n\nTumours vanished in nine (24 percent), and shrank in another nine.",
        "flags": []
      },
      {
        "title": "The study’s relative change said again is its result; a share that happens to repeat a number is not (round 25)",
        "input": "A new trial of the scan appears in the journal Radiology.\n\nPeople screened with the scan were 20 percent less likely to die of lung cancer, the researchers reported.\n\nSo although a 20 percent reduction in deaths sounds impressive, few lives are saved. About 20 percent of adults smoke.",
        "flags": [
          "20 percent"
        ]
      },
      {
        "title": "A case imagined for one person, and a physical quantity in the body, are no figures about people; people in general are (round 25)",
        "input": "The test report lists odds. For example, she might be 3 times more likely than other women to have an early menopause.\n\nSo a patient may see a table showing that her genes make her twice as likely to miscarry.\n\nWhen people run, the load on their knee joints can be up to five times greater than when walking. In the chamber, the lungs take in about 10 times as much oxygen as in normal air.\n\nRunners are twice as likely to hurt their knees.",
        "flags": [
          "twice as"
        ]
      },
      {
        "title": "How many of those screened qualified for the study’s treatment, and a schedule compared with the standard, are no background figures (round 25)",
        "input": "A new trial of clot removal appears in the journal Stroke.\n\nOnly about half the patients who were screened qualified for the treatment.\n\nFor some women, a once-a-year mammogram — twice as often as the current standard — is the best bet. Smokers see a doctor twice as often as non-smokers.",
        "flags": [
          "twice as"
        ]
      },
      {
        "title": "A named body that has estimated a figure, or has recommended on one, is its source; a recommendation sources no figure beside it (round 26)",
        "input": "The Leeds Heart Foundation has estimated that 1 in 4 adults snore.\n\nBut it is now known that the pill cuts new cases by at least 92%. Because of its success, the CDC has since recommended that 1 in 4 adults should be offered the pill.",
        "flags": [
          "92%"
        ]
      },
      {
        "title": "The figures before worked out in other terms (“That corresponds to …”) are no new figure; with no figure before, “That amounts to” gives one (round 26)",
        "input": "A new trial of aspirin appears in the journal Circulation.\n\nHeart attacks occurred in 0.51 percent of those taking aspirin and 0.57 percent of those not. That corresponds to a 10 percent relative reduction in risk.\n\nThe drug is cheap. That amounts to about one-third of adults. Aspirin cuts the risk of stroke by 10 percent.",
        "flags": [
          "one-third",
          "10 percent"
        ]
      },
      {
        "title": "Held back: a figure the article gives again, about the same things, with its source; the same number about other things is shown (round 28)",
        "input": "Tuberculosis kills nearly 2 million people a year, most of them in poor countries.\n\nThe new test is cheap.\n\nThe World Health Organization estimates that nearly 2 million people die of tuberculosis each year.\n\nAsthma affects about 2 million children each year.",
        "flags": [
          "2 million"
        ]
      },
      {
        "title": "The same held-back figure shown with the tentative option (round 28)",
        "input": "Tuberculosis kills nearly 2 million people a year, most of them in poor countries.\n\nThe new test is cheap.\n\nThe World Health Organization estimates that nearly 2 million people die of tuberculosis each year.",
        "options": {
          "tentative": true
        },
        "flags": [
          "2 million"
        ]
      },
      {
        "title": "A figure said again only inside a speaker’s quotation is not credited there, and is shown (round 28)",
        "input": "Kidney disease affects 10% of adults.\n\n“Kidney disease now affects about 10% of adults,” said Prof. Jane Roe of Leeds University.",
        "flags": [
          "10%"
        ]
      },
      {
        "title": "Scope `sentence` wants the citation in the same sentence",
        "input": "Around 38% of patients benefit. See [the review](https://example.org/review).",
        "options": {
          "scope": "sentence"
        },
        "flags": [
          "38%"
        ]
      },
      {
        "title": "Figures the authors report in their own voice, and research credited in a trailing clause (round 21)",
        "input": "Using magnetic stimulation, we show that synesthetes display 3-fold lower thresholds than controls.\n\nObesity has doubled since 1980, major global analysis of risk factors reveals.\n\nPeople bereaved by suicide are 65% more likely to attempt suicide. This brings the absolute risk up to 1 in 10, reveals new UCL research.\n\nAbout 30% of adults have high blood pressure.",
        "flags": [
          "30%"
        ]
      },
      {
        "title": "A figure with the test of its comparison is a study’s result; a prevalence with only its interval is not (round 21)",
        "input": "Survival was greater in diabetics than in nondiabetics (38% vs 45%, P = .04).\n\nAbout 12% of adults have diabetes (95% CI 11-13%).",
        "flags": [
          "12%"
        ]
      }
    ]
  },
  {
    "id": "vague-attribution",
    "scope": "text",
    "docs": {
      "summary": "Flags claims credited to unnamed evidence or people: “studies show”, “research has shown”, “experts say”, “it is believed”, “has been found to be”.",
      "rationale": "An unnamed source cannot be checked. “Studies show” often stands for one small study, a press release or nothing at all.",
      "guideline": "JAMA benchmarks for health information, attribution (Silberg, Lundberg & Musacchio 1997); HealthNewsReview.org criterion 5 (quality of the evidence); Wikipedia’s guidance on weasel words.",
      "howToFix": "Name the study, expert or body and link or cite it (“a 2022 trial of 300 adults [1] found …”)."
    },
    "messages": {
      "vague": "Unexpected vague source `{actual}`, expected a named and cited study, expert or body"
    },
    "skip": [
      "boilerplate",
      "reference",
      "caption",
      "furniture"
    ],
    "tentative": "unnamed people told in the past tense (“experts said”) or within three sentences of a named speaker, every agentless passive (“it is believed”, “has been shown to”), unnamed studies or data a named person cites or finds in reported speech (“according to Dr. Roe, studies suggest”, “Dr. Roe cited data showing”, “studies suggest …, she says”), which only that expert vouches for (also with the frame after the claim: “studies show …, said Dr. Roe, a …”), and unnamed evidence told in the simple past (“studies showed”, “research found”) rather than as earlier or other work (“previous studies found”).",
    "optionsSchema": {
      "type": "object",
      "properties": {
        "extraTerms": {
          "type": "array",
          "maxItems": 10000,
          "items": {
            "type": "object",
            "required": [
              "id",
              "match"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "description": "A kebab-case id, shown in reports."
              },
              "match": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 200
                },
                "description": "Words or phrases to flag; a space matches spaces or hyphens, `*` ends a word with any ending."
              },
              "prefer": {
                "type": "string",
                "maxLength": 200,
                "description": "The replacement, offered as a quick fix."
              },
              "message": {
                "type": "string",
                "maxLength": 300,
                "description": "What to tell the writer."
              },
              "caseSensitive": {
                "type": "boolean",
                "description": "Match the case as written (default: ignore case)."
              }
            }
          },
          "description": "More terms to flag, as `{ id, match, prefer?, message? }`."
        },
        "allow": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": "Lexicon entry ids or phrases never to flag."
        },
        "tentative": {
          "type": "boolean",
          "description": "Also report the findings this rule is less sure of: unnamed people told in the past tense (“experts said”) or within three sentences of a named speaker, every agentless passive (“it is believed”, “has been shown to”), unnamed studies or data a named person cites or finds in reported speech (“according to Dr. Roe, studies suggest”, “Dr. Roe cited data showing”, “studies suggest …, she says”), which only that expert vouches for (also with the frame after the claim: “studies show …, said Dr. Roe, a …”), and unnamed evidence told in the simple past (“studies showed”, “research found”) rather than as earlier or other work (“previous studies found”)."
        }
      },
      "additionalProperties": false
    },
    "defaults": {
      "tentative": false
    },
    "examples": [
      {
        "title": "Knowledge credited by “from” to unnamed earlier or other work, and a result credited to unnamed studies as a passive’s agent; a comparison is neither (round 30)",
        "input": "“We know from previous research that one in eight people survive,” Roe said by email. But from other research “we know it is safe to stimulate the area.”\n\nThe clinic is busy.\n\nThe gel, which has been shown in previous studies to ease pain, is cheap. “Our findings confirmed the benefit previously seen in small studies.” Rates were lower than those seen in previous studies.",
        "flags": [
          "We know from previous research",
          "from other research “we know",
          "has been shown in previous studies",
          "previously seen in small studies"
        ]
      },
      {
        "title": "A body of evidence quoted before a speaker named with a degree and an affiliation is still unnamed; bare research in the quote of the reported study’s leader is that study (round 30)",
        "input": "The study is published in the American Journal of Medicine.\n\n“The data adds to the growing body of evidence that the gel works,” said Jane Roe, M.D., director of the Division of Surgery, City Cancer Center in Ohio. “Research points to this as a pathway to prevent blindness,” said Ann Lee, Ph.D., director, City Clinic Research Foundation in Ohio.",
        "flags": [
          "growing body of evidence"
        ]
      },
      {
        "title": "Evidence beside a review that weighed the evidence as a whole is what that review weighed; beside a study of its own people’s data it is unnamed (round 29)",
        "input": "After reviewing the data, the committee concluded that the benefits of high doses were unproven.\n\nEvidence also suggests that high doses raise the risk of falls.\n\nThe clinic is busy.\n\nThe researchers reviewed the data of 2,000 patients.\n\nEvidence also suggests that high doses raise the risk of falls.",
        "flags": [
          "Evidence also suggests"
        ]
      },
      {
        "title": "A body of evidence that a piece of work adds to or is part of is still unnamed, and shown (round 27: readers called it correct 6 times in 10)",
        "input": "The results add to a growing body of evidence linking cocoa to heart health. The research is part of a growing body of evidence showing that weight loss can reverse diabetes.",
        "flags": [
          "growing body of evidence",
          "growing body of evidence"
        ]
      },
      {
        "title": "Held back: a paraphrase its sentence closes with a frame naming the speaker; a frame opening a new claim leaves it shown (round 24)",
        "input": "Previous research has shown that naps help memory, said study co-author Dr. Ann Lee, a professor at City University. Earlier studies have found that naps raise blood pressure, Roe wrote in an email.\n\nThe clinic is busy.\n\nWhile some studies have found that naps help, Roe says there is no evidence that they last.",
        "flags": [
          "some studies have found"
        ]
      },
      {
        "title": "The same held-back paraphrases shown with the tentative option (round 24)",
        "input": "Previous research has shown that naps help memory, said study co-author Dr. Ann Lee, a professor at City University. Earlier studies have found that naps raise blood pressure, Roe wrote in an email.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Previous research has shown",
          "Earlier studies have found"
        ]
      },
      {
        "title": "Held back: unnamed evidence told in the simple past; earlier work so named, and the perfect, are shown (round 24)",
        "input": "Studies showed that the gel eased pain. Studies in 2007 and 2008 suggested that stents raise the risk of clots.\n\nThe clinic is busy.\n\nPrevious studies found that the gel eased pain. Studies have shown that the gel eases pain.",
        "flags": [
          "Previous studies found",
          "Studies have shown"
        ]
      },
      {
        "title": "The same held-back findings shown with the tentative option (round 24)",
        "input": "Studies showed that the gel eased pain. Studies in 2007 and 2008 suggested that stents raise the risk of clots.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Studies showed",
          "Studies in 2007 and 2008 suggested"
        ]
      },
      {
        "title": "What a kind of study can answer, the hypothesis a study sets out to test, and a forecast of uptake credit no claim (round 24)",
        "input": "Observational studies tell you what people will experience if they change their diet. Trials show you whether a drug works. To find out whether yoga could ease back pain, as earlier research had suggested, the team recruited 200 adults. Advocates predict that the number of procedures could double by 2030.\n\nThe clinic is busy.\n\nObservational studies show that people who eat less salt live longer. Earlier research had suggested that yoga eases back pain. Advocates predict that the surgery will end migraine for good.",
        "flags": [
          "studies show",
          "Earlier research had suggested",
          "Advocates predict"
        ]
      },
      {
        "title": "Studies a named person put out as their author are that person’s own (round 23)",
        "input": "Dr. Mark Hale questioned the vaccine in 2003. He has since published other studies finding that it raises hormone levels.\n\nThe vaccine is cheap.\n\nOther studies have found that it raises hormone levels.",
        "flags": [
          "Other studies have found"
        ]
      },
      {
        "title": "Held back: a paraphrase whose frame closes it (“…, she says”), and studies a named person found (round 23)",
        "input": "Dr. Ann Lee runs the sleep clinic.\n\nWhile some studies have shown promise, she says, the evidence is thin. Previous studies suggest that melatonin helps jet lag, he said. Dr. Mark Hale found studies suggesting that naps help memory.\n\nStudies suggest that melatonin helps jet lag.",
        "flags": [
          "Studies suggest"
        ]
      },
      {
        "title": "The same held-back findings shown with the tentative option (round 23)",
        "input": "Dr. Ann Lee runs the sleep clinic.\n\nWhile some studies have shown promise, she says, the evidence is thin. Previous studies suggest that melatonin helps jet lag, he said. Dr. Mark Hale found studies suggesting that naps help memory.",
        "options": {
          "tentative": true
        },
        "flags": [
          "some studies have shown",
          "Previous studies suggest",
          "studies suggesting that"
        ]
      },
      {
        "title": "Held back: the reported study’s researchers closing the paraphrase; a speaker named with a title sources it (round 23)",
        "input": "The study, published in the Journal of Sleep Research, followed 300 adults for a year.\n\nEarlier studies found that naps help memory, the researchers said. Other studies have found that naps raise blood pressure, Dr. Sun said.\n\nEarlier studies found that naps help memory.",
        "flags": [
          "Earlier studies found"
        ]
      },
      {
        "title": "Research cited with the paper the article names, and a lede’s credit to the research it reports (round 23)",
        "input": "Walking soon after surgery could speed recovery, according to research suggesting that patients who walk go home sooner.\n\nThe study, published in the Journal of Surgical Care, followed 400 patients. About two million hip operations are done each year, according to research cited in the paper.\n\nThe patients walked daily.\n\nAbout two million knee operations are done each year, according to research.",
        "flags": [
          "according to research"
        ]
      },
      {
        "title": "A headline’s unnamed people condense the named voices of the body (round 23)",
        "input": "# Doctors say walking speeds recovery\n\n“Walking helps,” said Dr. Ann Lee, a surgeon at City Hospital.",
        "flags": []
      },
      {
        "title": "A headline’s unnamed people in an article that names no one are shown (round 23)",
        "input": "# Experts say naps help memory\n\nNaps are popular. Many people nap after lunch.",
        "flags": [
          "Experts say"
        ]
      },
      {
        "title": "A dated review named by its publisher in the next sentence sources the unnamed studies (round 21)",
        "input": "Surgery is the last resort for sinus problems.\n\nHere are simpler treatments that may offer relief.\n\nCorticosteroid sprays are one option. Studies show that steam inhalation seems to work. Kits cost less.\n\nKits cost $10 to $20 in drugstores.\n\nStudies show that nasal irrigation seems to work. A 2009 review of research by The Cochrane Library found that it can relieve symptoms.",
        "flags": [
          "Studies show"
        ]
      },
      {
        "title": "Research a named document cites, and “others” of a group the sentence before opens on (round 21)",
        "input": "The FDA sent the company a warning letter in 2010. The letter cited safety concerns, specifically research indicating that melatonin reduced glucose tolerance.\n\nSome people with dyslexia have trouble reading. Others say that letters look blurry.\n\nThe drug is popular. Others say that it raises blood pressure.",
        "flags": [
          "Others say"
        ]
      },
      {
        "title": "A named programme telling what it found, next door, sources the unnamed studies (round 21)",
        "input": "The new trial treated 11 people.\n\nThe diet was strict.\n\nEach meal was weighed.\n\nPrevious studies have suggested that fasting can combat diabetes.\n\nThe diet cost little.\n\nPrevious studies have suggested that diet and exercise can combat diabetes. The Diabetes Prevention Program in the U.S. revealed in 2002 that diet and exercise alone can prevent diabetes.",
        "flags": [
          "Previous studies have suggested"
        ]
      },
      {
        "title": "A question about the evidence, after a verb of asking, credits nothing (round 21)",
        "input": "Ask what research backs up the practitioner’s methodology. Find out which studies support the device. Research backs up the practitioner’s methodology.",
        "flags": [
          "Research backs"
        ]
      },
      {
        "title": "Studies still to come credit nothing (round 20)",
        "input": "She is hopeful further studies will confirm these early results. Future studies may show more. Studies suggest the drug helps.",
        "flags": [
          "Studies suggest"
        ]
      },
      {
        "title": "A sentence that points at the particular papers it means (round 20)",
        "input": "Fewer studies link coffee to dying early, but this classic found a link with six cups a day, while this 2013 paper found it only under 55. Studies link coffee to dying early.",
        "flags": [
          "Studies link"
        ]
      },
      {
        "title": "How the body works, further into the claim or ending on a pathway, is a mechanism (round 20)",
        "input": "Previous studies indicated that chemicals in green tea called polyphenols are absorbed and alter the energy metabolism in the liver. Because evidence suggests that the two disorders share overlapping neurobiological pathways, the team tested the drug. Previous studies indicated that green tea lowers blood pressure.",
        "flags": [
          "Previous studies indicated"
        ]
      },
      {
        "title": "A review’s own abstract: the evidence it weighs is its included trials (round 19)",
        "input": "Six randomised trials involving a total of 394 children were included. Current evidence suggests that nasal steroids may improve symptoms.",
        "flags": []
      },
      {
        "title": "The same sentence in a text with no review’s apparatus still needs its source (round 19)",
        "input": "Six children in the class were treated. Current evidence suggests that nasal steroids may improve symptoms.",
        "flags": [
          "evidence suggests"
        ]
      },
      {
        "title": "A flattened note number that the release's notes resolve (round 18)",
        "input": "But studies show that many patients do not take their eye drops as directed due to forgetfulness. 1 Some patients stop after a year.\n\n1 Patterns of Glaucoma Medication Adherence over Four Years of Follow-Up, Newman-Casey, et al. Ophthalmology, 2015.\n",
        "flags": []
      },
      {
        "title": "The same bare number with no note to resolve it (round 18)",
        "input": "But studies show that many patients do not take their eye drops as directed. 1 Some patients stop after a year.\n",
        "flags": [
          "studies show"
        ]
      },
      {
        "title": "Evidence graded as indirect in a review (round 18)",
        "input": "Studies were also inconclusive regarding any differences between the two antibiotics, although indirect evidence suggests a benefit of quinolones cannot be ruled out.",
        "flags": []
      },
      {
        "title": "A summary of evidence answering its title’s question: its unnamed studies are the ones it weighs; hearsay it checks (round 17)",
        "input": "# Does ginger ease period pain?\n\nPrevious studies suggest that ginger eases period pain. But the quality of the studies is low.\n\nBoth studies [ 1,2 ] found less pain with ginger than with a placebo. According to reports, the tea is said to have cured many people.",
        "flags": []
      },
      {
        "title": "Unnamed research",
        "input": "Research has shown that symptoms ease within minutes.",
        "flags": [
          "Research has shown"
        ]
      },
      {
        "title": "Unnamed experts",
        "input": "Many scientists claim that it works.",
        "flags": [
          "Many scientists claim"
        ]
      },
      {
        "title": "A passive with no agent",
        "input": "It is widely believed that sugar causes hyperactivity.",
        "options": {
          "tentative": true
        },
        "flags": [
          "It is widely believed"
        ]
      },
      {
        "title": "A cited study",
        "input": "Studies show a small benefit ([Smith et al., 2021](https://doi.org/10.1000/xyz)).",
        "flags": []
      },
      {
        "title": "A named source",
        "input": "Researchers at the University of Leeds found a small benefit.",
        "flags": []
      },
      {
        "title": "A signpost heading",
        "input": "## What the science says\n\nA 2021 trial found a small benefit.",
        "flags": []
      },
      {
        "title": "A footnote marker",
        "input": "Research has shown frail patients are less likely to be treated.iv,v,vi",
        "flags": []
      },
      {
        "title": "Research named by its institution",
        "input": "New Harvard research finds walnuts slow tumour growth.",
        "flags": []
      },
      {
        "title": "The researchers of the study the article reports",
        "input": "A trial of 300 adults tested the drug.\n\nResearchers said no patients stopped treatment.",
        "flags": []
      },
      {
        "title": "The researchers of a study the article identifies further on",
        "input": "A patient’s story opens the article.\n\nIt could become the norm, researchers say.\n\nThe new study is published in the journal Pediatrics.",
        "flags": []
      },
      {
        "title": "The study the article reports, named in the same clause",
        "input": "The new study is published in the journal Pediatrics.\n\nIt is the first time the combination has been shown to work in a randomized Phase II study.\n\nEating fish may boost brain health, new brain scan research suggests.",
        "flags": []
      },
      {
        "title": "A headline summing up the studies the article reports",
        "input": "# Studies show antibiotics work better than waiting\n\nTwo new studies in the New England Journal of Medicine tested amoxicillin.",
        "flags": []
      },
      {
        "title": "The research the study’s own scientists are doing",
        "input": "British scientists conducting early-stage research have found that a new drug could treat leukemia.\n\nThe study is published in the journal Nature.",
        "flags": []
      },
      {
        "title": "The studies a review included",
        "input": "This review included 12 trials of exercise.\n\nStudies found mixed results.",
        "flags": []
      },
      {
        "title": "An organisation or a named study in the same or the next sentence",
        "input": "Groups including the American Cancer Society stress that mammograms have been proven to save lives.\n\nThe Women’s Health Initiative tested the hormones. They have been shown to raise the risk.",
        "flags": []
      },
      {
        "title": "The source named in the next sentence",
        "input": "Research has shown that it helps. A 2021 trial published in The Lancet found a 10% benefit.",
        "flags": []
      },
      {
        "title": "A study cited by its journal in the same or the next sentence",
        "input": "A few small studies suggest that acupuncture may help, but, as one study in the Journal of Alternative and Complementary Medicine indicated, more research is needed. Studies suggest it helps. A 2019 trial published in the journal Pain found a benefit.",
        "flags": []
      },
      {
        "title": "Unnamed earlier research",
        "input": "Prior studies have shown a strong effect. Other research about longer courses shows harms.",
        "flags": [
          "Prior studies have shown",
          "Other research about longer courses shows"
        ]
      },
      {
        "title": "A speaker’s own published work in the next sentence",
        "input": "“It has been shown to alter patient behaviour. I’ve published data that patients stay on treatment.”",
        "flags": []
      },
      {
        "title": "The studies a review set against its own",
        "input": "This review included 12 trials of exercise.\n\nOther research about steroids shows harms.",
        "flags": [
          "Other research about steroids shows"
        ]
      },
      {
        "title": "How something acts in the body is a mechanism, not a health claim",
        "input": "Studies suggest the cream works by reducing inflammation. Fish oil has been shown to help keep blood from clotting, which may protect the heart. Fish oil has been shown to prevent heart attacks.",
        "options": {
          "tentative": true
        },
        "flags": [
          "has been shown to"
        ]
      },
      {
        "title": "What plays a role in a disease is a mechanism or its hypothesis, not a benefit or a risk",
        "input": "Some research suggests that inflammation plays a role in the development of breast cancer. Since magnesium may play a role in calming the nervous system, some researchers believe that low magnesium may cause the symptoms. Research suggests that the drugs dampen inflammatory processes in the arteries. Studies show the drug has a role in treating depression.",
        "flags": [
          "Studies show"
        ]
      },
      {
        "title": "A maker the article has named, referred back to after “according to”",
        "input": "About 8,000 patients have had the treatment, according to reports by the device’s maker. About 8,000 patients have had the treatment, according to reports.",
        "flags": [
          "according to reports"
        ]
      },
      {
        "title": "Unnamed studies whose claim the next sentence credits to a dated study by a named body",
        "input": "Other studies have suggested that SAMe can relieve symptoms of depression. A 2002 analysis of depression trials conducted by the Agency for Healthcare Research and Quality found that SAMe use resulted in benefits.",
        "flags": []
      },
      {
        "title": "“The experts” refer back to experts named just before, by surname alone",
        "input": "“You desensitize the brain’s receptors to melatonin,” Wurtman says. “You become less responsive.”\n\nThe bottom line, according to the experts? Start with a small dose.\n\nThe bottom line, according to experts? Start with a small dose.",
        "flags": [
          "according to experts"
        ]
      },
      {
        "title": "A name after “according to” credits the whole sentence",
        "input": "Research shows that most asthma deaths are preventable, according to Asthma UK.",
        "flags": []
      },
      {
        "title": "A demonstrative before a list of adjectives points back; one with its own noun does not",
        "input": "Dr Roe said: “The results from these two small, early-stage studies show that the vaccines are safe.” In these cases, studies show that the drug works.",
        "flags": [
          "studies show"
        ]
      },
      {
        "title": "Unnamed people in a quote its named speaker closes",
        "input": "\"Doctors will say, 'The side effects are manageable,'\" Turnham says.",
        "flags": []
      },
      {
        "title": "Unnamed evidence in a named speaker’s quote",
        "input": "“The data adds to the growing body of evidence that it works,” said Dr Jane Roe, director of the Division of Surgery.",
        "flags": [
          "growing body of evidence"
        ]
      },
      {
        "title": "A named speaker’s paraphrase, and its pronoun next door",
        "input": "Calabresi says many people think of pills as safer than injections. He says many people think so.",
        "flags": []
      },
      {
        "title": "Particular people, a condition, and a subject that is not the head of its phrase",
        "input": "Pamela’s doctors said her tubes were blocked. Surgery is advised when doctors feel the cancer will grow. A new analysis of existing clinical trial evidence has found a benefit. Often, Efrati and others say, injured cells survive.",
        "flags": []
      },
      {
        "title": "Unnamed experts whose named colleague opens the next paragraph",
        "input": "Experts say we cannot give lycopene all the credit.\n\n“It is not proof,” explains Dr. Daniel Labovitz, director of the Stern Stroke Center.\n\nThe trial ran for a year.\n\nExperts say it works.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Experts say"
        ]
      },
      {
        "title": "A paraphrase that ends by naming its speaker, and a quote its named speaker opens",
        "input": "Studies have shown that the new tests do a better job, says Norton. Data showed the drug outperformed the older one, Cempra said on Sunday. Brooks says, “Many felt a deep bond with their pet.”",
        "flags": []
      },
      {
        "title": "A paraphrase with words quoted after the evidence, closed by the team whose paper it is",
        "input": "Animal studies have shown that omega-3 fats “play critical roles in sperm maturation,” Robbins’ team writes.\n\n“Animal studies have shown that omega-3 fats play critical roles,” Robbins’ team writes.",
        "flags": [
          "studies have shown"
        ]
      },
      {
        "title": "Evidence to come, in a condition",
        "input": "The implications are big if larger, longer studies prove the drug works.",
        "flags": []
      },
      {
        "title": "A question, scare quotes, and a belief about particular people credit no claim",
        "input": "# Knee Surgery: Why Don’t Surgeons Agree?\n\nThe maker sells a cream “clinically proven” to fade scars. The shots helped even children who were thought to have no hearing left.",
        "flags": []
      },
      {
        "title": "The study the article reports, as “the research” or a first",
        "input": "The trial of 90 adults is published in the journal Sleep.\n\nThe pill works only in the gut, according to the research. This is the first time it has been shown to work in people.",
        "flags": []
      },
      {
        "title": "Unnamed experts whose evidence is cited in the next sentence",
        "input": "Some doctors say sitting up straight matters less than thought. A study of 900 office workers published last year in the journal Spine found no link with back pain.",
        "flags": []
      },
      {
        "title": "Unnamed studies followed by another, cited one",
        "input": "Previous studies found that the hormone eased repetitive behaviour. Another study being published in the journal Biological Psychiatry found that it helped teenagers read faces.",
        "flags": [
          "Previous studies found"
        ]
      },
      {
        "title": "Unnamed experts whose named colleague’s quote, over several sentences, opens the next paragraph",
        "input": "Experts say the cream restores the balance of the skin.\n\n“Healthy skin carries many bacteria. We know that patients lack the good ones,” said Jane Roe, MD, head of allergy at City Hospital.",
        "flags": []
      },
      {
        "title": "A review’s own judgement of its trials, in an agentless past passive",
        "input": "This review included 12 trials of chemotherapy.\n\nWhere toxicity was reported in the publications, it was thought to be manageable.",
        "options": {
          "tentative": true
        },
        "flags": []
      },
      {
        "title": "A call for more studies, and a numbered reference after the full stop",
        "input": "Larger studies in other countries are needed to confirm the results.\n\nIt is estimated that one adult in ten has the condition. (2)",
        "flags": []
      },
      {
        "title": "Unnamed people beside a speaker named by surname, and alone",
        "input": "Implants fail in fewer than 1% of women, doctors said. They cost several hundred dollars, Peipert said.\n\nThe trial ran for a year.\n\nDoctors say the implants are safe.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Doctors say"
        ]
      },
      {
        "title": "A passive beside the source named saying it, and a paraphrase of a speaker named by surname",
        "input": "The National Center for PTSD estimates that 7 percent of adults will have PTSD. For veterans, it is estimated that 30 percent will.\n\nKopans noted that mammography is the only test that has been proven to cut deaths.\n\nIt is estimated that 30 percent of veterans will have PTSD.",
        "options": {
          "tentative": true
        },
        "flags": [
          "It is estimated"
        ]
      },
      {
        "title": "Unnamed experts beside a body saying it, or a journal analysis opening the next paragraph",
        "input": "Experts say women should be screened from 65. The Preventive Services Task Force recommends a test every two years.\n\nYet many experts say the benefits outweigh the risks.\n\nAn analysis in the New England Journal of Medicine found 100 fractures prevented for each one caused.",
        "flags": []
      },
      {
        "title": "Earlier studies beside the new study the article reports, which is no source for them",
        "input": "Previous studies have found that pink noise improves memory. A small new study published in the journal Sleep tested it in older adults.",
        "flags": [
          "Previous studies have found"
        ]
      },
      {
        "title": "What the reported study found, in a past passive or from its doctors, and a belief credited to no one",
        "input": "The trial of 90 adults is published in the journal Sleep.\n\nIt was found that the pill eased pain. The results were striking, according to doctors at three centres who took part in the trial.\n\nIt is believed that stress worsens sleep.",
        "options": {
          "tentative": true
        },
        "flags": [
          "It is believed"
        ]
      },
      {
        "title": "Earlier research cited in the journal the claim is told in, and prior studies beside where the reported study appeared",
        "input": "Previous research found that deaths fell 4 percent, the researchers write in JAMA Cardiology.\n\nThe team tested a scan of the eye. In the study, published in the journal Schizophrenia Research, the team built on prior studies showing that the retina changes.",
        "flags": [
          "prior studies showing that"
        ]
      },
      {
        "title": "A possessive past an abbreviation names whose studies they are",
        "input": "Lopez’s initial U.S. studies have shown some benefit.",
        "flags": []
      },
      {
        "title": "Officials of a company named next door, and of none",
        "input": "Dermix makes the gel in Ohio. It caused no burns in its trials, company officials said.\n\nThe trial ran for a year.\n\nThe gel is safe, health officials said.",
        "options": {
          "tentative": true
        },
        "flags": [
          "officials said"
        ]
      },
      {
        "title": "“According to some” as people, and as “in keeping with”",
        "input": "Doses are shared out according to some sort of fair plan.\n\nThe trial ran for a year.\n\nThe gel works, according to some.",
        "flags": [
          "according to some"
        ]
      },
      {
        "title": "Research credited by its journal or meeting, and a person named after an initial (round 19)",
        "input": "Tomatoes could help reduce the risk of stroke, according to research published this week in the journal Neurology. Older people can be treated safely with radiation, according to research presented today at the 2017 Thoracic Cancers Symposium.\n\nSome say the new study helps women. Mammograms may cut the risk a little, says H. Gilbert Welch of Dartmouth Medical School.",
        "flags": []
      },
      {
        "title": "A review that counts its included studies owns its unnamed evidence (round 19)",
        "input": "We looked at the evidence up to February 2014 and included 11 studies involving 699 participants.\n\nSome evidence suggests that forced air warming is better at rewarming patients.",
        "flags": []
      },
      {
        "title": "Held back: unnamed evidence in a named person’s reported speech (with the tentative option; round 19)",
        "input": "But according to Michail, studies suggest that only some people avoid a cold by taking probiotics. Dr. Deland cited data showing that 90 percent of ankle replacements were still in place.",
        "options": {
          "tentative": true
        },
        "flags": [
          "studies suggest",
          "data showing that"
        ]
      },
      {
        "title": "Held back: unnamed evidence in a named person’s reported speech; told before the speaker, it is shown (round 19)",
        "input": "But according to Michail, studies suggest that only some people avoid a cold by taking probiotics.\n\nThough African studies have linked circumcision to lower rates of infection, Perera said that only future studies will tell.",
        "flags": [
          "studies have linked"
        ]
      },
      {
        "title": "New evidence the reported study’s researchers have found is that study (round 26)",
        "input": "Researchers have found new evidence showing that green tea may slow cell aging. The study, published in the journal Cell Metabolism, tested 40 mice.\n\nThe clinic is busy.\n\nThere is new evidence showing that green tea may slow cell aging.",
        "flags": [
          "new evidence showing that"
        ]
      },
      {
        "title": "Research support a person received is funding, not research supporting a claim (round 26)",
        "input": "The authors have received research support from the makers of the drug.\n\nResearch supports the use of the drug.",
        "flags": [
          "Research supports"
        ]
      },
      {
        "title": "Held back: the same reported speech with “According to” opening the sentence (round 26)",
        "input": "According to Farley, some but not all studies suggest that green tea protects the skin.\n\nSome but not all studies suggest that green tea protects the skin.",
        "flags": [
          "studies suggest"
        ]
      },
      {
        "title": "Unnamed evidence the sentence credits to a named person, and the same in a quote",
        "input": "Studies suggest that half of migraines can be prevented, according to Dr. Jane Roe, a neurologist at City Hospital.\n\nAccording to Dr. Jane Roe, “Studies suggest that half of migraines can be prevented.”",
        "flags": [
          "Studies suggest"
        ]
      },
      {
        "title": "A news lede closing on the study the article reports, and one opening on background",
        "input": "A drug for impotence may help treat brain tumors, research shows.\n\nThe finding comes from a new study in mice.",
        "flags": []
      },
      {
        "title": "A headline’s mounting evidence is the study the article reports",
        "input": "# Mounting evidence shows cocoa improves memory\n\nA trial of 90 adults published in the American Journal of Clinical Nutrition tested cocoa.",
        "flags": []
      },
      {
        "title": "Background in a lede, before the news",
        "input": "Studies show dieters who keep a record lose more weight.\n\nThe finding comes from a new study of 300 adults.",
        "flags": [
          "Studies show"
        ]
      },
      {
        "title": "People telling what the reported trial found, and outsiders judging it",
        "input": "The trial of 1,700 adults is published in the journal JAMA.\n\nIn a presentation Sunday, doctors said the trial found a small benefit. Experts said the study was too small to change practice.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Experts said"
        ]
      },
      {
        "title": "A signpost to what follows",
        "input": "Here’s what the science says. A 2020 review of 12 trials in the BMJ found no benefit.",
        "flags": []
      },
      {
        "title": "People just described telling their own experience",
        "input": "We asked 40 patients about the device.\n\nMany said they felt better within a week. Some say, “I can’t sleep without it.”\n\nMany say the device works.",
        "flags": [
          "Many say"
        ]
      },
      {
        "title": "A patient’s doctors on his case, and unnamed experts on a drug",
        "input": "Hollis Bardwell had the implant fitted in June.\n\nDoctors said Bardwell was doing well on Monday.\n\nExperts say Avastin is as good as Lucentis.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Experts say"
        ]
      },
      {
        "title": "Unnamed people in the past tense, held back as tentative",
        "input": "Experts said the drug was a step forward.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Experts said"
        ]
      },
      {
        "title": "Unnamed people in the past tense are not shown by default",
        "input": "Experts said the drug was a step forward.",
        "flags": []
      },
      {
        "title": "Unnamed people near a named speaker, held back as tentative",
        "input": "“It is a big step,” said Dr. Jane Roe, a surgeon at City Hospital.\n\nThe trial ran for a year.\n\nDoctors say the gel works.",
        "options": {
          "tentative": true
        },
        "flags": [
          "Doctors say"
        ]
      },
      {
        "title": "Unnamed people near a named speaker are not shown by default",
        "input": "“It is a big step,” said Dr. Jane Roe, a surgeon at City Hospital.\n\nThe trial ran for a year.\n\nDoctors say the gel works.",
        "flags": []
      },
      {
        "title": "An agentless passive, held back as tentative",
        "input": "It is believed that stress worsens sleep.",
        "options": {
          "tentative": true
        },
        "flags": [
          "It is believed"
        ]
      },
      {
        "title": "An agentless passive is not shown by default",
        "input": "It is believed that stress worsens sleep.",
        "flags": []
      },
      {
        "title": "A view the next sentence overturns, and one it only qualifies",
        "input": "Many think that heel pain is caused by bone spurs. But specialists don’t think that anymore.\n\nProponents say the surgery is more accurate. But that does not necessarily mean outcomes are better.",
        "flags": [
          "Proponents say"
        ]
      },
      {
        "title": "The evidence a review next door gathered, and other studies set against it",
        "input": "Newer evidence has shown that early peanut lowers the risk. The authors reviewed all of the available evidence and included 146 studies.\n\nOther studies have suggested that eggs help. The team analyzed 18 studies of peanut.",
        "flags": [
          "Other studies have suggested"
        ]
      },
      {
        "title": "Hearsay a sceptical column reports in order to test it",
        "input": "# The Healthy Skeptic: anti-ageing drinks\n\nA vial costs $250. The effects are said to last six months.",
        "options": {
          "tentative": true
        },
        "flags": []
      },
      {
        "title": "Evidence said to be thin denies support; “a few studies” credits it",
        "input": "“Only a few studies show that supplements improve the skin.” Few studies have found a benefit.\n\nThe trial ran for a year.\n\nA few small studies suggest that it helps.",
        "flags": [
          "studies suggest"
        ]
      },
      {
        "title": "Unnamed people in a named speaker’s paraphrase, and alone",
        "input": "Cardinal says exercise helps older adults. But he says that many believe that old age is for resting.\n\nThe trial ran for a year.\n\nMany believe that old age is for resting.",
        "flags": [
          "Many believe"
        ]
      },
      {
        "title": "Unnamed people whose evidence the sentence cites by its journal",
        "input": "Advocates argue the drug helps, pointing to a study in the Journal of Pain that found less opioid use.\n\nThe trial ran for a year.\n\nAdvocates argue the drug helps.",
        "flags": [
          "Advocates argue"
        ]
      },
      {
        "title": "A lede closing on the preliminary research the article reports",
        "input": "A pomegranate pill may slow prostate cancer, preliminary research suggests.\n\nThe new study involved 92 men with rising PSA levels.",
        "flags": []
      },
      {
        "title": "More of the reported study’s work, and background told in the perfect",
        "input": "The trial of 13 adults is published in the journal Nature Medicine.\n\nFurther research in the lab showed that the viruses were still sensitive. Further studies have shown that the virus mutates.",
        "flags": [
          "studies have shown"
        ]
      },
      {
        "title": "“The science” in an article reporting its study",
        "input": "The trial of 300 adults is published in the Annals of Internal Medicine.\n\n“It is great to see the science confirm what we see clinically,” says Westman.",
        "flags": []
      },
      {
        "title": "Physiology told as background, and a benefit",
        "input": "Previous studies have shown that nitrites — also found in celery — widen blood vessels. Previous studies have shown that nitrites widen arteries and cut heart attacks.",
        "flags": [
          "Previous studies have shown"
        ]
      },
      {
        "title": "The people or work of a named institution after “according to”, and of a country",
        "input": "Now, according to scientists at the University of Colorado, there is evidence that the fat helps.\n\nThe trial ran for a year.\n\nIt works, according to research from the UK.",
        "flags": [
          "according to research"
        ]
      },
      {
        "title": "Unnamed people answered next door by a person introduced by occupation and full name",
        "input": "Results have varied, according to doctors who have used the laser. New Jersey podiatrist Anas Khoury says it works in most of his patients.\n\nThe trial ran for a year.\n\nResults have varied, according to doctors.",
        "flags": [
          "according to doctors"
        ]
      },
      {
        "title": "Unnamed people answered by a named body giving its view at the next paragraph’s opening",
        "input": "Many health experts think that is too much treatment to justify the results.\n\nSo when the U.S. Preventive Services Task Force recommends against routine testing, it makes a judgment call.\n\nThe trial ran for a year.\n\nMany health experts think that is too much treatment.",
        "flags": [
          "health experts think"
        ]
      },
      {
        "title": "“Now,” before research, as the news the article reports",
        "input": "Cutting the cord is a big event.\n\nNow, research suggests there may be benefits to waiting.\n\nThe new study, published in the journal JAMA Pediatrics, followed 263 children.",
        "flags": []
      },
      {
        "title": "“Now,” before research in an article that reports no study",
        "input": "Cutting the cord is a big event.\n\nNow, research suggests there may be benefits to waiting.",
        "flags": [
          "research suggests"
        ]
      },
      {
        "title": "Research its team carried out, preliminary research in the present, and research after “the new paper” (round 17)",
        "input": "A team led by Dr. Patrick McGeer has carried out studies suggesting that ibuprofen can prevent the disease. The study is published in the Journal of Alzheimer’s Disease.\n\nPreliminary research suggests that a single shot might lower cholesterol.\n\nThe new paper describes how the vaccine might affect diabetes. According to studies in mice, it has two effects.",
        "flags": []
      },
      {
        "title": "Preliminary research in the past (held back since round 24, shown with the tentative option), and studies told in the perfect after the new paper (round 17)",
        "options": {
          "tentative": true
        },
        "input": "The study is published in the journal Neurology.\n\nSmall, preliminary studies suggested the drug can reduce pain.\n\nThe new paper describes how the vaccine works. Studies have shown that it is safe.",
        "flags": [
          "studies suggested",
          "Studies have shown"
        ]
      },
      {
        "title": "One signalling structure relying on another is physiology (round 17)",
        "input": "Research suggests that the cannabinoid and opioid receptor systems rely on common signaling pathways in the brain. Research suggests that opioid receptors drive addiction.",
        "flags": [
          "Research suggests"
        ]
      },
      {
        "title": "A project’s own terms and exceptions",
        "input": "Insiders say it works. Experts say it is safe.",
        "options": {
          "extraTerms": [
            {
              "id": "insiders",
              "match": [
                "insiders say"
              ]
            }
          ],
          "allow": [
            "experts-say"
          ]
        },
        "flags": [
          "Insiders say"
        ]
      },
      {
        "title": "The authors’ own data and findings, in their own voice (round 21)",
        "input": "Our in vitro, in vivo and clinical data support a role for the ERK5 pathway in prostate cancer.\n\nWe found that happiness predicts non-use. Findings showed higher happiness scores in persistent non-users.\n\nPrevious studies suggest that happiness protects against drug use.",
        "flags": [
          "Previous studies suggest"
        ]
      }
    ]
  }
];
