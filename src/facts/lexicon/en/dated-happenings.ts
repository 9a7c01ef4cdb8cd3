/**
 * Happenings a calendar date dates, as data: the words outlets use for one happening (a verb, a verb with its
 * complement, a noun), folded so that "was convicted", "was found guilty" and "the verdict" ask one question;
 * the works whose date is their release; and the words that make a date a report's, a bound or a span's end.
 * General news and biography vocabulary, never one story's words.
 */

/** Words for one happening, folded: verb lemmas, "verb complement" pairs, event nouns. Others stand for themselves. */
export const HAPPENING_FOLDS: ReadonlyMap<string, string> = new Map([
  ['marry', 'marry'], ['wed', 'marry'], ['marriage', 'marry'], ['wedding', 'marry'],
  ['divorce', 'divorce'],
  ['convict', 'convict'], ['find guilty', 'convict'], ['conviction', 'convict'], ['verdict', 'convict'],
  ['acquit', 'acquit'], ['acquittal', 'acquit'], ['find innocent', 'acquit'], ['find not', 'acquit'],
  ['sentence', 'sentence'], ['sentencing', 'sentence'],
  ['arrest', 'arrest'], ['apprehend', 'arrest'],
  ['die', 'die'], ['death', 'die'], ['pass away', 'die'],
  ['fail', 'end'], ['break down', 'end'], ['break up', 'end'], ['collapse', 'end'], ['end', 'end'], ['breakup', 'end'],
  ['release', 'release'], ['premiere', 'release'], ['debut', 'release'], ['publish', 'release'], ['publication', 'release'], ['come out', 'release'],
  ['found', 'found'], ['establish', 'found'], ['foundation', 'found'],
  ['elect', 'elect'], ['election', 'elect'],
  ['hearing', 'hearing'],
  ['sink', 'sink'], ['sinking', 'sink'],
  ['replace', 'replace'], ['replacement', 'replace'],
  ['disappear', 'disappear'], ['vanish', 'disappear'], ['disappearance', 'disappear'],
  ['retire', 'retire'], ['retirement', 'retire'],
]);

/** Happenings whose date belongs to the thing they make or bring out ("the film, released in 2005"). */
export const THING_DATED: ReadonlySet<string> = new Set(['release', 'found', 'build', 'open', 'launch']);

/** Works: a year written before one ("the 2005 film") dates its release. Folded to one kind. */
export const WORK_NOUNS: ReadonlyMap<string, string> = new Map([
  ['film', 'film'], ['movie', 'film'], ['biopic', 'film'], ['documentary', 'film'], ['picture', 'film'],
  ['album', 'album'], ['record', 'album'], ['single', 'song'], ['song', 'song'],
  ['book', 'book'], ['novel', 'book'], ['memoir', 'book'], ['biography', 'book'], ['autobiography', 'book'],
  ['series', 'series'], ['show', 'series'], ['play', 'play'], ['musical', 'play'], ['opera', 'play'],
]);

/** Verbs that report rather than happen ("said in 1998", "posted 2008-12-03"): their dates are a report's. */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'report', 'announce', 'state', 'add', 'confirm', 'post', 'write', 'reveal', 'note', 'quote', 'claim',
  'update', 'explain', 'recall', 'insist', 'comment', 'describe', 'interview', 'speak', 'ask',
]);

/** What a report, not a happening, is called: "a December 3 statement", "the interview in 2006". */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'interview', 'announcement', 'article', 'post', 'story', 'column', 'editorial', 'letter',
  'comment', 'remark', 'speech', 'press', 'broadcast', 'update', 'bulletin', 'briefing', 'conference',
]);

/** Things a reporting "release" brings out: "released a statement", "released the names". */
export const STATEMENT_OBJECTS: ReadonlySet<string> = new Set([
  'statement', 'name', 'detail', 'information', 'report', 'figure', 'video', 'footage', 'photo', 'image', 'list',
  'data', 'result', 'transcript', 'document', 'record', 'letter', 'number', 'identity',
]);

