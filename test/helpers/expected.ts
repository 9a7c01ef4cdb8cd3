/**
 * Hand-written expected findings for a fixture folder (`fixtures/<event>/expected-findings.json`) and
 * scoring of a Report's contradictions against them. The format is documented in fixtures/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Contradiction, ContradictionValue, FactKind, Report, Source } from '../../src/types.js';
import { ROOT } from './run-cli.js';

export const FINDINGS_FILE = 'expected-findings.json';

const KINDS: readonly FactKind[] = ['number', 'date', 'weekday', 'name', 'quote'];

/** One or more exact substrings of a source's sentence; a list means "any of these". */
export type Fragment = string | string[];
export type Value = string | number;

/** Sources whose statements a careful reader says disagree. */
export interface ExpectedContradiction {
  kind: FactKind;
  /** What the sources disagree about: the expectation's name in reports. */
  about: string;
  /** Each named source's value, in the report's encoding (numbers as numbers, weekdays lower-case, names as written). */
  values: Record<string, Value>;
  /** For each source in `values`: an exact substring of the sentence that states the value. */
  fragments: Record<string, Fragment>;
  /**
   * Sources that state the same fact in a sentence that need not line up with the others. Not required for a
   * match; when a found contradiction holds a value from such a sentence, that value must agree.
   */
  alsoStatedBy?: Record<string, { value: Value; fragment: Fragment }>;
  note?: string;
}

/** Facts a careless rule could set against each other but a careful reader would not. */
export interface Trap {
  name: string;
  /** Kind of contradiction the trap would show up as; any kind when left out. */
  kind?: FactKind;
  why: string;
  /** For each source: a substring of the sentence that must contain the words of the value found. */
  fragments: Record<string, Fragment>;
  /** Optional: the values that would be set against each other. */
  values?: Record<string, Value>;
}

export interface ExpectedFindings {
  event?: string;
  contradictions: ExpectedContradiction[];
  notContradictions: Trap[];
}

/** Folders under fixtures/ that hold an expected-findings.json, sorted. */
export function findingsFolders(root: string = ROOT): string[] {
  const dir = path.join(root, 'fixtures');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, FINDINGS_FILE)))
    .map((d) => d.name)
    .sort();
}

export function loadFindings(folder: string, root: string = ROOT): ExpectedFindings {
  const file = path.join(root, 'fixtures', folder, FINDINGS_FILE);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ExpectedFindings>;
  return { ...data, contradictions: data.contradictions ?? [], notContradictions: data.notContradictions ?? [] };
}

const fragmentsOf = (f: Fragment): string[] => (Array.isArray(f) ? f : [f]);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Problems with the expectations themselves (not with claimdiff): unknown sources, fragments that are not in the
 * article, an expected contradiction whose values do not disagree. Empty when the file is sound.
 */
export function checkFindings(findings: ExpectedFindings, sources: readonly Source[]): string[] {
  const problems: string[] = [];
  const text = new Map(sources.map((s) => [s.id, squash(s.text)]));
  const checkFragment = (where: string, source: string, fragment: Fragment) => {
    const article = text.get(source);
    if (article === undefined) {
      problems.push(`${where}: no source "${source}" (have ${[...text.keys()].join(', ')})`);
      return;
    }
    for (const f of fragmentsOf(fragment)) {
      if (!article.includes(squash(f))) problems.push(`${where}: "${f}" is not in ${source}`);
    }
  };
  for (const c of findings.contradictions) {
    const where = `contradiction "${c.about}"`;
    if (!KINDS.includes(c.kind)) problems.push(`${where}: unknown kind "${c.kind}"`);
    const named = Object.keys(c.values);
    if (named.length < 2) problems.push(`${where}: names fewer than two sources`);
    if (new Set(Object.values(c.values).map((v) => String(v).toLowerCase())).size < 2) {
      problems.push(`${where}: the values do not disagree`);
    }
    if (named.sort().join() !== Object.keys(c.fragments).sort().join()) {
      problems.push(`${where}: values and fragments name different sources`);
    }
    for (const [source, fragment] of Object.entries(c.fragments)) checkFragment(where, source, fragment);
    for (const [source, also] of Object.entries(c.alsoStatedBy ?? {})) {
      if (source in c.values) problems.push(`${where}: ${source} is both required and in alsoStatedBy`);
      checkFragment(where, source, also.fragment);
    }
  }
  for (const t of findings.notContradictions) {
    const where = `trap "${t.name}"`;
    if (t.kind !== undefined && !KINDS.includes(t.kind)) problems.push(`${where}: unknown kind "${t.kind}"`);
    if (Object.keys(t.fragments).length === 0) problems.push(`${where}: names no source`);
    for (const [source, fragment] of Object.entries(t.fragments)) checkFragment(where, source, fragment);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

/** Where `fragment` occurs in `text` (exact first, then with whitespace squashed), as [start, end) or undefined. */
function locate(text: string, fragment: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = text.indexOf(fragment); at !== -1; at = text.indexOf(fragment, at + 1)) {
    spans.push([at, at + fragment.length]);
  }
  if (spans.length === 0 && squash(text).includes(squash(fragment))) spans.push([0, text.length]);
  return spans;
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.~<>=]+/g, ' ')
    .trim();

