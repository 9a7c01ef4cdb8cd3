/**
 * What the measures read from a sentence's tokens: clauses, amounts and ordinals written in digits or words, the
 * names the extract stage found, and the time frame a sentence sets. Pure functions over a SentenceContext.
 */
import { CARDINAL_WORDS, ORDINAL_WORDS } from './lexicon/en/counting-words.js';
import { FIGHT_RESULTS, OTHER_FIGHT_PAIRS } from './lexicon/en/game.js';
import type { Scope, SentenceContext, Subject, Token } from './model.js';

/** Punctuation that ends a clause whatever follows. */
const HARD_BREAKS = new Set([';', ':', '(', ')', '[', ']', '"', '“', '”', '—', '–', '--', '?', '!']);

/** Words that open a new clause after a comma: ", then set the record", ", who was wed", ", while police ...". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'while', 'when', 'who', 'which', 'where', 'whereas', 'although', 'though', 'as', 'before', 'after', 'until', 'because', 'so']);

/** Words that open a relative clause set off by commas. */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);

/** Whether a clause ends right before token `k` (which is the break itself or opens the next clause). */
function breaksBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (HARD_BREAKS.has(t.text)) return true;
  return t.text === ',' && CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? '');
}

/** The clause around token `at`, as an inclusive token range: between hard punctuation or ", and" / ", who" breaks. */
export function clauseRange(tokens: readonly Token[], at: number): [number, number] {
  let first = at;
  let comma = false;
  while (first > 0) {
    const k = first - 1;
    // "Thompson, who was the IBF's challenger, fell to 36-3": a relative clause closed by a comma is passed over.
    if (breaksBefore(tokens, k) && !(comma && tokens[k]!.text === ',' && RELATIVES.has(tokens[k + 1]!.lower))) break;
    if (tokens[k]!.text === ',' && !breaksBefore(tokens, k)) comma = true;
    first--;
  }
  // ", who was wed ...": the opener belongs to the clause it opens.
  let last = at;
  while (last < tokens.length - 1 && !breaksBefore(tokens, last + 1)) last++;
  return [first, last];
}

/** An amount written at token `at`: digits ("15", "1,000"), a word ("three", "twenty-one") or "a"/"an". */
export function amountAt(tokens: readonly Token[], at: number): { value: number; last: number } | undefined {
  const t = tokens[at];
  if (t === undefined) return undefined;
  if (/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(t.text)) return { value: Number(t.text.replace(/,/g, '')), last: at };
  const word = CARDINAL_WORDS.get(t.lower);
  if (word === undefined) return undefined;
  // "twenty-one", "twenty one".
  const next = tokens[at + 1]?.text === '-' ? at + 2 : at + 1;
  const unit = CARDINAL_WORDS.get(tokens[next]?.lower ?? '');
  if (word >= 20 && word % 10 === 0 && unit !== undefined && unit < 10 && tokens[next]!.lower !== 'a' && tokens[next]!.lower !== 'an') return { value: word + unit, last: next };
  return { value: word, last: at };
}

/**
 * An ordinal written at token `at`: a word ("sixth", "twenty-first") or digits ("58th", "2,292nd", split by wink
 * into "2", ",", "292nd"). Returns its value and first and last tokens.
 */
export function ordinalAt(tokens: readonly Token[], at: number): { value: number; first: number; last: number } | undefined {
  const t = tokens[at];
  if (t === undefined) return undefined;
  const digits = /^(\d+)(?:st|nd|rd|th)$/i.exec(t.text);
  if (digits !== null) {
    // "2,292nd": thousands written before it, joined by an unspaced comma.
    if (at >= 2 && tokens[at - 1]!.text === ',' && !tokens[at - 1]!.spaced && !t.spaced && /^\d{1,3}$/.test(tokens[at - 2]!.text) && digits[1]!.length === 3) {
      return { value: Number(tokens[at - 2]!.text) * 1000 + Number(digits[1]), first: at - 2, last: at };
    }
    return { value: Number(digits[1]), first: at, last: at };
  }
  const word = ORDINAL_WORDS.get(t.lower);
  if (word === undefined) return undefined;
  // "twenty-first": the tens before it.
  const tensAt = tokens[at - 1]?.text === '-' ? at - 2 : -1;
  const tens = tensAt >= 0 ? CARDINAL_WORDS.get(tokens[tensAt]!.lower) : undefined;
  if (tens !== undefined && tens >= 20 && tens % 10 === 0 && word < 10) return { value: tens + word, first: tensAt, last: at };
  return { value: word, first: at, last: at };
}