/** Words before a date that make it a bound or a span's end, not the day of a happening ("since 2005", "until 1998"). */
export const BOUND_WORDS: ReadonlySet<string> = new Set([
  'since', 'until', 'till', 'til', 'by', 'before', 'after', 'through', 'throughout', 'from', 'between', 'to', 'prior',
  'as', 'than', 'beyond', 'within', 'past',
]);

/** Words joining two dates into a span: "2005 to 2010", "1999 and 2003", "June 2008 through January 2009". */
export const SPAN_JOINERS: ReadonlySet<string> = new Set(['to', 'and', '-', '–', '—', 'through', 'until', 'till', 'or']);

/**
 * Words that open another clause: a verb across one is not the date's ("has held the belt since beating Byrd in
 * April 2006", "died after a heart attack on December 2").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'while', 'when', 'whereas', 'although', 'though', 'because', 'but', 'if', 'where', 'whether', 'unless', 'once',
  'since', 'after', 'before', 'until',
]);

/** Relative pronouns: the verb's subject is the name before them ("Rahman, who won ..."). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/** Pronouns standing for one person or thing the run names ("it had sunk", "she married"). */
export const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'him', 'her', 'his', 'its']);

/** Possessives that open a noun phrase: "her 1972 divorce". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their', 'our', 'my', 'your']);

/** Verbs too light to name a happening ("was", "had", "included"): the date looks past them. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'include', 'remain', 'seem', 'get', 'become', 'continue', 'use', 'go', 'come']);

/** Particles and complements that make a verb another happening: "broke down", "found guilty", "passed away". */
export const VERB_COMPLEMENTS: ReadonlySet<string> = new Set(['down', 'up', 'out', 'off', 'away', 'guilty', 'innocent', 'not']);

/**
 * Verbs whose particle stays theirs before an object ("knocked out Thompson", "carried out the attack"), where
 * another verb's particle before a phrase is its preposition ("struck off the coast").
 */
export const PHRASAL_VERBS: ReadonlySet<string> = new Set([
  'knock out', 'carry out', 'set off', 'shut down', 'take over', 'call off', 'rule out', 'wipe out', 'bring down',
  'gun down', 'shoot down', 'burn down', 'tear down', 'pull out', 'hand over', 'give up', 'set up', 'blow up',
]);

/** Nouns of time: "the month in 2005" names no happening. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'decade', 'century', 'season', 'time', 'period', 'era', 'age', 'night', 'morning',
  'afternoon', 'evening', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'date', 'end', 'start', 'beginning',
]);

/** The noun a happening is named by in a label ("date of the murder", not "date of murdering"). */
export const HAPPENING_NOUNS: ReadonlyMap<string, string> = new Map([
  ['murder', 'murder'], ['kill', 'killing'], ['shoot', 'shooting'], ['stab', 'stabbing'], ['slay', 'slaying'],
  ['arrest', 'arrest'], ['convict', 'conviction'], ['acquit', 'acquittal'], ['sentence', 'sentencing'], ['charge', 'charging'],
  ['die', 'death'], ['marry', 'wedding'], ['divorce', 'divorce'], ['attack', 'attack'], ['rob', 'robbery'], ['escape', 'escape'],
  ['crash', 'crash'], ['collapse', 'collapse'], ['release', 'release'], ['disappear', 'disappearance'], ['retire', 'retirement'],
  ['elect', 'election'], ['resign', 'resignation'], ['appoint', 'appointment'], ['hire', 'hiring'], ['fire', 'firing'],
  ['sink', 'sinking'], ['explode', 'explosion'], ['erupt', 'eruption'], ['strike', 'strike'], ['found', 'founding'],
  ['open', 'opening'], ['close', 'closing'], ['launch', 'launch'], ['invade', 'invasion'], ['abduct', 'abduction'],
  ['kidnap', 'kidnapping'], ['replace', 'replacement'], ['end', 'end'], ['begin', 'beginning'], ['start', 'start'],
]);

/**
 * Happenings that befall a person once, by verb lemma ("born", "died"): where they happened tells no one of them
 * apart from another, and a year written beside them is their own date, not another time the story looks back to.
 */
export const ONCE_IN_A_LIFE: ReadonlySet<string> = new Set(['bear', 'die']);
