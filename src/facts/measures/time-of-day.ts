/**
 * Time of day: "the shooting began about 6:30 a.m.", "the quake struck at 1353 (1023 GMT)". The value is a clock
 * reading with its zone; the attribute is the moment of the happening it dates (lexicon/en/time-phases.ts), read
 * from the nearest such word in the time's clause; the day it falls on (its sentence's, else its article's lead
 * day, as the extract stage read it) is a scope. A time whose clause names no moment of a happening, or a
 * scheduled one ("will begin at 8"), is not read.
 */
import { GATHERINGS, LEAD_UP_HAPPENINGS, PHRASAL_PHASES, SCHEDULED_MARKERS, TIME_LINKS, TIME_PHASES, type TimePhase } from '../lexicon/en/time-phases.js';
import { EVENT, evidenceOf, type ClockValue, type FactValue, type Measure, type SentenceContext, type Token, type TypedFact, type Verdict } from '../model.js';
import { BELIEF_VERBS, SAYING_VERBS } from '../../language/en/speech-verbs.js';
import { clockVerdict } from '../values.js';

const PHASE_OF = new Map<string, TimePhase>();
for (const phase of TIME_PHASES) for (const lemma of phase.lemmas) if (!PHASE_OF.has(lemma)) PHASE_OF.set(lemma, phase);

/** How far from the time, in tokens, the happening may be named: before it, and after it. */
const BEFORE = 24;
const AFTER = 8;
/** How many tokens nearer a verb is than a noun naming a moment. */
const NOUN_PENALTY = 12;

const HEDGES = /\b(?:about|around|approximately|roughly|some|nearly|almost|sometime)\s+(?:at\s+)?$/i;
/** "Shortly after 3 p.m.", "just before midnight", "after 11 p.m.": a bound, not a reading. */
const SIDES = /\b(after|before)\s+(?:about\s+|around\s+)?$/i;

/** Zone names that are one zone. */
const ZONE_ALIASES: Readonly<Record<string, string>> = { utc: 'gmt', z: 'gmt', zulu: 'gmt' };

/** How far after a time a "when" may stand to define it: "at 11am IST when the ship radioed for help". */
const WHEN_REACH = 4;

/**
 * The moment a time dates: a "when" clause right after it says ("began at 11 a.m. when the ship sent a distress
 * call": the call); else the nearest phase word in its clause, before it first.
 */
