/**
 * Record: a win-loss record ("improved to 53-3 with 47 knockouts", "a 122-147 record as coach", "Bowe (45-1)"),
 * of the person or team named before it, with the knockouts written beside a boxer's record as a count of their
 * own. Scores ("won 98-87", "a 46-28 lead") and stretches ("a 19-7 run") are not records: not read. A record is
 * read only where its words say it is one (a bracket or apposition after a name, "record", "at", "is", "went",
 * "improved to"), and is scoped by the moment ("entered at" vs "improved to") and the span it counts (a career, a
 * tenure, a start, one team's town).
 */
import { CAREER_RECORD_WORDS, IN_PLAY_WORDS, KNOCKOUT_WORDS, RECORD_AFTER_VERBS, RECORD_BEFORE_VERBS, RECORD_NOUNS, SCORE_NOUNS, SCORE_VERBS, TENURE_RECORD_WORDS } from '../lexicon/en/records.js';
import { evidenceOf, type Measure, type RecordValue, type Scope, type SentenceContext, type Subject, type Token, type TypedFact } from '../model.js';
import { clauseRange, eraScope, isPlaceLike, namesOf, nameSubject, type NameAt } from '../tokens.js';
import { figure } from '../values.js';

/** Wins, losses and draws joined by hyphens or dashes: "53-3", "45-7-2". */
const RECORD = /^(\d{1,4})[-–](\d{1,4})(?:[-–](\d{1,3}))?$/;

export const record: Measure = {
  id: 'record',
  read(context) {
    const { tokens } = context.parsed;
    const facts: TypedFact[] = [];
    tokens.forEach((t, i) => {
      const m = RECORD.exec(t.text);
      // "1982-83", "1999-2003": seasons and years, not records.
      if (m === null || Number(m[1]) >= 1000) return;
      const value: RecordValue = { type: 'record', wins: Number(m[1]), losses: Number(m[2]), ...(m[3] !== undefined ? { draws: Number(m[3]) } : {}) };
      facts.push(...recordFacts(context, i, value));
    });
    return facts;
  },
  compare(a, b) {
    if (a.type === 'record' && b.type === 'record') {
      // A record written without draws may leave them out: "45-7" and "45-7-2" agree.
      const draws = a.draws === undefined || b.draws === undefined || a.draws === b.draws;
      if (a.wins === b.wins && a.losses === b.losses && draws) return 'agree';
      // One record may be the other a few games on ("52-3" before a fight, "53-3" after): a moment apart, maybe.
      const upTo = (x: RecordValue, y: RecordValue) => x.wins <= y.wins && x.losses <= y.losses && (x.draws ?? 0) <= (y.draws ?? x.draws ?? 0);
      return upTo(a, b) || upTo(b, a) ? 'possible' : 'conflict';
    }
    // Knockouts run on like the record: a count a fight apart may be a moment apart.
    if (a.type === 'quantity' && b.type === 'quantity') return a.min === b.min ? 'agree' : 'possible';
    return 'agree';
  },
  words(v) {
    if (v.type === 'record') return `${v.wins}-${v.losses}${v.draws !== undefined ? `-${v.draws}` : ''}`;
    return v.type === 'quantity' ? `${figure(v.min)} knockouts` : '';
  },
};

/** The record at token i, and the knockouts written after it, if the words say it is a record and whose. */
function recordFacts(context: SentenceContext, i: number, value: RecordValue): TypedFact[] {
  const { tokens } = context.parsed;
  const [first, last] = clauseRange(tokens, i);
  const names = namesOf(context);
  const kind = contextOf(tokens, names, i, first);
  if (kind === undefined) return [];
  const subject = subjectOf(tokens, names, i, kind, first);
  if (subject === undefined) return [];
  // No day: a record is a running count, its moment told by "entered at" / "improved to", not by the weekday.
  const scope = { ...scopeOf(tokens, names, i, first, last, kind), ...eraNear(context, i, first, last) };
  const t = tokens[i]!;
  const facts: TypedFact[] = [{ measure: 'record', subject, attribute: { id: 'record', label: 'win-loss record' }, value, scope, evidence: evidenceOf(context, [t.start, t.end]) }];
  // Within its bracket too: "fell to 36-3 (24 KO)".
  const knockouts = knockoutsAfter(tokens, i, tokens.length - 1);
  if (knockouts !== undefined) {
    const span: [number, number] = [tokens[knockouts.first]!.start, tokens[knockouts.last]!.end];
    const count = { type: 'quantity' as const, min: knockouts.count, max: knockouts.count, unit: 'knockout', stated: { amount: knockouts.count, unit: 'knockout' } };
    facts.push({ measure: 'record', subject, attribute: { id: 'knockouts', label: 'wins by knockout' }, value: count, scope, evidence: evidenceOf(context, span) });
  }
  return facts;
}

