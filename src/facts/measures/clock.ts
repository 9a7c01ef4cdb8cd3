/**
 * Clock: the game clock at a moment of a game or a fight ("with 7:41 left in the first half", "2:56 into the sixth
 * round", "with two seconds remaining", "stopped the fight at 2:56"), in seconds, read as time left or time
 * played. Only moments that come once in a game are dated this way (the stoppage, the record-setting basket, the
 * winner); a knockdown may come twice and is compared as hedged. Times of day ("at 3:10 p.m.") are the date
 * extractor's: not read here.
 */
import { nearestGameHappening } from '../happening.js';
import { GAME_WORDS, MEETING_NOUNS, OTHER_FIGHT_MARKERS, OTHER_FIGHT_WORDS, PERIOD_NOUNS, PERIOD_SECONDS } from '../lexicon/en/game.js';
import { SPAN_BOUNDS } from '../lexicon/en/span-bounds.js';
import { EVENT, evidenceOf, type ClockValue, type GameClock, type Measure, type SentenceContext, type Token, type TypedFact, type Verdict } from '../model.js';
import { amountAt, clauseRange, eraScope, ordinalAt, otherFight } from '../tokens.js';

/** Words after a clock that read it as time left, or as time played. */
const LEFT = [['left'], ['remaining'], ['to', 'go'], ['to', 'play'], ['on', 'the', 'clock']];
const PLAYED = [['into'], ['gone'], ['elapsed']];

/** Words after "7:41" that make it a time of day. */
const TIME_OF_DAY = /^(?:a\.?m\.?|p\.?m\.?|o'clock|gmt|utc|bst|cet|[ecmp][sd]?t|local|hours?|hrs?|h)$/i;

/** How far "at 2:15" may be from another reading and still be it, read the other way (a clock shows whole seconds). */
const SAME_READING_SECONDS = 1;

export const clock: Measure = {
  id: 'clock',
  read(context) {
    const { tokens } = context.parsed;
    const facts: TypedFact[] = [];
    // Whether the sentence turns to another fight, asked only of one that shows a clock.
    let other: boolean | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const reading = clockAt(tokens, i);
      if (reading === undefined) continue;
      other ??= otherFight(tokens, OTHER_FIGHT_WORDS, OTHER_FIGHT_MARKERS, MEETING_NOUNS);
      if (other) return [];
      const fact = factOf(context, reading);
      if (fact !== undefined) facts.push(fact);
      i = reading.last;
    }
    return facts;
  },
  compare(a, b) {
    return a.type === 'clock' && b.type === 'clock' && a.game !== undefined && b.game !== undefined ? gameClockVerdict(a, b) : 'agree';
  },
  words(v) {
    if (v.type !== 'clock') return '';
    const clock = `${Math.floor(v.seconds / 60)}:${String(v.seconds % 60).padStart(2, '0')}`;
    const period = v.game?.period;
    const where = period === undefined ? '' : ` (${period.kind}${period.number !== undefined ? ` ${period.number}` : ''})`;
    const reading = v.game?.reading === 'left' ? `${clock} left` : v.game?.reading === 'played' ? `${clock} played` : `at ${clock}`;
    return `${v.approx === true ? 'about ' : ''}${reading}${where}`;
  },
};

interface Reading {
  seconds: number;
  approx: boolean;
  reading: GameClock['reading'];
  /** First and last tokens of the words read. */
  first: number;
  last: number;
}