/** Whether a found value is the expected one: numbers equal; strings equal or contained word-wise, folded. */
export function valueAgrees(expected: Value, found: ContradictionValue): boolean {
  if (typeof expected === 'number') {
    return typeof found.value === 'number' ? Math.abs(found.value - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) : false;
  }
  const e = fold(expected);
  if (e === '') return false;
  return [String(found.value), found.words].some((x) => {
    const f = fold(x);
    return f === e || ` ${f} `.includes(` ${e} `);
  });
}

/** The values of `found` from `source` whose sentence contains the fragment (and, for traps, whose words lie in it). */
function valuesAt(found: Contradiction, source: string, fragment: Fragment, withinFragment: boolean): ContradictionValue[] {
  return found.values.filter(
    (v) =>
      v.source === source &&
      fragmentsOf(fragment).some((f) => {
        const spans = locate(v.text, f);
        if (spans.length === 0) return false;
        return !withinFragment || spans.some(([a, b]) => v.span[0] < b && v.span[1] > a);
      }),
  );
}

/**
 * A found contradiction matches an expectation when the kinds agree, it holds values from sources on both sides
 * of the disagreement (at least two of the expected values, each from a named source whose sentence contains the
 * fragment), and no named source's value in it disagrees with the expectation; a value from an `alsoStatedBy`
 * sentence, when present, must agree as well. A source the alignment put elsewhere leaves the finding
 * incomplete, not wrong: the reader still sees the disagreement.
 */
export function matchesExpected(found: Contradiction, expected: ExpectedContradiction): boolean {
  if (found.kind !== expected.kind) return false;
  const covered = coveredSources(found, expected);
  if (new Set(covered.map((source) => JSON.stringify(expected.values[source]))).size < 2) return false;
  for (const [source, fragment] of Object.entries(expected.fragments)) {
    const want = expected.values[source];
    const at = valuesAt(found, source, fragment, false);
    if (at.length > 0 && !at.some((v) => want === undefined || valueAgrees(want, v))) return false;
  }
  for (const [source, also] of Object.entries(expected.alsoStatedBy ?? {})) {
    const at = valuesAt(found, source, also.fragment, false);
    if (at.length > 0 && !at.some((v) => valueAgrees(also.value, v))) return false;
  }
  return true;
}

/** The sources of an expectation the found contradiction covers as `matchesExpected` would (for near misses). */
function coveredSources(found: Contradiction, expected: ExpectedContradiction): string[] {
  if (found.kind !== expected.kind) return [];
  return Object.entries(expected.fragments)
    .filter(([source, fragment]) => {
      const want = expected.values[source];
      return valuesAt(found, source, fragment, false).some((v) => want === undefined || valueAgrees(want, v));
    })
    .map(([source]) => source);
}

/**
 * A found contradiction falls into a trap when the kinds agree (if the trap names one) and, for every source the
 * trap names, it holds a value from that source stated inside the fragment (and equal to the trap's value, if given).
 */
export function matchesTrap(found: Contradiction, trap: Trap): boolean {
  if (trap.kind !== undefined && found.kind !== trap.kind) return false;
  return Object.entries(trap.fragments).every(([source, fragment]) => {
    const want = trap.values?.[source];
    return valuesAt(found, source, fragment, true).some((v) => want === undefined || valueAgrees(want, v));
  });
}

// ---------------------------------------------------------------------------------------------------------------

