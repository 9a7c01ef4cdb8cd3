/**
 * Contradictions across the whole run: facts that answer the same question (one frame, see extract/frames.ts) are
 * compared across every source, whatever claim their sentences fell into. Alignment is evidence, not a gate: two
 * values in one claim make a stated conflict; values in sentences that were not aligned make it only possible
 * unless both are exact.
 */
import { dayInWords } from '../algebra/dates.js';
import { plural } from '../language/en/inflect.js';
import { disagreement, lengthsInKilometres, sameLengthUnit, type Disagreement } from '../algebra/quantity.js';
import { helpedNames } from '../algebra/name-index.js';
import { isCompared, scopeContext, scopePair, type RunContext } from '../extract/index.js';
import { isPerson, sameCandidates, termRelation } from '../facts/index.js';
import { ORDINAL_WORDS } from '../facts/lexicon/en/counting-words.js';
import type { Contradiction, ContradictionValue, Fact, FactCell, FactRow, FactScope, Frame, Sentence, Strength } from '../types.js';

/** A framed fact with the sentence that states it and the claim that sentence belongs to. */
export interface PlacedFact {
  fact: Fact & { frame: Frame };
  sentence: Sentence;
  claim: string;
}

/**
 * "Two officers and a sheriff's deputy died": a count of people named with one more member may leave out one of
 * its own kind that another outlet counts ("three officers"): not compared. (A count of things is: "nine rifles and
 * a launcher".)
 */
function isCoordinatedPeople(fact: Fact & { frame: Frame }): boolean {
  const counted = fact.frame.counted;
  return fact.scope?.coordinated === true && counted !== undefined && (counted === 'person' || (/^[a-z]+$/.test(counted) && isPerson(counted)));
}

/** Quantities that only name a class ("several", "dozens", "hundreds") are too vague to contradict a figure. */
function isVague(fact: Fact): boolean {
  return typeof fact.value === 'string' && /^\d+(?:\.\d+)?\.\.\d/.test(fact.value) && !/\d/.test(fact.text) && !isEitherOr(fact);
}

/** "Three or four", "two or three": an outlet unsure between two neighbouring figures. */
function isEitherOr(fact: Fact): boolean {
  const m = /^(\d+)\.\.(\d+)$/.exec(String(fact.value));
  return m !== null && Number(m[2]) - Number(m[1]) <= 2 && /\bor\b/i.test(fact.text);
}

/**
 * "Three or four robbers" against "four robbers": not a conflict, but one outlet states what the other leaves
 * open, which a reader checking the figure wants to see.
 */
function leavesOpen(a: Fact, b: Fact): boolean {
  const [range, sure] = isEitherOr(a) ? [a, b] : isEitherOr(b) ? [b, a] : [undefined, undefined];
  if (range === undefined || typeof sure!.value !== 'number') return false;
  return String(range.value).split('..').map(Number).includes(sure!.value);
}

/**
 * The frames a fact answers: "no casualties" answers both how many were killed and how many were injured.
 */
function keysOf(fact: Fact & { frame: Frame }, synonyms: ReadonlyMap<string, string>, groupsOfPeople: ReadonlyMap<string, readonly string[]>): string[] {
  const { frame } = fact;
  if (frame.event === 'casualty') return ['count|person|kill', 'count|person|injure'];
  // "No one was hurt" says none of any group of people was: it answers "three firefighters were hurt" too. ("No
  // suspects were arrested" speaks of suspects only.)
  if (fact.value === 0 && frame.measure === 'count' && frame.counted === 'person' && NO_ONE_AT_ALL.has(fact.about ?? '')) {
    return [frame.key, ...(groupsOfPeople.get(frame.key) ?? [])];
  }
  const one = frame.measure === 'count' && frame.counted !== undefined ? synonyms.get(frame.counted) : undefined;
  return [one !== undefined ? frame.key.replace(`count|${frame.counted}|`, `count|${one}|`) : frame.key];
}

/** What a zero counts when it counts everyone: "no one", "nobody", "no people", "no injuries", "no deaths". */
const NO_ONE_AT_ALL: ReadonlySet<string> = new Set(['person', 'people', 'injury', 'casualty', 'death', 'fatality']);

/**
 * The counts of groups of people the run asks, by the count of all people of the same happening they are part of:
 * "count|person|injure" -> "count|firefighter|injure", "count|child|injure". A group is people when WordNet names
 * its word first as a person.
 */
