import { BASE_OF_PAST } from '../../language/en/irregular-verbs.js';
import { BELIEF_VERBS, SAYING_VERBS } from '../../language/en/speech-verbs.js';
import { endsOpen, finalMark, hasAttribution, wordCount, wordsOf } from '../text.js';

/**
 * A picture's description written as a sentence: "Firefighters spray water on the roof on Tuesday.", "A woman
 * smiles as she leaves the courthouse.", "Map of the streets closed after the crash." Reporting tells what happened
 * (a past form: "shot", "was", "had fled", "arrested") or what stands now in a verb of its time ("is", "has",
 * "will", "says"); a caption tells what the picture shows, in the bare present or with no verb at all. The line
 * alone is no evidence (a paragraph may say "Detectives continue to investigate."): page.ts removes one only where
 * a caption stands (see sceneCaptions there).
 */

/** Verbs of time: auxiliaries, modals, the copula, and the present of saying (reporting's present). */
const TENSED = new Set([
  'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'says', 'say', 'said', 'tells', 'told',
  'reports', 'according', 'remains', 'remain', 'continues', 'continue', 'faces', 'face', 'believe', 'believes',
  // Contractions of a pronoun and "is" or "has", "will", "would": "it's", "there's", "she'll".
  "it's", "that's", "there's", "he's", "she's", "what's", "who's", "here's", "they're", "we're", "you're", "he'll",
  "she'll", "they'll", "it'll", "he'd", "she'd", "they'd", "i'm",
]);

/**
 * Verbs of a stance or a charge, in the present: reporting's present ("The chief calls it the worst fire in years.",
 * "Police believe", "Prosecutors accuse him of ..."), not a picture's.
 */
const STANCE_VERBS = [
  ...SAYING_VERBS, ...BELIEF_VERBS, 'call', 'describe', 'name', 'identify', 'charge', 'accuse', 'want', 'need', 'plan',
  'seek', 'ask', 'allege', 'vow', 'promise', 'demand', 'blame', 'credit', 'praise',
];
/** "calls", "pushes", "denies": the third person of a verb. */
const thirdPerson = (verb: string): string =>
  /(?:s|sh|ch|x|z|o)$/u.test(verb) ? `${verb}es` : /[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
for (const verb of STANCE_VERBS) TENSED.add(verb).add(thirdPerson(verb));

/** Past forms that are not also the base ("put", "cut", "set", "hit", "read" are both: no evidence either way). */
const PAST_FORMS: ReadonlySet<string> = new Set([...BASE_OF_PAST].filter(([form, base]) => form !== base).map(([form]) => form));

function isTensed(bare: string): boolean {
  const word = bare.replace('’', "'");
  if (TENSED.has(word) || PAST_FORMS.has(word)) return true;
  // "arrested", "died", "fired"; "n't" after any verb ("didn't", "won't").
  if (word.length > 3 && word.endsWith('ed')) return true;
  return word.endsWith("n't");
}

/** Words that open a clause inside the sentence: the tense there is not the picture's ("... where the fire broke out"). */
const CLAUSE_OPENERS = new Set([
  'where', 'when', 'after', 'before', 'as', 'while', 'who', 'which', 'whose', 'whom', 'what', 'since',
  'until', 'following', 'because', 'if',
]);
/** A word after one of these is an adjective, not a verb: "the charred front", "a wounded officer". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'two', 'three']);

/**
 * The sentence's main clause has a verb of time. A clause that a word like "where", "after" or "who" opens is passed
 * over up to its comma, or to the end ("Smoke rises from the roof as crews arrive."): the tense there is not the
 * picture's ("A view of the house after the fire was put out."), and the main clause may come after it ("As deputies
 * arrived, the man fled."). A line opening with such a word opens a clause only when a comma comes soon ("When
 * police arrived, ..."): "That is when police found him." is one clause.
 */
function mainClauseTensed(text: string): boolean {
  const tokens = wordsOf(text);
  let inClause = false;
  let previous = '';
  for (const [k, token] of tokens.entries()) {
    const word = token.toLowerCase().replace(EDGE_PUNCTUATION, '');
    if (CLAUSE_OPENERS.has(word) && (k > 0 || tokens.slice(0, 8).some((t) => CLAUSE_END.test(t)))) inClause = true;
    else if (!inClause && isTensed(word) && !(word.endsWith('ed') && DETERMINERS.has(previous))) return true;
    if (inClause && CLAUSE_END.test(token)) inClause = false;
    previous = word;
  }
  return false;
}
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CLAUSE_END = /[,;:—–]["”’)]?$/u;

/** Lines shorter than this are labels and names; longer, a paragraph. */
const MIN_WORDS = 4;
const MAX_WORDS = 40;

/**
 * A sentence (full stop at its end) of a few words with no verb of time in it, nothing quoted and nobody quoted:
 * a description of a scene. An opening dateline ("AUBURN — Video catches ...") marks the article's lead.
 */
export function isSceneDescription(text: string): boolean {
  if (finalMark(text) !== '.' || endsOpen(text)) return false;
  const words = wordCount(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (/["“”]/u.test(text) || /^\p{Lu}[\p{Lu}\s,.'’]{2,40}(?:\([^)]{1,20}\))?\s?[—–-]{1,2}\s/u.test(text)) return false;
  if (hasAttribution(text)) return false;
  return !mainClauseTensed(text);
}