function phaseAt(tokens: readonly Token[], at: number, end: number): TimePhase | undefined {
  const when = tokens.slice(end + 1, end + 1 + WHEN_REACH).findIndex((t) => t.lower === 'when');
  // "The standoff ended at 7:02 when officers shot the gunman": what ends a happening is told by the end's own verb
  // right before the time; the "when" clause says how it ended.
  const timeVerb = tokens.slice(Math.max(0, at - 3), at).reverse().find((t) => t.pos === 'VERB');
  const own = timeVerb === undefined ? undefined : phaseOfWord(timeVerb);
  if (own?.id === 'end') return own;
  if (when >= 0) {
    for (let k = end + 2 + when; k < tokens.length && tokens[k]!.text !== ',' && tokens[k]!.text !== ';'; k++) {
      const phase = phaseOfWord(tokens[k]!);
      if (phase !== undefined) return phase;
    }
  }
  // A verb dates its time before a noun does: "alerted to the blaze at 8.49pm" is the alarm, not the fire.
  let best: { phase: TimePhase; distance: number; k: number } | undefined;
  const consider = (k: number, distance: number) => {
    const t = tokens[k]!;
    // "It took place at 7:37": the happening itself.
    const tookPlace = t.lemma === 'take' && tokens[k + 1]?.lower === 'place';
    // A noun before another noun only modifies it: "the shooting scene", "the fire department".
    if (!tookPlace && t.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN') return;
    const phase = tookPlace ? TIME_PHASES[0] : (phrasalPhase(tokens, k) ?? phaseOfWord(t));
    const ranked = distance + (t.pos === 'VERB' || tookPlace ? 0 : NOUN_PENALTY);
    if (phase !== undefined && (best === undefined || ranked < best.distance)) best = { phase, distance: ranked, k };
  };
  let ownVerb = false;
  for (let k = at - 1, d = 1; k >= 0 && d <= BEFORE; k--, d++) {
    if (tokens[k]!.text === ';') break;
    consider(k, d);
    // A verb of no moment nearer the time than any happening dates it itself: "spotted him running at 4:10",
    // "was hit and died just after midnight" (a death is not when the shooting began).
    if (best === undefined && isOtherVerb(tokens[k]!)) {
      ownVerb = true;
      break;
    }
  }
  // Nor does a happening told after it take the time: "left port at 1:45 p.m. and overturned around 2:30".
  for (let k = end + 1, d = 1; !ownVerb && k < tokens.length && d <= AFTER; k++, d++) {
    if (tokens[k]!.text === ';' || tokens[k]!.text === ',') break;
    // After the time, a happening counts a little less than one as near before it.
    consider(k, d + 2);
  }
  if (best === undefined) return undefined;
  // "The call came in at 2:15", "the arrest came hours later at 11": a verb of happening takes the moment its subject
  // names.
  if (CARRIED_BY_SUBJECT.has(tokens[best.k]!.lemma)) {
    const subject = subjectNounOf(tokens, best.k);
    const named = subject === undefined ? undefined : phaseOfWord(subject);
    if (named !== undefined) best = { ...best, phase: named };
  }
  // "A fight broke out at 1:15", "the party started at 9": the start of what led up to the event, not its own.
  if (best.phase.id === 'start' && tokens[best.k]!.pos === 'VERB') {
    const subject = subjectNounOf(tokens, best.k);
    if (subject !== undefined && LEAD_UP_HAPPENINGS.has(subject.lemma)) return undefined;
  }
  // "Autopsies will begin at 8 a.m.", "the vigil is scheduled to start at 7": planned, not what happened.
  const k = best.k;
  return tokens.slice(Math.max(0, k - 3), k).some((t) => SCHEDULED_MARKERS.has(t.lemma)) ? undefined : best.phase;
}

/** The moment a word names, by its lemma or as written. */
function phaseOfWord(t: Token): TimePhase | undefined {
  return PHASE_OF.get(t.lemma) ?? PHASE_OF.get(t.lower);
}

/** The moment a verb with its particle names: "went off" (a bomb's start). */
function phrasalPhase(tokens: readonly Token[], k: number): TimePhase | undefined {
  const t = tokens[k]!;
  const found = t.pos === 'VERB' ? PHRASAL_PHASES.find((p) => p.verb === t.lemma && tokens[k + 1]?.lower === p.particle) : undefined;
  return found === undefined ? undefined : TIME_PHASES.find((phase) => phase.id === found.phase);
}

/** Verbs that say a happening took place and leave which one to their subject: "the call came", "the arrest happened". */
const CARRIED_BY_SUBJECT: ReadonlySet<string> = new Set(['come', 'happen', 'occur']);

/** The noun right before a verb, past its auxiliaries and adverbs: the verb's subject ("the 911 call came"). */
function subjectNounOf(tokens: readonly Token[], verb: number): Token | undefined {
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  return tokens[k]?.pos === 'NOUN' ? tokens[k] : undefined;
}

/** Verbs that carry no moment of their own: the time after "police said" or "was" is still the happening's. */
const CARRIERS: ReadonlySet<string> = new Set([...SAYING_VERBS, ...BELIEF_VERBS, 'be', 'have', 'do', 'get', 'seem', 'appear']);

function isOtherVerb(t: Token): boolean {
  return t.pos === 'VERB' && !CARRIERS.has(t.lemma) && !PHASE_OF.has(t.lemma) && !PHASE_OF.has(t.lower);
}

/**
 * Whether the time is a gathering's, named right before it: "a news conference at 2 p.m.", "a vigil planned for
 * 7 p.m."; a place before it ("on the roof at 9pm") leaves the time to the happening.
 */
function heldByGathering(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && TIME_LINKS.has(tokens[k]!.lower)) k--;
  return k >= 0 && k < at - 1 && GATHERINGS.has(tokens[k]!.lemma);
}

/** Words after a reading that make it a countdown, not a time of day: "with 7:41 left", "2:56 to go". */
const COUNTDOWN = new Set(['left', 'remaining', 'to', 'into']);

/** A game clock: "with 7:41 left in the half", "2:56 into the round" (the clock measure's, not this one's). */
function isGameClock(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end + 1]?.lower ?? '';
  return COUNTDOWN.has(next) && (next !== 'to' || ['go', 'play'].includes(tokens[end + 2]?.lower ?? ''));
}

/**
 * A time that bounds a span ("between 07:28 and 08:06", "from 2 to 4 p.m."): neither end is when the happening was.
 * Read nothing rather than one end.
 */
function inSpan(tokens: readonly Token[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 6), at).map((t) => t.lower);
  return before.at(-1) === 'between' || before.at(-1) === 'from' || (before.at(-1) === 'and' && before.includes('between')) || (before.at(-1) === 'to' && before.includes('from'));
}

/** A time in brackets right after another, the same moment in another zone: "at 3pm (1300 GMT)". */
function isConversion(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.text === '(' && tokens.slice(Math.max(0, at - 6), at - 1).some((t) => t.pos === 'NUM' || /\d/.test(t.text));
}