function groupsOfPeopleOf(placed: readonly PlacedFact[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { fact } of placed) {
    const { frame } = fact;
    if (frame.measure !== 'count' || frame.counted === undefined || frame.counted === 'person' || frame.alignedOnly === true) continue;
    const whole = frame.key.replace(`count|${frame.counted}|`, 'count|person|');
    if (whole === frame.key || !/^[a-z]+$/.test(frame.counted) || !isPerson(frame.counted)) continue;
    const list = groups.get(whole) ?? [];
    if (!list.includes(frame.key)) groups.set(whole, [...list, frame.key]);
  }
  return groups;
}

/**
 * Counted things under two names WordNet calls one ("policemen" / "officers", "pupils" / "students"): each name
 * mapped to the one most facts use, so that their counts are one question.
 */
function synonymousCounts(placed: readonly PlacedFact[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const p of placed) {
    const counted = p.fact.frame.measure === 'count' ? p.fact.frame.counted : undefined;
    if (counted !== undefined && /^[a-z]+$/.test(counted)) uses.set(counted, (uses.get(counted) ?? 0) + 1);
  }
  const names = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : 1));
  // Only names that share a synset can be the same: a run's hundreds of counted nouns are not compared pairwise.
  const bySynset = new Map<number, string[]>();
  for (const name of names) for (const synset of sameCandidates(name)) bySynset.set(synset, [...(bySynset.get(synset) ?? []), name]);
  const rank = new Map(names.map((name, i) => [name, i]));
  const into = new Map<string, string>();
  for (const name of names) {
    if (into.has(name)) continue;
    // The less used names that may be this one, most used first.
    const others = [...new Set(sameCandidates(name).flatMap((synset) => bySynset.get(synset)!))]
      .filter((other) => rank.get(other)! > rank.get(name)! && !into.has(other))
      .sort((a, b) => rank.get(a)! - rank.get(b)!);
    for (const other of others) if (termRelation(name, other, 'noun').kind === 'same') into.set(other, name);
  }
  return into;
}

/**
 * The two values compared: lengths in one unit as written ("10 km" / "12 km"), in two units as kilometre ranges
 * their rounding allows ("700 miles" meets "1,130 km"); else as stated.
 */
function comparable(a: Fact, b: Fact): [string | number, string | number] {
  const isLengthFact = (f: Fact) => f.frame?.measure === 'distance' || f.frame?.measure === 'depth';
  if (!isLengthFact(a) || !isLengthFact(b) || sameLengthUnit(a.about ?? 'km', b.about ?? 'km')) return [a.value, b.value];
  return lengthsInKilometres({ value: a.value, unit: a.about ?? 'km' }, { value: b.value, unit: b.about ?? 'km' }) ?? [a.value, b.value];
}

/** How many sentences of an article count as its lead, where the places it names are the story's own. */
const LEAD_PLACE_SENTENCES = 3;

/**
 * Places named by two or more sources, or in an article's lead: the story's own places, which do not set a figure
 * apart. A place only one outlet names, deep in its text, is usually another event ("a massacre in Orlando").
 */
function commonPlacesOf(facts: readonly Fact[]): Set<string> {
  const sourcesByPlace = new Map<string, Set<string>>();
  const inLead = new Set<string>();
  for (const f of facts) {
    if (f.kind !== 'name') continue;
    const key = String(f.value);
    sourcesByPlace.set(key, (sourcesByPlace.get(key) ?? new Set<string>()).add(f.source));
    if (f.sentence !== undefined && f.sentence < LEAD_PLACE_SENTENCES) inLead.add(key);
  }
  // Spellings of one place ("Jabaliya", "Jabalya", "Jabalia") count together. Spellings of one name share the first
  // letter of their last word. A place is common when named by two sources or in a lead, or when a spelling of it
  // is named by a source other than its own one: found through an index of the names' words, not pairwise.
  const initialOf = (key: string) => key.slice(key.lastIndexOf(' ') + 1).charAt(0);
  const keys = [...sourcesByPlace.keys()];
  const sourceNumbers = new Map<string, number>();
  const owner = keys.map((key) => {
    const sources = sourcesByPlace.get(key)!;
    if (sources.size >= 2 || inLead.has(key)) return -1;
    const only = [...sources][0]!;
    if (!sourceNumbers.has(only)) sourceNumbers.set(only, sourceNumbers.size);
    return sourceNumbers.get(only)!;
  });
  return helpedNames(keys, owner, keys.map(initialOf));
}