/** What makes the figure a record: 'apposition' after a name, or words; undefined for a score or no sign. */
type Kind = 'apposition' | 'after' | 'before' | 'stated';

function contextOf(tokens: readonly Token[], names: readonly NameAt[], i: number, first: number): Kind | undefined {
  const next = tokens[i + 1];
  // "a 98-87 win", "a 46-28 lead", "an 88-72 road loss".
  const scoreNoun = (t: Token | undefined) => t !== undefined && t.pos === 'NOUN' && SCORE_NOUNS.has(t.lemma);
  if (scoreNoun(next) || (next !== undefined && ['ADJ', 'NOUN'].includes(next.pos) && !RECORD_NOUNS.has(next.lemma) && scoreNoun(tokens[i + 2]))) return undefined;
  const before = tokens.slice(Math.max(first, i - 4), i);
  if (before.some((t) => SCORE_VERBS.has(t.lemma) && t.pos === 'VERB')) return undefined;
  // "has gone 4-2-1 since beating Barrett": a stretch of a career, not the record; "serving at 4-5": a game's score.
  if (tokens.slice(first, clauseRange(tokens, i)[1] + 1).some((t) => t.lower === 'since' || IN_PLAY_WORDS.has(t.lower) || IN_PLAY_WORDS.has(t.lemma))) return undefined;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  // "Bowe (45-1, 33 KOs)", "Klitschko, 53-3, 47 KO's"; not a score after a name ("beat Boston College, 85-78,").
  const named = names.find((n) => n.last === i - 2);
  if (named !== undefined && prev?.text === '(') return 'apposition';
  if (named !== undefined && prev?.text === ',') {
    const beaten = tokens.slice(first, named.first).some((t) => SCORE_VERBS.has(t.lemma) && t.pos === 'VERB') || tokens[named.first - 1]?.pos === 'ADP';
    return !beaten || knockoutsAfter(tokens, i, tokens.length - 1) !== undefined ? 'apposition' : undefined;
  }
  // "improved to 53-3", "improved the Ukrainian-born fighter to 52-3", "took Klitschko's record to 52-3".
  if (prev?.lower === 'to' && tokens.slice(Math.max(first, i - 8), i).some((t) => RECORD_AFTER_VERBS.has(t.lemma) && t.pos === 'VERB')) return 'after';
  if (prev?.lower === 'now') return 'after';
  if (before.some((t) => RECORD_BEFORE_VERBS.has(t.lemma)) || (prev?.lower === 'at' && prev2?.lower === 'in' && tokens[i - 3]?.lemma === 'come')) return 'before';
  if (['before', 'entering', 'heading'].includes(next?.lower ?? '')) return 'before';
  if (RECORD_NOUNS.has(next?.lemma ?? '') || before.some((t) => RECORD_NOUNS.has(t.lemma))) return 'stated';
  if (['at', 'went', 'gone', 'opened', 'started'].includes(prev?.lower ?? '') || prev?.lemma === 'be') return 'stated';
  return undefined;
}

/**
 * Whose record: the name it follows in brackets or apposition; the antecedent of a relative clause ("Duke
 * (13-1), which moved to 9-0"; none for "the 76ers, who are 9-14": no name); after "at" or a verb of moment
 * ("with the Sixers floundering at 9-14", "Texas Southern moved to 0-10") the nearest name before it; else the
 * first name of its clause, or of its sentence. Never a place ("in Portland"), a referee, or a name that only
 * qualifies a noun ("an NBA championship team", "Klitschko's reach").
 */