/** A game clock starting at token i: "7:41 left", "44 seconds into", "at 2:56", "7 minutes, 41 seconds to go". */
function clockAt(tokens: readonly Token[], i: number): Reading | undefined {
  const read = secondsAt(tokens, i);
  if (read === undefined) return undefined;
  let first = i;
  let approx = false;
  const bound = SPAN_BOUNDS.find(([phrase]) => phrase.split(' ').every((w, k, all) => tokens[i - all.length + k]?.lower === w));
  if (bound !== undefined) {
    // "With less than a minute left" is no reading of the clock; "about 20 seconds left" is one, hedged.
    if (bound[1] !== 'around') return undefined;
    approx = true;
    first = i - bound[0].split(' ').length;
  }
  const after = read.last + 1;
  const follows = (words: readonly string[][]) => words.find((w) => w.every((word, k) => tokens[after + k]?.lower === word));
  const left = follows(LEFT);
  if (left !== undefined) return { seconds: read.seconds, approx, reading: 'left', first, last: after + left.length - 1 };
  const played = follows(PLAYED);
  if (played !== undefined) return { seconds: read.seconds, approx, reading: 'played', first, last: after + played.length - 1 };
  // "at 2:56", "at the 2:15 mark": the clock as shown, either way by the sport's custom.
  const at = tokens[first - 1]?.lower === 'at' || (tokens[first - 1]?.lower === 'the' && tokens[first - 2]?.lower === 'at' && tokens[after]?.lower === 'mark');
  if (at && read.colon) return { seconds: read.seconds, approx, reading: 'at', first, last: tokens[after]?.lower === 'mark' ? after : read.last };
  return undefined;
}

/** Seconds written at token i: "7:41", or "7 minutes, 41 seconds", "two seconds", "a minute". */
function secondsAt(tokens: readonly Token[], i: number): { seconds: number; last: number; colon: boolean } | undefined {
  const colon = /^(\d{1,2}):([0-5]\d)$/.exec(tokens[i]!.text);
  if (colon !== null) {
    const next = tokens[i + 1];
    if (next !== undefined && TIME_OF_DAY.test(next.text)) return undefined;
    return { seconds: Number(colon[1]) * 60 + Number(colon[2]), last: i, colon: true };
  }
  const amount = amountAt(tokens, i);
  if (amount === undefined || ['a', 'an'].includes(tokens[i]!.lower) && tokens[i - 1]?.pos === 'NUM') return undefined;
  const unit = tokens[amount.last + 1]?.lemma;
  if (unit === 'second') return { seconds: amount.value, last: amount.last + 1, colon: false };
  if (unit !== 'minute') return undefined;
  // "7 minutes, 41 seconds", "7 minutes and 41 seconds".
  let k = amount.last + 2;
  if (tokens[k]?.text === ',' || tokens[k]?.lower === 'and') k++;
  const more = amountAt(tokens, k);
  if (more !== undefined && tokens[more.last + 1]?.lemma === 'second') return { seconds: amount.value * 60 + more.value, last: more.last + 1, colon: false };
  return { seconds: amount.value * 60, last: amount.last + 1, colon: false };
}

function factOf(context: SentenceContext, reading: Reading): TypedFact | undefined {
  const { tokens } = context.parsed;
  const [first, last] = clauseRange(tokens, reading.first);
  const happening = nearestGameHappening(tokens, [reading.first, reading.last], first, last);
  // A knockdown may come more than once in a fight: its clock is no one question.
  if (happening === undefined || happening.repeats === true) return undefined;
  // "at 2:56" is a game clock only where the sentence speaks of a game or a fight.
  if (reading.reading === 'at' && !tokens.slice(first, last + 1).some((t) => GAME_WORDS.has(t.lemma) || GAME_WORDS.has(t.lower))) return undefined;
  // The period named, else the one the happening is counted in ("stopped the fight at 2:56": a round).
  const named = periodOf(tokens, reading, first, last);
  const kind = named?.kind || happening.period;
  const period = kind === undefined ? undefined : { kind, ...(named?.number !== undefined ? { number: named.number } : {}) };
  const value: ClockValue = {
    type: 'clock',
    seconds: reading.seconds,
    ...(reading.approx ? { approx: true } : {}),
    game: { reading: reading.reading, ...(period !== undefined ? { period } : {}) },
  };
  const span: [number, number] = [tokens[reading.first]!.start, tokens[reading.last]!.end];
  // Another year or season set in the clock's own clause ("In 2008, he set the record with 2:10 left").
  const scope = eraScope(context, [first, last]);
  return { measure: 'clock', subject: EVENT, attribute: { id: `clock|${happening.key}`, label: `game clock at ${happening.noun}` }, value, scope, evidence: evidenceOf(context, span) };
}