/** Each name's first written form, by key, in the order of the run. */
function writtenNames(facts: readonly Fact[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of facts) if (f.kind === 'name' && !names.has(String(f.value))) names.set(String(f.value), f.text);
  return names;
}

/** What the cross-run comparison returns: the contradictions, and the fact table they are rows of. */
export interface FrameComparison {
  contradictions: Contradiction[];
  table: FactRow[];
}

/**
 * Every frame two or more sources answer, compared across the whole run: one row of the fact table per frame and
 * context, and a contradiction where values in a row cannot all be true.
 */
export function compareFrames(placed: readonly PlacedFact[], allFacts: readonly Fact[], dayDisputedClaims: ReadonlySet<string> = new Set()): FrameComparison {
  const run: RunContext = { commonPlaces: commonPlacesOf(allFacts), placeNames: writtenNames(allFacts) };
  const synonyms = synonymousCounts(placed);
  const groupsOfPeople = groupsOfPeopleOf(placed);
  const groups = new Map<string, { key: string; scope: FactScope | undefined; list: PlacedFact[] }>();
  for (const p of placed) {
    if (!isCompared(p.fact.scope) || isVague(p.fact) || isCoordinatedPeople(p.fact)) continue;
    for (const key of keysOf(p.fact, synonyms, groupsOfPeople)) {
      // A question read outside the lexicon is one question only within its claim: "six games" here and "23
      // games" there are two rows, not one in dispute.
      const context = scopeContext(p.fact.scope, run).key + (p.fact.frame.alignedOnly === true ? `#${p.claim}` : '');
      const group = groups.get(`${key}#${context}`) ?? { key, scope: p.fact.scope, list: [] };
      group.list.push(p);
      groups.set(`${key}#${context}`, group);
    }
  }
  const contradictions: Contradiction[] = [];
  const table: FactRow[] = [];
  for (const id of [...groups.keys()].sort()) {
    const { key, scope, list } = groups.get(id)!;
    // A person's age or role does not change with the day of the event.
    const timeless = list[0]!.fact.frame.measure === 'age' || list[0]!.fact.frame.measure === 'role';
    const days = timeless ? [firstPerSource(list)] : splitByDay(firstPerSource(list), dayDisputedClaims);
    // A source that answers the question with two exact figures has two groups or an update in it: which one
    // another outlet's figure answers is told only by sentences stating one claim. (Counted over every day: tried
    // per day, so that another day's figure would not count, it added a false alarm on the validation clusters.)
    const several = answersSeveral(list);
    for (const byDay of days) {
      if (byDay.length < 2) continue;
      const found = contradictionOf(byDay, several);
      // The frame of a fact asked under this key, else (a count under a synonym) the first fact's own words.
      const frame = byDay.find((p) => p.fact.frame.key === key)?.fact.frame ?? { ...byDay[0]!.fact.frame, key, label: labelOfKey(key) ?? byDay[0]!.fact.frame.label };
      // The dispute asks the row's question: "no casualties" against "12 killed" is a dispute of people killed.
      if (found !== undefined) found.frame = frame;
      const context = contextLabel(scope, run, days.length > 1 ? byDay[0]!.fact.scope?.day : undefined);
      // The dispute carries its row's context: "people killed (2003, in Bam)" is not the story's toll.
      const contradiction = found === undefined || context === undefined ? found : withContext(found, context);
      if (contradiction !== undefined) contradictions.push(contradiction);
      table.push({
        frame,
        ...(context !== undefined ? { context } : {}),
        values: byDay.map(toCell),
        ...(contradiction?.strength !== undefined ? { strength: contradiction.strength } : {}),
      });
    }
  }
  return { contradictions, table: table.sort(byDisputeThenReach) };
}

/**
 * Whether one source states two exact figures for the question that differ ("two men were killed" in one
 * paragraph, "three dead" in another): the question covers several groups or times in that source.
 */
function answersSeveral(list: readonly PlacedFact[]): boolean {
  const bySource = new Map<string, PlacedFact[]>();
  for (const p of list) {
    if (typeof p.fact.value !== 'number' || p.fact.scope?.approx === true) continue;
    bySource.set(p.fact.source, [...(bySource.get(p.fact.source) ?? []), p]);
  }
  // Two figures differ as the run's comparison says: "1,150 kilometers (700 miles)" is one distance written twice.
  return [...bySource.values()].some((own) => own.some((a, i) => own.slice(i + 1).some((b) => disagreement(...comparable(a.fact, b.fact)) === 'exact')));
}

