/**
 * Ordinal: which one of its kind the event is, or when in it something came. "His fifth title defence", "the sixth
 * defense of his belt", "retained his title for the fifth time", "its fifth straight win", "the second-deadliest
 * shooting", and the round or period of a one-time moment ("stopped him in the sixth round"). A fight has many
 * rounds: a round is compared only with rounds of the same happening (the stoppage, a knockdown). Members of a set
 * ("the third victim", "the third floor") count nothing the story asks: not read.
 */
import { nearestGameHappening, nearestHappening } from '../happening.js';
import { COUNTED_NOUNS, COUNTED_ROLES, DEFEND_VERBS, STRAIGHT_WORDS, SUPERLATIVES, TITLE_NOUNS } from '../lexicon/en/counted.js';
import { ORDINAL_NAMES } from '../lexicon/en/counting-words.js';
import { POSSESSIVE_PRONOUNS } from '../lexicon/en/dated-happenings.js';
import { MEETING_NOUNS, OTHER_FIGHT_MARKERS, OTHER_FIGHT_WORDS, PERIOD_NOUNS } from '../lexicon/en/game.js';
import { gerund, pastParticiple } from '../../language/en/inflect.js';
import { EVENT, evidenceOf, type Attribute, type Measure, type QuantityValue, type SentenceContext, type Subject, type Token, type TypedFact } from '../model.js';
import { amountAt, clauseRange, eraScope, isPlaceLike, namesOf, nameSubject, ordinalAt, otherFight } from '../tokens.js';

/** Determiners before an ordinal that counts: "the", "his", "Klitschko's". Not "a" ("a second time": another). */
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', "'s", '’s']);

export const ordinal: Measure = {
  id: 'ordinal',
  read(context) {
    const { tokens } = context.parsed;
    // A sentence on another fight ("their first fight in 2008", "on the undercard") dates no moment of this one.
    // Asked only of a sentence that holds an ordinal.
    let other: boolean | undefined;
    const facts: TypedFact[] = [];
    tokens.forEach((t, i) => {
      const o = ordinalAt(tokens, i) ?? (t.lemma === 'round' ? roundNumberAfter(tokens, i) : undefined);
      if (o === undefined || (o.last !== i && t.lemma !== 'round')) return;
      other ??= otherFight(tokens, OTHER_FIGHT_WORDS, OTHER_FIGHT_MARKERS, MEETING_NOUNS);
      const read = (other ? undefined : periodFact(context, o)) ?? (o.value >= 2 ? countFact(context, o) : undefined);
      if (read !== undefined) facts.push(read);
    });
    return facts;
  },
  compare(a, b) {
    if (a.type !== 'quantity' || b.type !== 'quantity' || a.min === b.min) return 'agree';
    return a.approx === true || b.approx === true ? 'possible' : 'conflict';
  },
  words(v) {
    if (v.type !== 'quantity') return '';
    return ORDINAL_NAMES.get(v.min) ?? `${v.min}${suffix(v.min)}`;
  },
};

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

interface Ordinal {
  value: number;
  first: number;
  last: number;
}

/** "round six", "round 6": the number after "round". */
function roundNumberAfter(tokens: readonly Token[], i: number): Ordinal | undefined {
  const amount = amountAt(tokens, i + 1);
  if (amount === undefined || ['a', 'an'].includes(tokens[i + 1]!.lower)) return undefined;
  return { value: amount.value, first: i, last: amount.last };
}

function ordinalValue(n: number): QuantityValue {
  return { type: 'quantity', min: n, max: n, unit: 'ordinal' };
}

/**
 * The period of a one-time moment: "stopped him in the sixth round", "a sixth-round stoppage", "In the sixth,
 * Klitschko floored Rahman", "round six". The happening is the clause's nearest stoppage, knockdown or decision.
 */
function periodFact(context: SentenceContext, o: Ordinal): TypedFact | undefined {
  const { tokens } = context.parsed;
  const isRoundWord = tokens[o.first]!.lemma === 'round';
  const next = tokens[o.last + 1];
  const hyphen = next?.text === '-' ? tokens[o.last + 2] : undefined;
  let kind = isRoundWord ? 'round' : PERIOD_NOUNS.get(hyphen?.lemma ?? next?.lemma ?? '');
  let end = isRoundWord ? o.last : hyphen !== undefined ? o.last + 2 : o.last + 1;
  if (kind === undefined) {
    // "in the sixth": an ordinal standing for the round, in a sentence of a fight.
    const elliptical = tokens[o.first - 1]?.lower === 'the' && ['in', 'into', 'of', 'during', 'through'].includes(tokens[o.first - 2]?.lower ?? '') && !['NOUN', 'ADJ'].includes(next?.pos ?? '');
    if (!elliptical) return undefined;
    end = o.last;
  }
  const [first, last] = clauseRange(tokens, o.first);
  const happening = nearestGameHappening(tokens, [o.first, end], first, last);
  // A knockdown may come in several rounds of one fight: which one a round dates is no one question.
  if (happening === undefined || happening.repeats === true || (kind === undefined && happening.period === undefined)) return undefined;
  kind ??= happening.period!;
  const attribute = { id: `period|${kind}|${happening.key}`, label: `${kind} of ${happening.noun}` };
  const span: [number, number] = [tokens[o.first]!.start, tokens[end]!.end];
  return { measure: 'ordinal', subject: EVENT, attribute, value: ordinalValue(o.value), scope: eraScope(context), evidence: evidenceOf(context, span) };
}

