/**
 * How a news story names its writer at the end, in the shapes newspapers and wires print below the
 * last paragraph (missing-byline, eval/judged round 17). Each shape ties a person's name to the
 * writing: a writer's role before the name, a beat the person covers for an outlet, a column the
 * person writes, or the person's own address. A line about a quoted expert ("Dr. X, ABC News'
 * chief medical editor, called the study …") names no role in the writing and is not read as one;
 * a release's list of media contacts is left to the rule's `contactsName` reading.
 */

/** A person's name: a first name, an optional middle initial, then one or two surnames or particles. */
const personName = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: (?:\p{Lu}[\p{Ll}'’-]+|de|del|della|di|da|van|von|der|le|la|du)){1,2}`;
/** A writer's role word. */
const writerRole = String.raw`(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Jj]ournalist)`;

/**
 * “Follow AP Medical Writer Lindsey Tanner at @LindseyTanner”, “Follow AP Medical Writer Carla K.
 * Johnson on Twitter: @CarlaKJohnson”, “Follow USA TODAY tech reporter Marco della Cava on Twitter.”:
 * an invitation to follow a person the line calls a writer. The role makes the person the writer, so
 * no handle is needed; an outlet's own line (“Follow CNN Health on Twitter”) has no role before a name.
 */
const followWriter = new RegExp(
  String.raw`^(?:[-—–_]{1,3} ?)?[Ff]ollow (?:[\p{L}.&'’-]+ ){0,4}${writerRole} ${personName} ` +
    String.raw`(?:on (?:Twitter|X|Instagram|Facebook|Threads|Bluesky)\b|at @\w|at (?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/)`,
  'u',
);

/**
 * A closing note on the writer's beat or column: “EDITOR'S NOTE — Lauran Neergaard covers health and
 * medical issues for The Associated Press in Washington”, “Ms. Landro, a Wall Street Journal assistant
 * managing editor, writes the Informed Patient column.” A quoted expert's line neither covers a beat
 * for an outlet nor writes a column.
 */
const writerBeat = new RegExp(
  [
    String.raw`^(?:(?:EDITOR['’]S NOTE|Editor['’]s [Nn]ote)\s?[-—–:]{1,2}\s?)?(?:(?:Dr|Mr|Mrs|Ms|Miss)\.? )?${personName} covers [\p{L}, '’-]{3,80} for (?:[Tt]he )?\p{Lu}`,
    String.raw`^(?:(?:Dr|Mr|Mrs|Ms|Miss)\.? \p{Lu}[\p{Ll}'’-]+|${personName}), (?:a|an|the) [^,]{1,60} ${writerRole}, writes (?:the|a|this) (?:[\p{L}'’-]+ ){0,4}(?:column|blog|newsletter)\b`,
  ].join('|'),
  'u',
);

/** Whether a closing line names the story's writer by a role, a beat or a column (`followWriter`, `writerBeat`). */
export function namesWriter(line: string): boolean {
  return followWriter.test(line) || writerBeat.test(line);
}

/**
 * A sign-off of a name and how to reach the person: “William Porter: 303-954-1877 or
 * wporter@denverpost.com”, “James Walsh • 612-673-7428”. The name comes first on the line, then a
 * colon, bullet or bar, then nothing but telephone numbers, addresses and “or”.
 */
const contactLine = new RegExp(
  String.raw`^(${personName}) ?[:•|] ?((?:(?:\+?\(?\d[\d ().-]{6,16}\d|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3})[ ,;/]{0,3}(?:or )?){1,3})\.?$`,
  'u',
);
/** A word that makes a name an organisation's rather than a person's (“Moore Medical: 800-…”). */
const organisationWord =
  /\b(?:Health|Healthcare|Medical|Medicine|Clinic|Hospital|Center|Centre|Institute|University|College|Society|Association|Foundation|Company|Corporation|Group|Services?|Pharmacy|Labs?|Laboratories|Network|Care|Line|Office|Department|Media|Press|News|Relations)\b/u;

/**
 * Whether a line is a person's own sign-off with their contact details (`contactLine`): the address is
 * made from the person's surname (“djbrown@” for Douglas Brown), or, with a telephone number only, the
 * name has no organisation's word in it. A release's media contacts are told apart by the caller
 * (they sit under a contacts label, in a release).
 */
export function contactSignOff(line: string): boolean {
  const match = contactLine.exec(line);
  if (!match) return false;
  const name = match[1]!;
  const details = match[2]!;
  const addresses = [...details.matchAll(/([\w.+-]{1,40})@/gu)].map((address) => address[1]!.toLowerCase());
  if (addresses.length === 0) return !organisationWord.test(name);
  const surname = name
    .split(' ')
    .at(-1)!
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  return surname.length >= 3 && addresses.some((address) => address.replace(/[^\p{L}]/gu, '').includes(surname));
}

/**
 * A closing author biography of a first-person piece: “Dr. Jennifer Landa is Chief Medical Officer of
 * BodyLogicMD, the nation's largest franchise of …”. A full name (an optional title, a first name and a
 * surname), “is”, a role of up to eight words, then “at”, “of”, “for” or “with” and an organisation's
 * capitalised name. The shape alone also fits a closing line about a quoted expert (“Lawrence Marsh is an
 * analyst at Barclays Capital”), so `closingBioOf` asks the caller for the rest: the piece speaks in the
 * first person, and the person is not named before the biography.
 */
const bioLine = new RegExp(
  String.raw`^(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.? )?\p{Lu}\p{Ll}+(?: \p{Lu}\.)? ((?:\p{Lu}[\p{Ll}'’-]+ )?\p{Lu}[\p{Ll}'’-]+)` +
    String.raw`(?:,(?: [A-Z][A-Za-z.]{1,5},){1,3})? is (?:(?:a|an|the) )?(?:[\p{L}'’-]+ ){1,8}?(?:at|of|for|with) (?:the )?\p{Lu}`,
  'u',
);

/** The surname of a closing biography's person (`bioLine`) when the line opens with one. */
export function closingBioOf(line: string): string | undefined {
  const match = bioLine.exec(line);
  return match ? match[1]!.split(' ').at(-1) : undefined;
}

/**
 * A columnist's closing note on what the column does: “Julia Belluz will sift through the research and
 * consult with experts …”, “Jane Brody writes about personal health”, “Dr. Ann Lee answers readers'
 * questions every week”. A full name (an optional title, a first name and a surname) opens the sentence,
 * then a verb of what a column does with readers' questions or the research: “will sift”, “will answer”,
 * “answers”, “writes about”, “reports on”. The same opening could close a story on a quoted expert who
 * “will review the data”, so `columnNoteOf` gives the surname and the caller asks that the person is not
 * named before the note (an expert is quoted first and described after). An organisation's name is no
 * person's (`organisationWord`).
 */
const columnNote = new RegExp(
  String.raw`^(?!(?:The|A|An|This|That|These|Our|Its|Their|Each|Every)\b)(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.? )?\p{Lu}\p{Ll}+(?: \p{Lu}\.)? ((?:\p{Lu}[\p{Ll}'’]+ )?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?) ` +
    String.raw`(?:will (?:sift|dig|answer|tackle|explore|investigate|look into|examine|write about|report on)|(?:sifts|digs|answers|tackles|explores) (?:through |into )?(?:the |your |readers['’] |reader )?(?:research|evidence|science|questions?|queries|mailbag)|(?:writes|reports) (?:about|on) )`,
  'u',
);

/** The surname of a columnist's closing note (`columnNote`) when the sentence opens with one. */
export function columnNoteOf(sentence: string): string | undefined {
  const match = columnNote.exec(sentence);
  // An organisation's name (“Mayo Clinic will sift through the records”) is no person's.
  if (!match || organisationWord.test(match[0])) return undefined;
  return match[1]!.split(' ').at(-1);
}

/** A pronoun of the first person singular; “I” not as a numeral (“phase I”, “type I”, “World War I”). */
const firstPerson =
  /(?<!\b(?:[Pp]hase|[Tt]ype|[Ss]tage|[Cc]lass|[Gg]rade|[Pp]art|[Ss]tep|[Ll]evel|[Ww]ar|[Tt]ier|[Cc]hapter) )\b(?:I(?= \p{Ll}|['’](?:m|ve|d|ll)\b)|[Mm]y|me|[Mm]yself)\b/gu;
/**
 * The text without its quoted words, which are someone else's voice: “…”, "…". Read in one pass (a pattern
 * for a quotation would rescan an unclosed quotation mark from every start). An unclosed quotation runs to
 * the end of the text.
 */
function outsideQuotes(text: string): string {
  let kept = '';
  let closing: string | undefined;
  for (const character of text) {
    if (closing !== undefined) {
      if (character === closing) {
        closing = undefined;
        kept += ' ';
      }
    } else if (character === '“') closing = '”';
    else if (character === '"') closing = '"';
    else kept += character;
  }
  return kept;
}

/**
 * Whether a text speaks in the first person singular outside quotation marks, at least twice: the
 * writer's own voice (“I find this outrageous”, “another problem I have with …”), as an opinion piece
 * or a column speaks, not a quoted patient's.
 */
export function speaksInFirstPerson(texts: readonly string[]): boolean {
  let count = 0;
  for (const text of texts) {
    count += outsideQuotes(text).match(firstPerson)?.length ?? 0;
    if (count >= 2) return true;
  }
  return false;
}