function read(context: SentenceContext): TypedFact[] {
  const { parsed } = context;
  const facts: TypedFact[] = [];
  for (const mention of context.mentions) {
    const m = /^time:(\d{2}):(\d{2})$/.exec(String(mention.value));
    if (mention.kind !== 'date' || m === null) continue;
    const at = parsed.tokens.findIndex((t) => t.start >= mention.span[0]);
    const end = parsed.tokens.findLastIndex((t) => t.end <= mention.span[1]);
    if (at < 0 || isConversion(parsed.tokens, at) || heldByGathering(parsed.tokens, at) || isGameClock(parsed.tokens, Math.max(end, at)) || inSpan(parsed.tokens, at)) continue;
    const phase = phaseAt(parsed.tokens, at, Math.max(end, at));
    if (phase === undefined) continue;
    const written = (mention as { zone?: string }).zone?.toLowerCase();
    const zone = written === undefined ? undefined : (ZONE_ALIASES[written] ?? written);
    const before = parsed.text.slice(Math.max(0, mention.span[0] - 24), mention.span[0]);
    const approx = HEDGES.test(before);
    const side = SIDES.exec(before)?.[1]?.toLowerCase() as ClockValue['side'];
    const value: ClockValue = {
      type: 'clock',
      seconds: (Number(m[1]) * 60 + Number(m[2])) * 60,
      ...(approx ? { approx: true } : {}),
      ...(side !== undefined ? { side } : {}),
      ...(zone !== undefined ? { zone } : {}),
    };
    // The day and time frame the extract stage read for it, the article's lead day included.
    const { scope: said } = mention;
    if (said?.otherEvent === true) continue;
    const day = said?.day;
    facts.push({
      measure: 'time',
      subject: EVENT,
      attribute: { id: `time|${phase.id}`, label: phase.label },
      value,
      scope: { ...(day !== undefined ? { day } : {}), ...(said?.era !== undefined ? { era: said.era } : {}) },
      evidence: evidenceOf(context, mention.span),
    });
  }
  return facts;
}

/**
 * Two readings of one moment. Times in two named zones: the same reading in GMT and in local time is one outlet
 * taking the other's zone (possible); different readings cannot be compared without the offset. A time in GMT
 * against one in an unnamed zone likewise, unless no offset can bridge them. Else the clocks are compared (values.ts).
 */
function compare(a: FactValue, b: FactValue): Verdict {
  if (a.type !== 'clock' || b.type !== 'clock') return 'agree';
  if (a.zone !== b.zone) {
    if (a.zone !== undefined && b.zone !== undefined) return a.seconds === b.seconds ? 'possible' : 'agree';
    // A named zone (GMT, ET, "Astana time") against a time in none: the other may be the place's own clock, a whole
    // number of quarter hours away. Two readings to the minute whose gap no zone offset makes ("14:20 GMT" /
    // "12.55pm") are still two moments. "Local time" against no zone: both are the place's clock.
    if ((isNamedZone(a.zone) || isNamedZone(b.zone)) && offsetExplains(a, b)) return 'agree';
    return clockVerdict({ ...a, zone: undefined }, { ...b, zone: undefined });
  }
  return clockVerdict(a, b);
}

/** A zone that is some place's clock, not the story's own ("local time"). */
function isNamedZone(zone: string | undefined): boolean {
  return zone !== undefined && zone !== 'local';
}

/** Zone offsets are whole quarter hours (UTC+5:45 the finest): in seconds. */
const ZONE_STEP = 15 * 60;

/**
 * Whether a zone offset may be all that sets two readings apart: either is hedged, a bound or a round hour (a
 * rounding wider than a minute), or their gap is a whole number of quarter hours.
 */
function offsetExplains(a: ClockValue, b: ClockValue): boolean {
  const loose = (c: ClockValue) => c.approx === true || c.side !== undefined || c.seconds % ZONE_STEP === 0;
  return loose(a) || loose(b) || Math.abs(a.seconds - b.seconds) % ZONE_STEP === 0;
}

/** A zone as outlets write it: "GMT", "ET", "local time", "Astana time". */
function zoneWords(zone: string): string {
  if (zone === 'local') return 'local time';
  if (zone.includes(' ') || zone.length > 4) return `${zone.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())} time`;
  return zone.toUpperCase();
}

function words(value: FactValue): string {
  if (value.type !== 'clock') return '';
  const minutes = Math.round(value.seconds / 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  const hedge = value.side !== undefined ? `${value.side} ` : value.approx === true ? 'about ' : '';
  return `${hedge}${hh}:${mm}${value.zone !== undefined ? ` ${zoneWords(value.zone)}` : ''}`;
}

export const timeOfDay: Measure = { id: 'time', read, compare, words };