/** The contradiction with its context, placed after its frame (the JSON's key order). */
function withContext(c: Contradiction, context: string): Contradiction {
  const { claim, kind, frame, ...rest } = c;
  return { claim, kind, ...(frame !== undefined ? { frame } : {}), context, ...rest };
}

/** The frames "no casualties" stands in: say them as people killed and people injured. */
function labelOfKey(key: string): string | undefined {
  return key === 'count|person|kill' ? 'people killed' : key === 'count|person|injure' ? 'people injured' : undefined;
}

/**
 * The rows of the claim-level frames that are not a question the typed facts ask as well: a row whose every value a
 * typed row holds (same source, line and words: "Ann Lee, 62, died" read as an age and as the age at death) is one
 * question under two labels, and the typed row, the closer question, stays.
 */
export function withoutRowsAskedTwice(frameRows: readonly FactRow[], typedRows: readonly FactRow[]): FactRow[] {
  const cell = (source: string, line: number, words: string) => `${source}\u0000${line}\u0000${words}`;
  const held = typedRows.map((row) => new Set(row.values.map((v) => cell(v.source, v.line, v.words))));
  return frameRows.filter((row) => !held.some((cells) => row.values.every((v) => cells.has(cell(v.source, v.line, v.words)))));
}

/** Conflicts first, then possible ones, then rows by how many sources give them; ties by frame, for stable output. */
export function byDisputeThenReach(a: FactRow, b: FactRow): number {
  const rank = (r: FactRow) => (r.strength === 'conflict' ? 0 : r.strength === 'possible' ? 1 : 2);
  return rank(a) - rank(b) || b.values.length - a.values.length || (a.frame.key + (a.context ?? '') < b.frame.key + (b.context ?? '') ? -1 : 1);
}

/** What sets a row apart from the story's own figures, in words, and the day when a row is one of several days. */
function contextLabel(scope: FactScope | undefined, run: RunContext, day: string | undefined): string | undefined {
  const parts = [scopeContext(scope, run).label];
  if (day !== undefined) parts.push(dayInWords(day));
  const said = parts.filter((p): p is string => p !== undefined);
  return said.length > 0 ? said.join(', ') : undefined;
}

function toCell({ fact, sentence, claim }: PlacedFact): FactCell {
  const unit = unitOf(fact);
  return { source: fact.source, value: fact.value, words: wordsOf(fact), ...(unit !== undefined ? { unit } : {}), line: sentence.line, claim };
}

/** The unit a framed value is stated in: a sum's currency, a length's unit, percent, an age's years. */
function unitOf(fact: Fact & { frame?: Frame }): string | undefined {
  switch (fact.frame?.measure) {
    case 'money':
      return fact.frame.currency;
    case 'distance':
    case 'depth':
      return fact.about;
    case 'percent':
      return 'percent';
    case 'age':
      return 'year';
    default:
      return undefined;
  }
}

/**
 * One value per source: the first it states, or a later exact figure that agrees with it ("at least three" in the
 * lead, "three people killed" further down: the outlet's figure is three). A converted figure stands for the
 * source only when it states none of its own.
 */
function firstPerSource(list: readonly PlacedFact[]): PlacedFact[] {
  const bySource = new Map<string, PlacedFact>();
  for (const p of [...list].sort((a, b) => a.sentence.index - b.sentence.index || a.fact.span[0] - b.fact.span[0])) {
    const held = bySource.get(p.fact.source);
    if (held === undefined || (held.fact.scope?.converted === true && p.fact.scope?.converted !== true)) bySource.set(p.fact.source, p);
    else if (typeof held.fact.value !== 'number' && typeof p.fact.value === 'number' && disagreement(held.fact.value, p.fact.value) === undefined) {
      bySource.set(p.fact.source, p);
    }
  }
  return [...bySource.values()].sort((a, b) => (a.fact.source < b.fact.source ? -1 : a.fact.source > b.fact.source ? 1 : 0));
}

/**
 * Figures for different days are different events (Sunday's quake, Monday's aftershock); a figure with no day
 * joins the day most sources give.
 */