/** The token at a character offset of the sentence (the first that starts there or after). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const k = tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? tokens.length : k;
}

/** A name the extract stage found, with its token range. */
export interface NameAt {
  key: string;
  text: string;
  first: number;
  last: number;
}

/** The names of a sentence, in order, with their tokens; not a month or a weekday read as a name ("December"). */
export function namesOf(context: SentenceContext): NameAt[] {
  const { tokens } = context.parsed;
  const dates = context.mentions.filter((m) => m.kind === 'date' || m.kind === 'weekday');
  return context.mentions
    .filter((m) => m.kind === 'name' && !CALENDAR_WORDS.has(m.text.toLowerCase()) && !dates.some((d) => d.span[0] < m.span[1] && m.span[0] < d.span[1]))
    .map((m) => {
      const first = tokenAt(tokens, m.span[0]);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < m.span[1]) last++;
      return { key: String(m.value), text: m.text, first, last };
    })
    .sort((a, b) => a.first - b.first);
}

/** Prepositions that make the name after them a place or a team's town, not whom the clause is about. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'for', 'of', 'against', 'over', 'into', 'outside', 'inside', 'across']);

/**
 * Whether a name stands after a place preposition ("in Portland", "from Philadelphia", "against Rahman", "with
 * both Portland and Philadelphia"); a possessive ("in Klitschko's sixth defense") names an owner, not a place.
 */
export function isPlaceLike(tokens: readonly Token[], name: NameAt): boolean {
  if (/^['’]s$/.test(tokens[name.last + 1]?.text ?? '')) return false;
  // Back over "the", "both" and the names coordinated before it ("Portland and").
  let k = name.first - 1;
  let both = false;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.lower === 'both' || t.lower === 'either') both = true;
    else if (!['the', 'and', 'or', ','].includes(t.lower) && !(t.pos === 'PROPN' && t.text !== t.lower)) break;
    k--;
  }
  const word = tokens[k]?.lower ?? '';
  // Any preposition but "with" ("with the Sixers floundering at 9-14" names whom the clause is about).
  return PLACE_PREPOSITIONS.has(word) || (tokens[k]?.pos === 'ADP' && word !== 'with') || (both && word === 'with');
}

/** Month and weekday names the name scan may take for names ("as December started"). */
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * The subject a name stands for: one id per person across the run. A surname names its bearer alone as often as
 * with a first name ("Riddick Bowe", "Bowe"), so the id is the last word of the name key.
 */