export interface FoundItem {
  contradiction: Contradiction;
  /** Expectations it matches (by `about`). */
  matches: string[];
  /** Traps it falls into (by `name`); only for found contradictions that match no expectation. */
  traps: string[];
  /** Expectations it covers in part (two or more of their sources, not all): a near miss. */
  partial: string[];
}

export interface Miss {
  expected: ExpectedContradiction;
  /** Found contradictions that cover part of it. */
  partial: Contradiction[];
}

export interface FindingsScore {
  expected: number;
  found: number;
  /** Found contradictions that match an expectation. */
  truePositives: number;
  /** Found contradictions that match no expectation (traps included). */
  falsePositives: number;
  /** Expectations no found contradiction matches. */
  falseNegatives: number;
  /** Expectations matched by at least one found contradiction. */
  matchedExpected: number;
  /** truePositives / found (1 when nothing was found). */
  precision: number;
  /** matchedExpected / expected (1 when nothing was expected). */
  recall: number;
  items: FoundItem[];
  misses: Miss[];
  falseAlarms: FoundItem[];
  /** Traps reported: every trap with the found contradictions that fall into it. */
  trapsHit: Array<{ trap: Trap; found: Contradiction[] }>;
}

export function scoreFindings(report: Report, findings: ExpectedFindings): FindingsScore {
  const items: FoundItem[] = report.contradictions.map((contradiction) => {
    const matches = findings.contradictions.filter((e) => matchesExpected(contradiction, e)).map((e) => e.about);
    const traps = matches.length > 0 ? [] : findings.notContradictions.filter((t) => matchesTrap(contradiction, t)).map((t) => t.name);
    const partial =
      matches.length > 0
        ? []
        : findings.contradictions.filter((e) => coveredSources(contradiction, e).length >= 2).map((e) => e.about);
    return { contradiction, matches, traps, partial };
  });
  const misses: Miss[] = findings.contradictions
    .filter((e) => !items.some((i) => i.matches.includes(e.about)))
    .map((expected) => ({
      expected,
      partial: items.filter((i) => i.partial.includes(expected.about)).map((i) => i.contradiction),
    }));
  const trapsHit = findings.notContradictions
    .map((trap) => ({ trap, found: items.filter((i) => i.traps.includes(trap.name)).map((i) => i.contradiction) }))
    .filter((t) => t.found.length > 0);
  const truePositives = items.filter((i) => i.matches.length > 0).length;
  const expected = findings.contradictions.length;
  const matchedExpected = expected - misses.length;
  return {
    expected,
    found: items.length,
    truePositives,
    falsePositives: items.length - truePositives,
    falseNegatives: misses.length,
    matchedExpected,
    precision: items.length === 0 ? 1 : truePositives / items.length,
    recall: expected === 0 ? 1 : matchedExpected / expected,
    items,
    misses,
    falseAlarms: items.filter((i) => i.matches.length === 0),
    trapsHit,
  };
}