function splitByDay(list: readonly PlacedFact[], dayDisputedClaims: ReadonlySet<string>): PlacedFact[][] {
  // A claim whose sentences dispute its day ("Three were killed in the fire on Monday" / "Four were killed in the
  // fire on Tuesday": the weekday rule's finding) tells one event: its figures are one question, not two days'.
  const dayDisputed = (p: PlacedFact) => dayDisputedClaims.has(p.claim);
  const days = new Map<string, PlacedFact[]>();
  const undated: PlacedFact[] = [];
  for (const p of list) {
    const day = dayDisputed(p) ? undefined : p.fact.scope?.day;
    if (day === undefined) undated.push(p);
    else days.set(day, [...(days.get(day) ?? []), p]);
  }
  if (days.size === 0) return [undated];
  const ranked = [...days].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
  ranked[0]![1].push(...undated);
  return ranked.map(([, group]) => group);
}

/** `alignedOnly`: only values whose sentences state one claim are compared. */
function contradictionOf(values: readonly PlacedFact[], alignedOnly = false): Contradiction | undefined {
  if (values.length < 2) return undefined;
  let worst: { a: PlacedFact; b: PlacedFact; how: Disagreement } | undefined;
  const disputed = new Set<PlacedFact>();
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i]!;
      const b = values[j]!;
      if ((alignedOnly || a.fact.frame.alignedOnly === true) && a.claim !== b.claim) continue;
      const byScope = scopePair(a.fact, b.fact, a.claim === b.claim);
      if (byScope === 'skip') continue;
      const verdict = wordsDisagree(a.fact, b.fact);
      let how = verdict === 'agree' ? undefined : (verdict ?? disagreement(...comparable(a.fact, b.fact)) ?? (leavesOpen(a.fact, b.fact) ? 'hedged' : undefined));
      if (how === undefined) continue;
      disputed.add(a).add(b);
      // Additions ("another two", "four other") may add to different earlier counts: never more than possible.
      if (byScope === 'hedged') how = 'hedged';
      if (worst === undefined || (how === 'exact' && worst.how !== 'exact')) worst = { a, b, how };
    }
  }
  if (worst === undefined) return undefined;
  const alike = convertedAlike(values.filter((x) => disputed.has(x)));
  for (const { value } of alike) disputed.delete(value);
  const first = values.find((v) => disputed.has(v))!;
  const strength: Strength = worst.how === 'exact' ? 'conflict' : 'possible';
  return {
    claim: first.claim,
    kind: first.fact.kind,
    frame: first.fact.frame,
    strength,
    reason: reasonOf(worst.a, worst.b, worst.how),
    // Only the values in dispute: a source that agrees with everyone is not a side.
    values: values.filter((v) => disputed.has(v)).map(toValue),
    ...(alike.length > 0 ? { alike: alike.map(({ value, sameAs }) => ({ ...toValue(value), sameAs: sameAs.fact.value })) } : {}),
  };
}

/**
 * Lengths in a unit fewer disputed values use that agree with a value in the most used one ("22 miles" beside "35
 * km" against "60 km"): the same figure converted, one side of the dispute already shown: no side of its own, but
 * shown with the side it agrees with (`alike`). The fact table lists them too.
 */
function convertedAlike(disputed: readonly PlacedFact[]): Array<{ value: PlacedFact; sameAs: PlacedFact }> {
  const units = new Map<string, number>();
  for (const unit of disputed.map((p) => lengthUnitOf(p.fact))) if (unit !== undefined) units.set(unit, (units.get(unit) ?? 0) + 1);
  if (units.size < 2) return [];
  const [main] = [...units].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]!;
  const inMain = disputed.filter((p) => sameLengthUnit(lengthUnitOf(p.fact), main));
  return disputed.flatMap((p) => {
    const sameAs = sameLengthUnit(lengthUnitOf(p.fact), main) ? undefined : inMain.find((m) => disagreement(...comparable(p.fact, m.fact)) === undefined);
    return sameAs === undefined ? [] : [{ value: p, sameAs }];
  });
}

/** What a rule can say of two values without the quantity algebra: they disagree (and how), or cannot be told apart. */
type Verdict = Disagreement | 'agree';

/**
 * Directions and roles are words: "west" and "south-west" share a bearing and agree, "west" and "south" do not;
 * two different roles for one person disagree.
 */
function wordsDisagree(a: Fact, b: Fact): Verdict | undefined {
  if (a.frame?.key === 'setting') return a.value === b.value ? 'agree' : 'exact';
  if (a.kind === 'direction') {
    const parts = new Set(String(a.value).split('-'));
    return String(b.value).split('-').some((p) => parts.has(p)) ? 'agree' : 'exact';
  }
  if (a.kind === 'role') return a.value === b.value ? 'agree' : 'exact';
  return undefined;
}

