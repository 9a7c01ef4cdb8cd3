/**
 * Duration: a span of time between the story's event and another happening ("married two weeks before the
 * shooting", "died nine days after a heart attack", "wed about three weeks ago"), or how long a happening lasted
 * ("after a four-hour standoff", "deliberated for less than a day"). The value is in days, as the bounds the words
 * allow. Careers and states ("worked there for 15 years", "had been in hospital for three weeks") are not spans of
 * one happening: not read.
 */
import { anchorHappening, happeningOfToken, nearestHappening, type FoundHappening } from '../happening.js';
import { pastParticiple } from '../../language/en/inflect.js';
import { unitWords } from '../lexicon/en/morphology.js';
import { SPAN_BOUNDS, type SpanBound } from '../lexicon/en/span-bounds.js';
import { IMPRISONMENT_WORDS, POSSIBLE_TERM_WORDS, PRISON_WORDS, SPAN_ANCHORS, SPAN_MARKS } from '../lexicon/en/span-relations.js';
import { SPAN_UNIT_DAYS, spanUnit } from '../lexicon/en/time-units.js';
import { EVENT, evidenceOf, PERSON, type Attribute, type Measure, type Subject, type QuantityValue, type SentenceContext, type Token, type TypedFact, type Verdict } from '../model.js';
import { amountAt, clauseRange, eraScope, isPlaceLike, namesOf, nameSubject } from '../tokens.js';
import { figure } from '../values.js';
import { verbSubject } from './date-parties.js';

/**
 * How far apart the articles of one run may be published: "two weeks ago" counts back from each article's own
 * day, so it is read give or take this many days, and never as a definite conflict.
 */
const PUBLICATION_DRIFT_DAYS = 3;

/** A stated amount is rounded to its unit: "two weeks" is read as 14 days give or take a fifth of a week. */
const ROUNDING = 0.2;

/** Words before a span that make it part of a longer one, or one running up to the time of writing. */
const PART_WORDS = new Set(['first', 'last', 'final', 'past', 'next', 'opening', 'closing', 'remaining', 'previous', 'early', 'late']);

/** How the span relates to the happenings around it, by the words next to it. */
type Relation = 'ago' | 'earlier' | 'later' | 'before' | 'after' | 'length' | 'sentence';

interface Span {
  amount: number;
  unit: string;
  bound?: SpanBound;
  /** Written as "a week": the unit itself, loosely. */
  article: boolean;
  /** Written as a rate may be ("$80,000 a year"): a span only before "ago", "later", "before", "after". */
  rate: boolean;
  /** First and last tokens of the amount and its unit (with any bound word). */
  first: number;
  last: number;
}

export const duration: Measure = {
  id: 'duration',
  read(context) {
    const { tokens } = context.parsed;
    const facts: TypedFact[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const span = spanEndingAt(tokens, i);
      const fact = span !== undefined ? factOf(context, span) : undefined;
      if (fact !== undefined) facts.push(fact);
    }
    return facts;
  },
  compare(a, b) {
    return a.type === 'quantity' && b.type === 'quantity' ? spanVerdict(a, b) : 'agree';
  },
  words(v) {
    return v.type === 'quantity' ? spanWords(v) : '';
  },
};