export function nameSubject(name: NameAt): Subject {
  const words = name.key.split(' ');
  return { id: `name:${words[words.length - 1]}`, label: name.text.replace(/['’]s$/, '') };
}

/** The subject a name mention of the extract stage stands for (see nameSubject). */
export function mentionSubject(name: { value: string | number; text: string }): Subject {
  return nameSubject({ key: String(name.value), text: name.text, first: 0, last: 0 });
}

/**
 * Another time frame a sentence sets: a year, a month, a decade, "last year", "two years ago", or a season
 * ("2006-07", "last season"). Facts with one are compared only with facts of the same frame ("In 2008, Klitschko
 * stopped Thompson in the 11th round" is the first fight, not this one). Within `window` (token range) when given,
 * and from a date that opens the sentence ("In 2008, ...").
 */
export function eraScope(context: SentenceContext, window?: [number, number]): Scope {
  const { tokens } = context.parsed;
  const [first, last] = window ?? [0, tokens.length - 1];
  const [from, to] = [tokens[first]?.start ?? 0, tokens[last]?.end ?? context.sentence.text.length];
  for (const m of context.mentions) {
    if (m.kind !== 'date' || typeof m.value !== 'string') continue;
    const within = m.span[0] >= from && m.span[1] <= to;
    if (!within && !OPENS_SENTENCE.test(context.sentence.text.slice(0, m.span[0]))) continue;
    const era = eraKey(m.value);
    if (era !== undefined) return { era };
  }
  // "Last season, ...": a season that opens the sentence sets the frame of all of it.
  const opening = tokens.findIndex((t) => !OPENS_SENTENCE.test(`${t.lower} `));
  for (let k = Math.min(first, Math.max(0, opening)); k <= last && k < tokens.length; k++) {
    if (k < first && k > opening) continue;
    const t = tokens[k]!;
    if (/^(?:19|20)\d\d[-–](?:\d\d|(?:19|20)\d\d)$/.test(t.text)) return { era: t.text.slice(0, 4) };
    if (['last', 'previous'].includes(t.lower) && ['season', 'year', 'campaign'].includes(tokens[k + 1]?.lower ?? '')) return { era: 'relative:last-year' };
  }
  return {};
}

/** What may stand before a date that opens its sentence: "In", "Back in", "On". */
const OPENS_SENTENCE = /^\W*(?:(?:in|on|during|since|by|early|late|mid|the|back)\s+)*$/i;

/** The time frame a date sets, if any (a full date or a weekday is the story's own day, not another frame). */
function eraKey(value: string): string | undefined {
  if (/^\d{4}(?:-\d{2})?$/.test(value)) return value.slice(0, 4);
  if (value.startsWith('month:') || value.startsWith('decade:')) return value;
  if (/^relative:(?:last-(?:year|month|season)|\d+-(?:years|months)-ago)$/.test(value)) return value;
  return undefined;
}

/**
 * Whether a sentence turns to another fight or game: "On the undercard, ...", "in their first title fight", "the
 * last time the pair met", "coming off an 11th-round knockout", "following up a decision over Ibragimov".
 */
export function otherFight(tokens: readonly Token[], words: ReadonlySet<string>, markers: ReadonlySet<string>, meetings: ReadonlySet<string>): boolean {
  return tokens.some(
    (t, k) =>
      words.has(t.lower) ||
      (t.lower === 'last' && tokens[k + 1]?.lower === 'time') ||
      OTHER_FIGHT_PAIRS.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`) ||
      (t.lemma === 'follow' && tokens[k + 1]?.lower === 'up' && [2, 3, 4].some((d) => FIGHT_RESULTS.has(tokens[k + d]?.lemma ?? ''))) ||
      (markers.has(t.lower) && [1, 2, 3].some((d) => meetings.has(tokens[k + d]?.lemma ?? ''))),
  );
}

/** The most words a fronted clause holds before its comma: "Born in Leeds in 1943," is five. */
const MAX_FRONTED = 12;

/**
 * Where the subject of a sentence-opening clause of a bare participle stands: "Born in Leeds in 1943, Coyle
 * became ...", "Taken to hospital by helicopter, the driver ...", "Speaking to reporters, Mayor Ito said ...". Such
 * a clause has no subject of its own and takes the main clause's, which starts right after its comma. Undefined
 * when the verb at `v` does not open the sentence (adverbs aside) or no comma closes its clause.
 */
export function frontedSubject(tokens: readonly Token[], v: number): number | undefined {
  if (tokens.slice(0, v).some((t) => t.pos !== 'ADV') || tokens[v]?.pos !== 'VERB') return undefined;
  for (let k = v + 1; k < tokens.length && k - v <= MAX_FRONTED; k++) {
    const t = tokens[k]!;
    if (HARD_BREAKS.has(t.text) || t.pos === 'AUX') return undefined;
    if (t.text === ',') return ['PROPN', 'NOUN', 'DET', 'PRON'].includes(tokens[k + 1]?.pos ?? '') ? k + 1 : undefined;
  }
  return undefined;
}

/**
 * The name a relative clause opening at token `first` stands for, set off by a comma right after it: "Hansbrough,
 * who now has ...", "Halvern, which employs ...". `pronouns` says which relative pronouns the caller reads.
 */
export function antecedentOf(context: SentenceContext, first: number, pronouns: ReadonlySet<string>): NameAt | undefined {
  const { tokens } = context.parsed;
  if (!pronouns.has(tokens[first]?.lower ?? '') || tokens[first - 1]?.text !== ',') return undefined;
  return namesOf(context).find((n) => n.last === first - 2);
}