/** Which one of its kind: "for the fifth time", "the second-deadliest shooting", "his fifth title defence". */
function countFact(context: SentenceContext, o: Ordinal): TypedFact | undefined {
  const { tokens } = context.parsed;
  const det = tokens[o.first - 1]?.lower ?? '';
  if (!DETERMINERS.has(det)) return undefined;
  const read = timesCounted(tokens, o) ?? rankCounted(tokens, o) ?? nounCounted(tokens, o);
  if (read === undefined) return undefined;
  const subject = subjectOf(context, o);
  const span: [number, number] = [tokens[o.first]!.start, tokens[read.end]!.end];
  return { measure: 'ordinal', subject, attribute: read.attribute, value: ordinalValue(o.value), scope: { ...eraScope(context), ...read.scope }, evidence: evidenceOf(context, span) };
}

interface Counted {
  attribute: Attribute;
  scope?: Record<string, string>;
  /** The last token of the words read. */
  end: number;
}

/**
 * "retained his title for the fifth time", "married for the second time": which time the clause's happening came.
 * Not "for the third time since 1996" or "in two months", which count within another span.
 */
function timesCounted(tokens: readonly Token[], o: Ordinal): Counted | undefined {
  if (tokens[o.first - 2]?.lower !== 'for' || tokens[o.last + 1]?.lemma !== 'time') return undefined;
  const after = tokens[o.last + 2]?.lower ?? '';
  // "for the third time since 1996", "for the second time in two months", "in over a year": within another span.
  const inSpan = after === 'in' && (amountAt(tokens, o.last + 3) !== undefined || ['over', 'more', 'less', 'under', 'nearly', 'almost', 'the'].includes(tokens[o.last + 3]?.lower ?? '') && ['over', 'more', 'less', 'under', 'nearly', 'almost', 'past', 'last'].includes(tokens[o.last + (tokens[o.last + 3]?.lower === 'the' ? 4 : 3)]?.lower ?? ''));
  if (inSpan || ['since', 'ever', 'overall', 'within'].includes(after)) return undefined;
  const [first] = clauseRange(tokens, o.first);
  const found = nearestHappening(tokens, o.first - 2, first);
  if (typeof found !== 'object') return undefined;
  const scope = after === 'this' ? { within: `this ${tokens[o.last + 3]?.lower ?? ''}` } : undefined;
  const titled = tokens.slice(found.at, o.first).some((t) => TITLE_NOUNS.has(t.lemma));
  if (DEFEND_VERBS.has(found.key) && titled) return { attribute: TITLE_DEFENCE, end: o.last + 1, ...(scope ? { scope } : {}) };
  const name = found.open === true ? `time ${gerund(found.key)}` : found.noun.replace(/^(?:the|a) /, '');
  return { attribute: { id: `time|${found.key}`, label: `which ${name}` }, end: o.last + 1, ...(scope ? { scope } : {}) };
}

const TITLE_DEFENCE: Attribute = { id: 'count|title defence', label: 'which title defence' };

/** "the second-deadliest shooting in U.S. history", "the eighth best winning percentage": a rank. */
function rankCounted(tokens: readonly Token[], o: Ordinal): Counted | undefined {
  const at = tokens[o.last + 1]?.text === '-' ? o.last + 2 : o.last + 1;
  const word = tokens[at]?.lower ?? '';
  if (!SUPERLATIVES.has(word) && !(word.length > 5 && word.endsWith('est'))) return undefined;
  let head = -1;
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.lower.endsWith('ing') && k > at + 1)) head = k;
    else if (!(t.pos === 'ADJ' || t.text === '-')) break;
  }
  if (head < 0) return undefined;
  const within = qualifierAfter(tokens, head + 1);
  const what = tokens.slice(at + 1, head + 1).filter((t) => t.text !== '-').map((t) => (t.lower.endsWith('ing') ? t.lower : t.lemma)).join(' ');
  const rank = [word, what, within.words].filter((w) => w !== '').join(' ');
  return { attribute: { id: `rank|${rank}`, label: `rank as the ${rank}` }, end: Math.max(head, within.end) };
}

/** "in U.S. history", "this year", "of the season", "over Thompson": what a rank or a count is within, up to four words. */
function qualifierAfter(tokens: readonly Token[], from: number): { words: string; tokens: Token[]; end: number } {
  const opener = tokens[from]?.lower ?? '';
  const read: Token[] = [];
  let end = from - 1;
  if (!['in', 'of', 'this', 'since', 'over', 'against'].includes(opener)) return { words: '', tokens: read, end };
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower)) || (k > from && t.pos === 'ADP')) break;
    if (k > from && !['the', 'his', 'her', 'its', 'their', 'a'].includes(t.lower)) read.push(t);
    end = k;
  }
  return { words: read.length > 0 ? [opener, ...read.map((t) => t.lemma)].join(' ') : '', tokens: read, end };
}

