import { describe, expect, it } from 'vitest';
import {
  closingBioOf,
  columnNoteOf,
  contactSignOff,
  namesWriter,
  speaksInFirstPerson,
} from '../../src/language/sign-offs.js';

describe('sign-offs', () => {
  it('reads a writer named by a role in a follow line (round 17)', () => {
    expect(namesWriter('Follow AP Medical Writer Lindsey Tanner at @LindseyTanner .')).toBe(true);
    expect(namesWriter('Follow AP Medical Writer Carla K. Johnson on Twitter: @CarlaKJohnson')).toBe(true);
    expect(namesWriter('Follow AP Medical Writer Lindsey Tanner at http://www.twitter.com/LindseyTanner .')).toBe(true);
    expect(namesWriter('Follow USA TODAY tech reporter Marco della Cava on Twitter.')).toBe(true);
    expect(namesWriter('— Follow Science Writer Ann Berry on Instagram')).toBe(true);
    // An outlet's or organisation's line has no writer's role before a name.
    expect(namesWriter('Follow CNN Health on Facebook and Twitter')).toBe(false);
    expect(namesWriter('Follow AHA/ASA news on Twitter @HeartNews')).toBe(false);
    expect(namesWriter('Follow us on Twitter @AmerGastroAssn')).toBe(false);
    expect(namesWriter('Follow the conversation about JAAOS on Twitter')).toBe(false);
  });

  it('reads a writer’s beat or column, not a quoted expert’s role', () => {
    expect(
      namesWriter(
        "EDITOR'S NOTE — Lauran Neergaard covers health and medical issues for The Associated Press in Washington.",
      ),
    ).toBe(true);
    expect(namesWriter('Ann Berry covers medicine for the Daily Courier.')).toBe(true);
    expect(
      namesWriter(
        'Ms. Landro, a Wall Street Journal assistant managing editor, writes the Informed Patient column. Email: laura.landro@wsj.com.',
      ),
    ).toBe(true);
    expect(
      namesWriter(
        'Dr. Richard Besser, ABC News’ chief health and medical editor, called the study’s findings “very interesting.”',
      ),
    ).toBe(false);
    expect(
      namesWriter('Mitchell Katz, deputy editor of JAMA Internal Medicine, writes that the estimates are uncertain.'),
    ).toBe(false);
    expect(namesWriter('Insurance usually covers the cost of proton therapy for children, Yock says.')).toBe(false);
  });

  it('reads a person’s sign-off with their own contact details', () => {
    expect(contactSignOff('William Porter: 303-954-1877 or wporter@denverpost.com')).toBe(true);
    expect(contactSignOff('Douglas Brown: 303-954-1395 or djbrown@denverpost.com')).toBe(true);
    expect(contactSignOff('Jason Blevins: 303-954-1374 or jblevins@denverpost.com')).toBe(true);
    expect(contactSignOff('James Walsh • 612-673-7428')).toBe(true);
    // An organisation's line, an address that is not the person's own, a sentence.
    expect(contactSignOff('Moore Medical: 800-234-1464 www.mooremedical.com/flu')).toBe(false);
    expect(contactSignOff('Cardinal Health: 866-677-4844')).toBe(false);
    expect(contactSignOff('Jane Roe: press@example.org')).toBe(false);
    expect(contactSignOff('Vanessa Wasta, 410-614-2916, wasta@jhmi.edu')).toBe(false);
    expect(contactSignOff('Ann Berry: the study was small, 303-954-1877')).toBe(false);
  });

  it('reads a closing biography’s person: a full name, “is”, a role at an organisation (round 18)', () => {
    expect(
      closingBioOf(
        "Dr. Jennifer Landa is Chief Medical Officer of BodyLogicMD, the nation's largest franchise of physicians.",
      ),
    ).toBe('Landa');
    expect(closingBioOf('Jane Roe, M.D., is a family physician at Mercy Hospital in Denver.')).toBe('Roe');
    expect(closingBioOf('Lawrence Marsh is an analyst at Barclays Capital.')).toBe('Marsh');
    // An organisation, a product, or a person without a role at an organisation.
    expect(closingBioOf('Penn Medicine is committed to improving lives.')).toBeUndefined();
    expect(closingBioOf('Mona Lisa is ideal for women who can’t take estrogen.')).toBeUndefined();
    expect(closingBioOf('Jane Roe is happy with the results.')).toBeUndefined();
  });

  it('reads a columnist’s closing note: a full name, then what the column does (round 20)', () => {
    expect(
      columnNoteOf(
        'Julia Belluz will sift through the research and consult with experts in the field to figure out how science can help.',
      ),
    ).toBe('Belluz');
    expect(columnNoteOf('Jane Brody writes about personal health for the Science section.')).toBe('Brody');
    expect(columnNoteOf("Dr. Ann Lee answers readers' questions every week.")).toBe('Lee');
    expect(columnNoteOf('Tara Parker-Pope reports on health and families.')).toBe('Parker-Pope');
    // Someone doing something else: presenting, leading, answering a charge.
    expect(columnNoteOf('Jane Roe will present the findings at a meeting in May.')).toBeUndefined();
    expect(columnNoteOf('Jane Roe answers to the hospital board.')).toBeUndefined();
    expect(columnNoteOf('The Mayo Clinic will sift through the records.')).toBeUndefined();
  });

  it('tells a writer’s first person from a quoted speaker’s and from numerals (round 18)', () => {
    expect(
      speaksInFirstPerson(['Another problem I have with the guidelines is this.', 'I find this outrageous.']),
    ).toBe(true);
    expect(speaksInFirstPerson(['My patients ask me about it every week.'])).toBe(true);
    expect(speaksInFirstPerson(['“I feel great, and my knees work,” she said.'])).toBe(false);
    expect(speaksInFirstPerson(['The phase I trial enrolled people with type I diabetes.'])).toBe(false);
  });
});