/** What two values of a frame are, in words: directions, roles (else figures). */
const THINGS: Partial<Record<Frame['measure'], string>> = { direction: 'directions', role: 'roles' };

function reasonOf(a: PlacedFact, b: PlacedFact, how: Disagreement): string {
  const same = a.claim === b.claim ? 'in sentences stating the same claim' : 'in different sentences of the run';
  const [x, y] = [wordsOf(a.fact), wordsOf(b.fact)];
  const things = THINGS[a.fact.frame.measure];
  if (things !== undefined) return `different ${things}: "${x}" vs "${y}", ${same}`;
  if (how === 'exact') return `exact figures differ: "${x}" vs "${y}", ${same}`;
  if (a.fact.scope?.increment === true || b.fact.scope?.increment === true) return `additions to earlier counts differ: "${x}" vs "${y}" (they may add to different counts), ${same}`;
  if (leavesOpen(a.fact, b.fact)) return `one outlet leaves open what the other states: "${x}" vs "${y}", ${same}`;
  return `"${x}" and "${y}" cannot both hold, even read as hedged figures or bounds, ${same}`;
}

/**
 * The words a value is shown by: a direction or a role by itself ("manager"), a length with its unit when the
 * words read hold the figure alone ("35" of "35 miles southwest"), anything else as written.
 */
function wordsOf(fact: Fact & { frame?: Frame }): string {
  if (fact.scope?.summed === true) return `${fact.text} (${String(fact.value)} in all)`;
  // "wounding a third", "another wounded": one more of a list, shown with the figure it stands for.
  if (typeof fact.value === 'number' && isOneMore(fact.text)) return `${fact.text} (${String(fact.value)})`;
  if (fact.kind === 'role' || fact.kind === 'direction') return String(fact.value);
  return withLengthUnit(fact.text, lengthUnitOf(fact));
}

/** Words that count by an ordinal or "another", with no figure written: "a third", "another", "a fourth man". */
function isOneMore(text: string): boolean {
  const words = text.toLowerCase().split(/[\s-]+/);
  return !/\d/.test(text) && words.some((w) => w === 'another' || ORDINAL_WORDS.has(w));
}

function lengthUnitOf(fact: Fact & { frame?: Frame }): string | undefined {
  return fact.frame?.measure === 'distance' || fact.frame?.measure === 'depth' ? fact.about : undefined;
}

/**
 * "35" with the unit "mile" is "35 miles"; words that name a unit already ("58km", "35 miles") stay as written,
 * and so do figures of an abbreviated unit ("90" of "90 km/h" may be a speed, not a length).
 */
function withLengthUnit(text: string, unit: string | undefined): string {
  if (unit === undefined || unit.length <= 2 || !/\d$/.test(text)) return text;
  return `${text} ${/^(?:one|1|a|an)$/i.test(text.replace(/^.*\s/, '')) ? unit : plural(unit)}`;
}

/**
 * The words a disputed value is shown by and where the sentence writes them: a role or a direction by its own word
 * where the fact's words hold it ("manager" of "Kiran Patel, manager"), a length with its unit where the sentence
 * writes it right after the figure ("17 miles"), else the fact's words.
 */
function shownAt(fact: Fact & { frame: Frame }, text: string): { words: string; span: [number, number] } {
  if (fact.kind === 'role' || fact.kind === 'direction') {
    const word = wordsOf(fact);
    const at = text.toLowerCase().indexOf(word.toLowerCase(), fact.span[0]);
    return at >= 0 && at + word.length <= fact.span[1] ? { words: text.slice(at, at + word.length), span: [at, at + word.length] } : { words: fact.text, span: fact.span };
  }
  const words = typeof fact.value === 'number' && isOneMore(fact.text) ? wordsOf(fact) : withLengthUnit(fact.text, lengthUnitOf(fact));
  const written = words !== fact.text && text.slice(fact.span[0], fact.span[0] + words.length) === words;
  return { words, span: written ? [fact.span[0], fact.span[0] + words.length] : fact.span };
}

function toValue({ fact, sentence, claim }: PlacedFact): ContradictionValue {
  const unit = unitOf(fact);
  const { words, span } = shownAt(fact, sentence.text);
  return {
    source: fact.source,
    value: fact.value,
    line: sentence.line,
    claim,
    text: sentence.text,
    span,
    words,
    ...(unit !== undefined ? { unit } : {}),
    ...(fact.frame.subject !== undefined ? { subject: fact.frame.subject } : {}),
  };
}