/** Totals over several folders: precision and recall from the summed counts. */
export function totalScore(scores: readonly FindingsScore[]): {
  expected: number;
  found: number;
  truePositives: number;
  matchedExpected: number;
  precision: number;
  recall: number;
  trapsHit: number;
} {
  const sum = (f: (s: FindingsScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const found = sum((s) => s.found);
  const expected = sum((s) => s.expected);
  const truePositives = sum((s) => s.truePositives);
  const matchedExpected = sum((s) => s.matchedExpected);
  return {
    expected,
    found,
    truePositives,
    matchedExpected,
    precision: found === 0 ? 1 : truePositives / found,
    recall: expected === 0 ? 1 : matchedExpected / expected,
    trapsHit: sum((s) => s.trapsHit.length),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Readable lists

export function describeContradiction(c: Contradiction, indent = '  '): string {
  const lines = [`${c.claim} ${c.kind}`];
  for (const v of c.values) {
    lines.push(`${indent}${String(v.value).padEnd(10)} ${v.source}: ${v.text}`);
  }
  return lines.join(`\n${indent}`);
}

export function describeMiss(miss: Miss, indent = '  '): string {
  const e = miss.expected;
  const lines = [`${e.kind}: ${e.about}`];
  for (const [source, fragment] of Object.entries(e.fragments)) {
    lines.push(`${indent}${String(e.values[source]).padEnd(10)} ${source}: "${fragmentsOf(fragment).join('" | "')}"`);
  }
  for (const p of miss.partial) lines.push(`${indent}near miss, found only in part: ${describeContradiction(p, indent + '  ')}`);
  return lines.join(`\n${indent}`);
}

export function describeFalseAlarm(item: FoundItem, indent = '  '): string {
  const why = [
    ...item.traps.map((t) => `TRAP "${t}"`),
    ...item.partial.map((p) => `covers part of "${p}" with a value outside it or sources missing`),
  ];
  return `${describeContradiction(item.contradiction, indent)}${why.length ? `\n${indent}-> ${why.join('; ')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Why an expectation was missed: where each named sentence ended up and what the extract stage saw in it.

export interface MissDiagnosis {
  source: string;
  fragment: string;
  /** Claims holding a sentence of the source that contains the fragment (empty: the sentence was not found). */
  claims: string[];
  /** Facts of the expectation's kind in that sentence: value, words, about and verb as extracted. */
  facts: Array<{ value: Value; text: string; about?: string; verb?: string }>;
}

export function diagnoseMiss(report: Report, expected: ExpectedContradiction): MissDiagnosis[] {
  return Object.entries(expected.fragments).map(([source, fragment]) => {
    const claims: string[] = [];
    const facts: MissDiagnosis['facts'] = [];
    for (const claim of report.claims) {
      for (const s of claim.sentences) {
        if (s.source !== source || !fragmentsOf(fragment).some((f) => locate(s.text, f).length > 0)) continue;
        claims.push(claim.id);
        for (const fact of claim.facts) {
          if (fact.source !== source || fact.kind !== expected.kind) continue;
          if (fact.line !== undefined && fact.line !== s.line) continue;
          if (s.text.slice(fact.span[0], fact.span[1]) !== fact.text) continue;
          const verb = (fact as { verb?: unknown }).verb;
          facts.push({
            value: fact.value,
            text: fact.text,
            ...(fact.about !== undefined ? { about: fact.about } : {}),
            ...(typeof verb === 'string' ? { verb } : {}),
          });
        }
      }
    }
    return { source, fragment: fragmentsOf(fragment).join(' | '), claims, facts };
  });
}

export function describeDiagnosis(report: Report, expected: ExpectedContradiction, indent = '  '): string {
  const sizes = new Map(report.claims.map((c) => [c.id, c.sources.length]));
  return diagnoseMiss(report, expected)
    .map((d) => {
      const where = d.claims.length === 0 ? 'sentence not among the claims' : `in ${d.claims.map((c) => `${c} (${sizes.get(c)} sources)`).join(', ')}`;
      const facts =
        d.facts.length === 0
          ? `no ${expected.kind} fact extracted`
          : d.facts.map((f) => `${JSON.stringify(f.value)} "${f.text}" about=${f.about ?? '-'} verb=${f.verb ?? '-'}`).join('; ');
      return `${indent}${d.source}: ${where}; ${facts}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Self-check of the scorer: contradictions built from the expectations' own fragments, over the report's sentences.

/** The report sentence of `source` that contains `fragment`, with where the fragment is in it. */
function sentenceWith(report: Report, source: string, fragment: Fragment): { text: string; span: [number, number] } | undefined {
  for (const claim of report.claims) {
    for (const s of claim.sentences) {
      if (s.source !== source) continue;
      for (const f of fragmentsOf(fragment)) {
        const at = s.text.indexOf(f);
        if (at !== -1) return { text: s.text, span: [at, at + f.length] };
      }
    }
  }
  return undefined;
}

/**
 * A contradiction stating exactly the given sources' fragments with the given values (or "?"), as a rule that got
 * it right would report it; undefined when a fragment is in none of the report's sentences.
 */
export function contradictionFrom(
  report: Report,
  kind: FactKind,
  fragments: Record<string, Fragment>,
  values: Record<string, Value> = {},
): Contradiction | undefined {
  const out: ContradictionValue[] = [];
  for (const [source, fragment] of Object.entries(fragments)) {
    const at = sentenceWith(report, source, fragment);
    if (!at) return undefined;
    const value = values[source] ?? '?';
    out.push({ source, value, text: at.text, span: at.span, words: String(value) });
  }
  return { claim: 'c0', kind, values: out };
}