function subjectOf(tokens: readonly Token[], names: readonly NameAt[], i: number, kind: Kind, first: number): Subject | undefined {
  if (kind === 'apposition') return nameSubject(names.find((n) => n.last === i - 2)!);
  if (RELATIVES.has(tokens[first]?.lower ?? '')) {
    let k = first - 2;
    if (tokens[k]?.text === ')') while (k > 0 && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text === '(') k--;
    const antecedent = names.find((n) => n.last === k);
    return antecedent !== undefined ? nameSubject(antecedent) : undefined;
  }
  const candidates = names.filter((n) => n.last < i && !isPlaceLike(tokens, n) && !/^(?:referee|judge|an?)$/i.test(tokens[n.first - 1]?.text ?? '') && !KNOCKOUT_WORDS.has(n.key) && !qualifiesNoun(tokens, n));
  const nearest = tokens[i - 1]?.lower === 'at' || kind === 'after' || kind === 'before';
  const name = nearest ? candidates[candidates.length - 1] : (candidates.find((n) => n.first >= first) ?? candidates[0]);
  return name !== undefined ? nameSubject(name) : undefined;
}

const RELATIVES = new Set(['who', 'which', 'that', 'whose']);

/** A name used as a modifier of the noun after it ("NBA championship team", "Klitschko's reach"), not of a record. */
function qualifiesNoun(tokens: readonly Token[], name: NameAt): boolean {
  let next = tokens[name.last + 1];
  if (next !== undefined && /^['’]s$/.test(next.text)) next = tokens[name.last + 2];
  return next !== undefined && next.pos === 'NOUN' && next.text === next.lower && !RECORD_NOUNS.has(next.lemma);
}

/** The moment and the span a record counts, and the town it was made in. */
function scopeOf(tokens: readonly Token[], names: readonly NameAt[], i: number, first: number, last: number, kind: Kind): Scope {
  const scope: Record<string, string> = {};
  if (kind === 'after' || kind === 'before') scope.moment = kind;
  const clause = tokens.slice(first, last + 1);
  if (clause.some((t) => CAREER_RECORD_WORDS.has(t.lower))) scope.span = 'career';
  else if (clause.some((t) => TENURE_RECORD_WORDS.has(t.lower))) scope.span = 'tenure';
  else if (tokens[i + 1]?.lemma === 'start' || tokens.slice(Math.max(first, i - 6), i).some((t) => ['start', 'open'].includes(t.lemma))) scope.span = 'start';
  // "Cheeks came from Portland, where he was 162-139"; "went 20-5 in Portland".
  const where = tokens[first]?.lower === 'where' ? names.filter((n) => n.last < first).pop() : undefined;
  const after = names.find((n) => n.first > i && n.first <= i + 3 && ['in', 'with', 'for', 'at'].includes(tokens[n.first - 1]?.lower ?? ''));
  const place = where ?? after;
  if (place !== undefined) scope.place = place.key;
  // "moved to 9-0 at home": the home record, not the season's.
  const venue = tokens.slice(i + 1, i + 4).map((t) => t.lower).join(' ');
  if (/^(?:at home|on the road|away|in conference)\b/.test(venue)) scope.venue = venue.split(' ').slice(0, venue.startsWith('away') ? 1 : 2).join(' ');
  const against = names.find((n) => n.first > i && n.first <= i + 4 && ['against', 'vs', 'versus', 'vs.'].includes(tokens[n.first - 1]?.lower ?? ''));
  if (against !== undefined) scope.against = against.key;
  return scope;
}

/** Another time frame set near the record: a date in its clause within a few words, or one opening the sentence. */
function eraNear(context: SentenceContext, i: number, first: number, last: number): Scope {
  return eraScope(context, [Math.max(first, i - 8), Math.min(last, i + 8)]);
}

/** "46 KOs", "with 47 knockouts", "a remarkable 46 wins by knockout", right after the record. */
function knockoutsAfter(tokens: readonly Token[], i: number, last: number): { count: number; first: number; last: number } | undefined {
  for (let k = i + 1; k <= Math.min(last, i + 5); k++) {
    const t = tokens[k]!;
    if (RECORD.test(t.text) || t.text === ')') return undefined;
    if (!/^\d{1,3}$/.test(t.text)) continue;
    for (let j = k + 1; j <= Math.min(last, k + 3); j++) {
      if (KNOCKOUT_WORDS.has(tokens[j]!.lower.replace('’', "'"))) return { count: Number(t.text), first: k, last: j };
    }
    return undefined;
  }
  return undefined;
}
