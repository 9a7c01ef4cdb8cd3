import { BASE_OF_PAST } from '../../language/en/irregular-verbs.js';
import { BELIEF_VERBS, SAYING_VERBS } from '../../language/en/speech-verbs.js';
import { endsOpen, finalMark, functionWordShare, hasAttribution, isMostlyNonLatin, wordCount, wordsOf } from '../text.js';

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

/**
 * Words that open a clause of time or cause inside the sentence: the tense there is not the picture's ("Smoke rises
 * as crews arrive.", "A view of the house after the fire was put out."). Such a clause runs to its comma or to the end.
 */
const ADVERBIAL_OPENERS = new Set(['when', 'after', 'before', 'as', 'while', 'since', 'until', 'following', 'because', 'if']);
/**
 * Words that open a relative clause: its own verb is the clause's ("Map of the streets where the fire broke out.",
 * "Officers investigate what happened"); a second verb of time is the main clause's again ("The woman who shot two
 * co-workers was ordered to stand trial.").
 */
const RELATIVE_OPENERS = new Set(['where', 'who', 'which', 'whose', 'whom', 'what']);
/** A word after one of these is an adjective, not a verb: "the charred front", "a wounded officer". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'two', 'three']);
/**
 * Past forms spelt as their base ("hit", "cut", "set"): past after a singular subject ("An earthquake hit the town"),
 * so counted as a verb of time (a caption of a crowd hitting something is rarer than a report of a quake).
 */
const PAST_AS_BASE = new Set(['hit', 'cut', 'put', 'set', 'shut', 'spread', 'cost', 'hurt', 'let', 'beat', 'burst', 'cast', 'quit', 'bet', 'split', 'struck']);

/**
 * The sentence's main clause has a verb of time (see the openers above). A line opening with an adverbial opener
 * opens a clause only when a comma comes soon ("As deputies arrived, the man fled."): "That is when police found
 * him." is one clause.
 */
function mainClauseTensed(text: string): boolean {
  const tokens = wordsOf(text);
  let adverbial = false;
  let relativeVerbPending = false;
  let inRelativeVerb = false;
  let previous = '';
  for (const [k, token] of tokens.entries()) {
    const word = token.toLowerCase().replace(EDGE_PUNCTUATION, '');
    if (ADVERBIAL_OPENERS.has(word) && (k > 0 || tokens.slice(0, 8).some((t) => CLAUSE_END.test(t)))) adverbial = true;
    else if (RELATIVE_OPENERS.has(word) && k > 0) relativeVerbPending = true;
    else if (!adverbial && (PAST_AS_BASE.has(word) || (isTensed(word) && !(word.endsWith('ed') && DETERMINERS.has(previous))))) {
      // The relative clause's verb may run on: "where the fire was put out", "who had fled".
      if (!relativeVerbPending && !inRelativeVerb) return true;
      relativeVerbPending = false;
      inRelativeVerb = true;
      previous = word;
      continue;
    }
    inRelativeVerb = false;
    if (adverbial && CLAUSE_END.test(token)) adverbial = false;
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
  // English verbs say nothing of a line in another script or language: no function word of English, no judgement.
  if (hasAttribution(text) || isMostlyNonLatin(text) || functionWordShare(text) === 0) return false;
  return !mainClauseTensed(text);
}