/** An amount and a unit of time ending at token `i` ("three weeks", "a four-hour", "less than a day"). */
function spanEndingAt(tokens: readonly Token[], i: number): Span | undefined {
  const unit = spanUnit(tokens[i]!.text);
  if (unit === undefined) return undefined;
  // "a four-hour standoff": the amount is joined to its unit by a hyphen.
  const hyphen = tokens[i - 1]?.text === '-' && !tokens[i - 1]!.spaced && !tokens[i]!.spaced;
  const amountEnd = hyphen ? i - 2 : i - 1;
  let first = -1;
  let amount: number | undefined;
  for (let j = amountEnd; j >= Math.max(0, amountEnd - 2); j--) {
    const read = amountAt(tokens, j);
    if (read !== undefined && read.last === amountEnd) [first, amount] = [j, read.value];
  }
  if (amount === undefined || amount <= 0) return undefined;
  const article = ['a', 'an'].includes(tokens[first]!.lower);
  // Maybe a rate ("twice a week", "$80,000 a year"), unless a relation follows ("a heart attack a week earlier").
  const before = tokens[first - 1];
  const rate = article && before !== undefined && (['NUM', 'NOUN', 'PROPN'].includes(before.pos) || ['once', 'twice', 'per'].includes(before.lower));
  // An age ("a 10-year-old", "16 years old"); "four hours' work"; "a second man" (an ordinal).
  const after = tokens[i + 1];
  const possessive = after !== undefined && /^['’]s?$/.test(after.text) && !IMPRISONMENT_WORDS.has(tokens[i + 2]?.lower ?? '');
  if (after !== undefined && (after.lower === 'old' || (after.text === '-' && tokens[i + 2]?.lower === 'old') || possessive)) return undefined;
  if (unit === 'second' && article && !['ago', 'later', 'earlier', 'before', 'after'].includes(after?.lower ?? '')) return undefined;
  // A range ("five-six months", "two to three weeks") is no one amount.
  const joiner = tokens[first - 1]?.lower ?? '';
  if (['-', 'to', 'or'].includes(joiner) && amountAt(tokens, first - 2) !== undefined) return undefined;
  // "seven years and three months": one span, in the smaller unit (87 months).
  const larger = joiner === 'and' ? spanEndingAt(tokens, first - 2) : undefined;
  if (larger !== undefined && !larger.article && SPAN_UNIT_DAYS.get(larger.unit)! > SPAN_UNIT_DAYS.get(unit)!) {
    const total = larger.amount * Math.round(SPAN_UNIT_DAYS.get(larger.unit)! / SPAN_UNIT_DAYS.get(unit)!) + amount;
    return { ...larger, amount: total, unit, article: false, rate: false, last: i };
  }
  const bound = boundBefore(tokens, first);
  // Part of a longer span ("the first eight minutes of the game", "the past 11 days", "the last two decades").
  if (PART_WORDS.has(tokens[(bound?.first ?? first) - 1]?.lower ?? '')) return undefined;
  return { amount, unit, article, rate, first: bound?.first ?? first, last: i, ...(bound !== undefined ? { bound: bound.bound } : {}) };
}

/** A bound or hedge written right before token `first` ("less than", "about"). */
function boundBefore(tokens: readonly Token[], first: number): { bound: SpanBound; first: number } | undefined {
  for (const [phrase, bound] of SPAN_BOUNDS) {
    const words = phrase.split(' ');
    const start = first - words.length;
    if (start >= 0 && words.every((w, k) => tokens[start + k]!.lower === w)) return { bound, first: start };
  }
  return undefined;
}

/** The relation the words around a span state, and where the phrase it relates to starts. */
function relationOf(tokens: readonly Token[], span: Span): { relation: Relation; anchor?: number; end: number } | undefined {
  const hyphenated = tokens[span.last - 1]?.text === '-' && !tokens[span.last]!.spaced;
  let next = span.last + 1;
  if (tokens[next]?.text === '-' && tokens[next + 1]?.lower === 'long') next += 2;
  const after = tokens[next];
  const word = after?.lower ?? '';
  const mark = SPAN_MARKS.get(word);
  if (mark === 'ago') return { relation: 'ago', end: next };
  const lead = tokens[span.first - 1];
  const lead2 = tokens[span.first - 2];
  // "sentenced to 87 months", "was sentenced Wednesday to 97 months": the verb a few words before "to".
  if (lead?.lower === 'to' && tokens.slice(Math.max(0, span.first - 4), span.first - 1).some((t) => t.lemma === 'sentence')) return { relation: 'sentence', end: span.last };
  // "87 months' imprisonment", "seven years of imprisonment".
  const term = ["'", '’', 'of'].includes(word) ? next + 1 : next;
  if (IMPRISONMENT_WORDS.has(tokens[term]?.lower ?? '')) return { relation: 'sentence', end: term };
  // "the standoff lasted two hours before he gave up", "lasting for about an hour", "deliberated for less than a day".
  if (lead?.lemma === 'last' || (lead?.lower === 'for' && lead2?.lemma === 'last')) return { relation: 'length', anchor: -1, end: span.last };
  if (lead?.lower === 'for') return { relation: 'length', end: span.last };
  if (mark !== undefined) return { relation: mark, end: next };
  const anchor = SPAN_ANCHORS.find(([phrase]) => phrase.split(' ').every((w, k) => tokens[next + k]?.lower === w));
  if (anchor !== undefined) {
    const [phrase, relation] = anchor;
    const from = next + phrase.split(' ').length;
    const unsaid = tokens[from] === undefined || tokens[from]!.pos === 'PUNCT';
    return unsaid ? { relation: relation === 'before' ? 'earlier' : 'later', end: next } : { relation, anchor: from, end: next };
  }
  // "a four-hour standoff", "a five-year sentence" (not "three 10-year sentences": several), "two hours of talks".
  if (hyphenated && after !== undefined && (after.pos === 'NOUN' || after.pos === 'ADJ')) {
    if (after.lemma === 'sentence') return after.lower === 'sentence' ? { relation: 'sentence', end: next } : undefined;
    return { relation: 'length', anchor: next, end: next };
  }
  if (word === 'of' && tokens[next + 1] !== undefined) return { relation: 'length', anchor: next + 1, end: next };
  // "after 70 hours trapped underground", "spent two days stranded": the participle after the span is what lasted.
  if (after?.pos === 'VERB' && after.lower !== after.lemma && /(?:ed|en|t)$/.test(after.lower) && (lead?.lower === 'after' || lead?.lemma === 'spend' || lead2?.lemma === 'spend')) {
    return { relation: 'length', anchor: next, end: next };
  }
  // "in prison", "in federal prison", "in a state penitentiary".
  if (word === 'in') {
    let k = next + 1;
    while (tokens[k] !== undefined && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN') && k - next <= 3) k++;
    if (PRISON_WORDS.has(tokens[k]?.lower ?? '')) return { relation: 'sentence', end: k };
  }
  return undefined;
}

function factOf(context: SentenceContext, span: Span): TypedFact | undefined {
  const { tokens } = context.parsed;
  const found = relationOf(tokens, span);
  if (found === undefined || (span.rate && ['length', 'sentence'].includes(found.relation))) return undefined;
  // "Two hours ago" counts from the hour each article was written: no question outlets share.
  if (found.relation === 'ago' && SPAN_UNIT_DAYS.get(span.unit)! < 1) return undefined;
  const { relation } = found;
  const [first, last] = clauseRange(tokens, span.first);
  const attribute = attributeOf(tokens, span, found, first, last);
  if (attribute === undefined) return undefined;
  // "faces up to 20 years", "could get seven years": a term that may be given, not one given.
  if (relation === 'sentence' && tokens.slice(first, span.first).some((t) => POSSIBLE_TERM_WORDS.has(t.lemma))) return undefined;
  const subject = relation === 'sentence' ? sentenced(context, span.first, first) : EVENT;
  if (subject === undefined) return undefined;
  const evidence = evidenceOf(context, [tokens[span.first]!.start, tokens[found.end]!.end]);
  const fact: TypedFact = { measure: 'duration', subject, attribute, value: spanValue(span, relation), scope: eraScope(context), evidence };
  // Someone unnamed sentenced may be one of several defendants: compared only within one claim.
  return subject === PERSON ? { ...fact, alignedOnly: true } : fact;
}

/** What the span measures: between which happenings, or the length of which. */
function attributeOf(tokens: readonly Token[], span: Span, found: { relation: Relation; anchor?: number; end: number }, first: number, last: number): Attribute | undefined {
  const { relation } = found;
  if (relation === 'sentence') return { id: 'length|sentence', label: 'prison sentence' };
  if (relation === 'length') {
    const happening = lengthHappening(tokens, span, found, first, last);
    if (happening === undefined) return undefined;
    // "Access was restricted for 90 minutes": how long it was restricted, not time spent restricting.
    const label = happening.open !== true ? `length of ${happening.noun}` : happening.passive === true ? `how long it was ${pastParticiple(happening.key)}` : `time spent ${happening.noun}`;
    return { id: `length|${happening.key}`, label };
  }
  // With no anchor written ("two weeks ago", "a week later"), only a happening the lexicon knows is dated: the
  // moment counted from is the sentence's guess, and an open verb of a timeline ("dressed", "rolled") is no fact.
  const implicit = relation === 'ago' || relation === 'earlier' || relation === 'later';
  const own = clauseHappening(tokens, span, found.end, first, last, implicit);
  if (own === undefined) return undefined;
  if (implicit) {
    // "The shooting two days ago" counts the days since the story itself, as of each article's own day: no fact.
    if (own.event === true) return undefined;
    return relation === 'later' ? sinceEvent(own) : untilEvent(own);
  }
  const anchor = anchorHappening(tokens, found.anchor!, last);
  if (anchor === undefined || anchor.key === own.key) return undefined;
  // Two events ("the shooting came six weeks after a massacre"): one may be another story's; only a death after
  // the event ("died seven hours after the shooting") is dated from it.
  if (anchor.event === true && own.event === true) return own.key === 'death' && relation === 'after' ? sinceEvent(own) : undefined;
  // "married two weeks before the shooting": the wedding; "died nine days after a heart attack": the heart attack.
  if (anchor.event === true) return relation === 'before' ? untilEvent(own) : sinceEvent(own);
  if (own.event === true) return relation === 'before' ? sinceEvent(anchor) : untilEvent(anchor);
  const [from, to] = relation === 'before' ? [own, anchor] : [anchor, own];
  return { id: `span|${from.key}|${to.key}`, label: `time from ${from.noun} to ${to.noun}` };
}

function untilEvent(h: FoundHappening): Attribute {
  return { id: `span|${h.key}|before`, label: `time from ${h.noun} to the event` };
}

function sinceEvent(h: FoundHappening): Attribute {
  return { id: `span|${h.key}|after`, label: `time from the event to ${h.noun}` };
}

/**
 * The happening of the span's clause: the nearest before it, else after it ("Two weeks ago, he married"). A span
 * of a career or a state, or of a report ("said two days ago"), has none.
 */
function clauseHappening(tokens: readonly Token[], span: Span, end: number, first: number, last: number, lexiconOnly = false): FoundHappening | undefined {
  const before = nearestHappening(tokens, span.first, first, lexiconOnly);
  const found = before ?? nearestHappening(tokens, end, last, lexiconOnly);
  return typeof found === 'object' ? found : undefined;
}

/**
 * The happening whose length a span gives: the noun it is joined to ("a four-hour standoff", "two hours of
 * negotiations"), the subject of "lasted", or the clause's verb ("deliberated for"). A state that runs up to the
 * time of writing ("had been hospitalized for three weeks", "has worked there for 15 years") is not one happening.
 */
function lengthHappening(tokens: readonly Token[], span: Span, found: { anchor?: number; end: number }, first: number, last: number): FoundHappening | undefined {
  if (found.anchor !== undefined && found.anchor >= 0) {
    const joined = nearestHappening(tokens, found.anchor - 1, Math.min(last, found.anchor + 1));
    if (typeof joined !== 'object') return undefined;
    // "70 hours trapped": a participle after the span is a state undergone, as "was trapped for 52 hours" is.
    return tokens[found.anchor]!.pos === 'VERB' && joined.at === found.anchor ? { ...joined, passive: true } : joined;
  }
  const clause = tokens.slice(first, span.first);
  if (clause.some((t) => (t.lemma === 'have' && t.pos === 'AUX') || t.lower === 'since')) return undefined;
  if (found.anchor === -1) {
    // "The standoff lasted two hours": the noun before "lasted".
    const lasted = clause.map((t) => t.lemma).lastIndexOf('last') + first;
    // "The battles spread across the city center and lasted": a happening the lexicon knows first.
    const known = nearestHappening(tokens, lasted, first, true);
    if (typeof known === 'object') return known;
    for (let k = lasted - 1; k >= Math.max(0, first - 3); k--) {
      const t = tokens[k]!;
      const read = happeningOfToken(tokens, k);
      if (typeof read === 'object') return read;
      if (t.pos === 'NOUN' && /^[a-z-]+$/.test(t.lemma)) return { key: t.lemma, noun: `the ${t.lower}`, at: k };
      // "The standoff, which lasted", "the standoff that lasted": the noun before the relative pronoun.
      if (['that', 'which'].includes(t.lower)) continue;
      if (k < first && t.text !== ',') return undefined;
      // "It lasted": no noun.
      if (t.pos === 'PRON') return undefined;
    }
    return undefined;
  }
  // "deliberated for a day", "exchanged gunfire for 30 minutes"; not "was outside for nine minutes" (a state).
  for (let k = span.first - 2; k >= first; k--) {
    const read = happeningOfToken(tokens, k);
    if (typeof read === 'object') return read;
    if (read !== 'skip') return undefined;
  }
  return undefined;
}

/**
 * Whom a prison sentence is given: the first name of its clause that is not a place, or the name a "who" clause
 * follows ("Orozco, who was sentenced to"). None: no fact (a story may tell of several sentences, a convict's
 * and his father's).
 */
function sentenced(context: SentenceContext, at: number, first: number): Subject | undefined {
  const { tokens } = context.parsed;
  // The subject of the verb nearest before the term ("Whitcomb was sentenced to", "A former employee of a rural
  // Iowa co-op was sentenced to", "she will spend"), or the one a relative clause stands for ("Roe, who was ...").
  let verb = -1;
  for (let k = at - 1; k >= first && verb < 0; k--) if (tokens[k]!.pos === 'VERB') verb = k;
  const who = verb < 0 ? undefined : verbSubject(context, verb);
  if (who === undefined || 'thing' in who) {
    // Past a clause between subject and verb ("Roe, who was convicted in May, was sentenced"): the clause's first
    // name that qualifies no noun, or the name a relative pronoun stands for.
    const names = namesOf(context).filter((n) => n.last < at && !isPlaceLike(tokens, n) && tokens[n.last + 1]?.pos !== 'NOUN');
    const antecedent = tokens[first]?.lower === 'who' ? names.find((n) => n.last === first - 2) : undefined;
    const name = names.find((n) => n.first >= first) ?? antecedent;
    return name !== undefined ? nameSubject(name) : undefined;
  }
  if ('name' in who) {
    const name = namesOf(context).find((n) => n.key === who.name.value);
    return name === undefined || isPlaceLike(tokens, name) ? undefined : nameSubject(name);
  }
  // Someone the sentence does not name ("a former employee", "she"), whom the run names for the question
  // (facts/subjects.ts).
  return PERSON;
}

/** The bounds the words allow, in days. */
function spanValue(span: Span, relation: Relation): QuantityValue {
  const unitDays = SPAN_UNIT_DAYS.get(span.unit)!;
  const n = span.amount * unitDays;
  let [min, max, approx] = [n, n, false];
  const bound = span.bound ?? (span.article ? 'around' : undefined);
  if (bound === 'around') [min, max, approx] = [n - unitDays / 2, n + unitDays / 2, true];
  else if (bound === 'below') [min, max, approx] = [n - unitDays / 2, n, true];
  else if (bound === 'atLeast') max = Number.POSITIVE_INFINITY;
  else if (bound === 'atMost') min = 0;
  // "ago" counts back from each article's own day; "later" / "earlier" from a moment the sentence leaves unsaid.
  if (relation === 'ago') [min, max] = [Math.max(0, min - PUBLICATION_DRIFT_DAYS), max + PUBLICATION_DRIFT_DAYS];
  if (relation === 'ago' || relation === 'earlier' || relation === 'later') approx = true;
  return { type: 'quantity', min, max, unit: 'day', ...(approx ? { approx } : {}), stated: { amount: span.amount, unit: span.unit } };
}

/** A point is the stated amount rounded to its unit; bounds and hedges are read as written. */
function interval(q: QuantityValue): [number, number] {
  if (q.min !== q.max) return [q.min, q.max];
  const tolerance = ROUNDING * (SPAN_UNIT_DAYS.get(q.stated?.unit ?? 'day') ?? 1);
  return [q.min - tolerance, q.max + tolerance];
}

/** Spans that cannot overlap conflict when both are definite (anchored to the event, unhedged); else possibly. */
export function spanVerdict(a: QuantityValue, b: QuantityValue): Verdict {
  const [aLo, aHi] = interval(a);
  const [bLo, bHi] = interval(b);
  if (aLo <= bHi && bLo <= aHi) return 'agree';
  return a.approx === true || b.approx === true ? 'possible' : 'conflict';
}

function spanWords(v: QuantityValue): string {
  const s = v.stated ?? { amount: v.min, unit: 'day' };
  const amount = `${figure(s.amount)} ${unitWords(s.amount, s.unit)}`;
  if (v.max === Number.POSITIVE_INFINITY) return `more than ${amount}`;
  if (v.min === 0 && v.max > 0) return `less than ${amount}`;
  return v.approx === true ? `about ${amount}` : amount;
}