/** Words that name which title a defence is of ("IBF", "heavyweight", "world"): a title defence all the same. */
function namesTitle(t: Token): boolean {
  return TITLE_NOUNS.has(t.lemma) || t.pos === 'PROPN' || /weight$/.test(t.lower) || t.lower === 'world';
}

/**
 * "his fifth title defence", "the sixth defense of the IBF belt", "Klitschko's 58th victory", "its fifth straight
 * win", "the fifth NBA head coach to be fired": a counted noun and the words that qualify it.
 */
function nounCounted(tokens: readonly Token[], o: Ordinal): Counted | undefined {
  // "the second-floor meeting room", "the third-ranked team": the ordinal qualifies another word.
  if (tokens[o.last + 1]?.text === '-') return undefined;
  const run: Token[] = [];
  for (let k = o.last + 1; k <= o.last + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!['NOUN', 'PROPN', 'ADJ'].includes(t.pos) && t.text !== '-') break;
    run.push(t);
  }
  const headAt = run.map((t) => t.pos === 'NOUN' && (COUNTED_NOUNS.has(t.lemma) || COUNTED_ROLES.has(t.lemma))).lastIndexOf(true);
  const head = run[headAt];
  if (head === undefined) return undefined;
  const counted = COUNTED_NOUNS.get(head.lemma);
  let end = o.last + 1 + headAt;
  // A role is counted by what befell it: "the fifth coach fired", "the third coach to get fired".
  if (counted === undefined) {
    const next = tokens[end + 1];
    const fired = next?.pos === 'VERB' || (next?.lower === 'to' && ['be', 'get', 'have'].includes(tokens[end + 2]?.lemma ?? ''));
    if (!COUNTED_ROLES.has(head.lemma) || !fired) return undefined;
  }
  const qualifiers = run.slice(0, headAt).filter((t) => t.text !== '-');
  const inARow = tokens[end + 1]?.lower === 'in' && tokens[end + 2]?.lower === 'a' && tokens[end + 3]?.lower === 'row';
  const straight = inARow || qualifiers.some((t) => STRAIGHT_WORDS.has(t.lower));
  if (inARow) end += 3;
  // "head coach" is a coach.
  const kept = qualifiers.filter((t) => !STRAIGHT_WORDS.has(t.lower) && !(counted === undefined && t.lower === 'head'));
  const words = kept.map((t) => t.lemma);
  // Names and acronyms keep their capitals in the label ("which NBA coach fired"); the question's key is lower case.
  const shownWords = kept.map((t) => (t.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t.text) ? t.text : t.lemma));
  // "defence of the IBF belt"; "the 58th victory of his career" is his 58th victory (a person's count is of a career).
  const of = qualifierAfter(tokens, end + 1);
  if (counted?.key === 'defence' && [...qualifiers, ...of.tokens].every(namesTitle)) return { attribute: TITLE_DEFENCE, end: Math.max(end, of.end) };
  const within = of.tokens.length === 1 && of.tokens[0]!.lemma === 'career' ? '' : of.words;
  end = Math.max(end, of.end);
  const noun = counted?.noun ?? head.lemma;
  const befell = counted === undefined ? tokens.slice(o.last + 2 + headAt, o.last + 5 + headAt).find((t) => t.pos === 'VERB' && !['be', 'get', 'have'].includes(t.lemma))?.lemma : undefined;
  const rest = [...(straight ? ['straight'] : []), noun, ...(befell !== undefined ? [pastParticiple(befell)] : []), ...(within !== '' ? [within] : [])];
  const what = [...words, ...rest].join(' ');
  const label = `which ${[...shownWords, ...rest].join(' ')}`;
  // "which NBA coach fired Cheeks was": a role counted by what befell it names its holder before the verb.
  return { attribute: { id: `count|${what}`, label, ...(befell !== undefined ? { about: `${label} {subject} was` } : {}) }, end };
}

/**
 * Whose count: a possessive name right before the ordinal ("Klitschko's 58th victory"), else the first name of
 * its clause, its subject ("Klitschko retained his IBF title for the fifth time"), or of its sentence, else the
 * story's.
 */
function subjectOf(context: SentenceContext, o: Ordinal): Subject {
  const { tokens } = context.parsed;
  const [first] = clauseRange(tokens, o.first);
  const all = namesOf(context);
  const possessive = all.find((n) => n.last === o.first - 2 && DETERMINERS.has(tokens[o.first - 1]!.lower));
  const names = all.filter((n) => n.last < o.first && !isPlaceLike(tokens, n) && !/^(?:referee|judge|an?|his|her|their|its)$/i.test(tokens[n.first - 1]?.text ?? ''));
  // "Klitschko (52-3) retained his title for the fifth time": a bracket ends a clause, not the sentence's subject.
  const name = possessive ?? names.find((n) => n.first >= first) ?? names[0];
  return name !== undefined ? nameSubject(name) : EVENT;
}