/** The period named in the clause, nearest after the clock ("into the seventh round", "left in the first half"), else right before it. */
function periodOf(tokens: readonly Token[], reading: Reading, first: number, last: number): GameClock['period'] | undefined {
  // Before the clock only right before it ("in the sixth round, with 30 seconds left"): a round named earlier in a
  // long clause may be another moment's ("flooring him in the sixth ... stopping it at 2:15").
  const order = [...Array.from({ length: last - reading.last }, (_, d) => reading.last + 1 + d), ...Array.from({ length: Math.min(4, reading.first - first) }, (_, d) => reading.first - 1 - d)];
  for (const k of order) {
    const kind = PERIOD_NOUNS.get(tokens[k]!.lemma);
    if (kind !== undefined) {
      const ordinal = ordinalAt(tokens, k - 1) ?? (tokens[k - 1]?.text === '-' ? ordinalAt(tokens, k - 2) : undefined);
      const number = ordinal?.value ?? (kind === 'round' ? amountAt(tokens, k + 1)?.value : undefined);
      return { kind, ...(number !== undefined ? { number } : {}) };
    }
    // "44 seconds into the seventh": the ordinal alone.
    const ordinal = k === reading.last + 2 && tokens[k - 1]?.lower === 'the' ? ordinalAt(tokens, k) : undefined;
    if (ordinal !== undefined && PERIOD_NOUNS.get(tokens[k + 1]?.lemma ?? '') === undefined) return { kind: '', number: ordinal.value };
  }
  return undefined;
}

/**
 * Two readings of one game clock. Different periods of one happening conflict; readings the same way agree when
 * equal; a reading of time played and one of time left agree when they add up to a usual length of the period.
 * "at 2:56" may be read either way: it agrees if either reading does, and else is only possibly in conflict.
 */
export function gameClockVerdict(a: ClockValue, b: ClockValue): Verdict {
  const [pa, pb] = [a.game!.period, b.game!.period];
  const kind = pa?.kind || pb?.kind || '';
  const hedged = a.approx === true || b.approx === true;
  if (pa?.kind && pb?.kind && pa.kind !== pb.kind) return 'agree';
  if (pa?.number !== undefined && pb?.number !== undefined && pa.number !== pb.number) return hedged ? 'possible' : 'conflict';
  // A hedged reading ("about 20 seconds left") gives five seconds or a tenth; a stated one none ("7:41" is not "7:42").
  const slack = hedged ? Math.max(5, 0.1 * Math.max(a.seconds, b.seconds)) : 0;
  const readings = (c: ClockValue): Array<{ seconds: number; reading: 'left' | 'played' }> =>
    c.game!.reading === 'at' ? [{ seconds: c.seconds, reading: 'left' }, { seconds: c.seconds, reading: 'played' }] : [{ seconds: c.seconds, reading: c.game!.reading as 'left' | 'played' }];
  const ambiguous = a.game!.reading === 'at' || b.game!.reading === 'at';
  const tolerance = ambiguous ? Math.max(slack, SAME_READING_SECONDS) : slack;
  for (const x of readings(a)) {
    for (const y of readings(b)) {
      if (x.reading === y.reading && Math.abs(x.seconds - y.seconds) <= tolerance) return 'agree';
      if (x.reading !== y.reading && (PERIOD_SECONDS.get(kind) ?? []).some((length) => Math.abs(x.seconds + y.seconds - length) <= tolerance)) return 'agree';
    }
  }
  // Time played and time left of a period of unknown length cannot be set against each other.
  if (a.game!.reading !== b.game!.reading && !ambiguous && !PERIOD_SECONDS.has(kind)) return 'agree';
  return hedged || ambiguous ? 'possible' : 'conflict';
}
