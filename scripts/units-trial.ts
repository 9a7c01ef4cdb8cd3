/**
 * Library trial (issue 19, point 6): what `@microsoft/recognizers-text-number-with-unit` reads for quantities with
 * units, against the hand-written scanner (src/extract/numbers/) and the fact layer's unit measures
 * (src/facts/measures/), on the sentences with a figure of the development clusters.
 *
 *   npx vite-node scripts/units-trial.ts            # counts
 *   npx vite-node scripts/units-trial.ts --sample   # and the judged sample of differences, with their sentences
 *
 * Reads /work/shared (or $CLAIMDIFF_SHARED): the clusters named in benchmarks/contradictions/expect/ and dev2/expect/,
 * their articles in corpus/. Nothing of the corpus is written anywhere: the judgments of the sample
 * (scripts/units-trial-judged.json) are keyed by a hash of the sentence and the figure's offset.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cleanSources } from '../src/clean/index.js';
import { extractFacts, extractNumbers, frameFacts, parseSentence } from '../src/extract/index.js';
import { readTypedFacts } from '../src/facts/index.js';
import type { QuantityValue } from '../src/facts/model.js';
import { assignIds } from '../src/load/index.js';
import { segment } from '../src/segment/index.js';
import type { Sentence } from '../src/types.js';

const SHARED = process.env.CLAIMDIFF_SHARED ?? path.resolve(import.meta.dirname, '../../shared');
const SAMPLE_SIZE = 60;
const showSample = process.argv.includes('--sample');

/** The kinds of quantity compared, the trial's question: is it the same kind, the same figure? */
type Category = 'weight' | 'temperature' | 'length' | 'speed' | 'currency' | 'age' | 'duration' | 'area' | 'volume' | 'other';

/** The library's units, by kind (its dimension model mixes lengths, weights, speeds, areas...). */
const LIBRARY_UNITS: ReadonlyArray<[RegExp, Category]> = [
  [/per hour|per second|knot|mach/i, 'speed'],
  [/^(pound|kilogram|gram|milligram|ton|tonne|metric ton|short ton|long ton|ounce|stone|carat)$/i, 'weight'],
  [/^square|acre|hectare/i, 'area'],
  [/^cubic|liter|litre|gallon|barrel|pint|quart|fluid|cup/i, 'volume'],
  [/^(mile|kilometer|meter|centimeter|millimeter|decimeter|foot|inch|yard|nautical mile|light year)$/i, 'length'],
];

/** The scanner's counted nouns that are units, by kind ("pound" is money there: CURRENCY_WORDS). */
const SCANNER_UNITS: ReadonlyArray<[RegExp, Category]> = [
  [/^(dollar|euro|pound|yen|yuan|rupee|ruble|hryvnia|currency)$/, 'currency'],
  [/^(age)$/, 'age'],
  [/^(kg|kilogram|kilo|gram|lb|lbs|ton|tonne|ounce)$/, 'weight'],
  [/^(degree|celsius|fahrenheit)$/, 'temperature'],
  [/^(mph|kph|km\/h|knot)$/, 'speed'],
  [/^(km|kilometer|kilometre|mile|meter|metre|foot|feet|yard|inch|centimeter|centimetre|cm|mm)$/, 'length'],
  [/^(acre|hectare)$/, 'area'],
  [/^(litre|liter|gallon|barrel)$/, 'volume'],
  [/^(year|month|week|day|hour|minute|second)$/, 'duration'],
];

const MEASURE_CATEGORY: Readonly<Record<string, Category>> = { weight: 'weight', temperature: 'temperature', height: 'length' };

interface Reading {
  start: number;
  end: number;
  category: Category;
  value: number;
  text: string;
}

function categoryOf(table: ReadonlyArray<[RegExp, Category]>, unit: string): Category | undefined {
  return table.find(([re]) => re.test(unit))?.[1];
}

function round(n: number): number {
  return Number(n.toPrecision(6));
}

// --------------------------------------------------------------------------------------------- the sentences

function clusters(): string[] {
  const names = ['expect', 'dev2/expect'].flatMap((dir) => fs.readdirSync(path.join(SHARED, 'benchmarks/contradictions', dir)));
  return [...new Set(names.filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, '')))].sort();
}

function sentencesOf(cluster: string): Sentence[] {
  const dir = path.join(SHARED, 'corpus', cluster);
  const paths = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join(dir, f));
  const ids = assignIds(paths);
  const sources = paths.map((p, i) => ({ id: `${cluster}/${ids[i]!}`, path: p, text: fs.readFileSync(p, 'utf8') }));
  return cleanSources(sources).flatMap((c) => segment(c));
}

const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|minus)\b/i;

// --------------------------------------------------------------------------------------------- the readers

type Model = { parse(text: string): Array<{ start: number; end: number; text: string; typeName: string; resolution: { value?: string; unit?: string } }> };

async function loadLibrary(): Promise<{ models: Record<string, Model>; ms: number }> {
  const start = performance.now();
  const units = await import('@microsoft/recognizers-text-number-with-unit');
  const recognizer = new units.NumberWithUnitRecognizer('en-us');
  const models = {
    dimension: recognizer.getDimensionModel() as Model,
    temperature: recognizer.getTemperatureModel() as Model,
    currency: recognizer.getCurrencyModel() as Model,
    age: recognizer.getAgeModel() as Model,
  };
  for (const model of Object.values(models)) model.parse('warm up: 1 kg, 2 degrees, $3, 4 years old'); // the first parse builds its regexes
  return { models, ms: performance.now() - start };
}

/** Milliseconds each model spent parsing, over the run. */
const modelMs = new Map<string, number>();
/** The library's matches of a unit word with no figure. */
let unitOnly = 0;

function libraryReadings(models: Record<string, Model>, text: string): Reading[] {
  const out: Reading[] = [];
  for (const [name, model] of Object.entries(models)) {
    const start = performance.now();
    const results = model.parse(text);
    modelMs.set(name, (modelMs.get(name) ?? 0) + performance.now() - start);
    for (const r of results) {
      // A unit with no figure ("a degree in education", "per cent", "old age"): no quantity, counted apart.
      if (r.resolution.value === undefined || r.resolution.value === null) {
        unitOnly++;
        continue;
      }
      const value = Number(r.resolution.value);
      if (!Number.isFinite(value)) continue;
      const category: Category | undefined =
        name === 'dimension' ? categoryOf(LIBRARY_UNITS, r.resolution.unit ?? '') ?? 'other' : (name as Category);
      out.push({ start: r.start, end: r.end + 1, category, value: round(value), text: r.text });
    }
  }
  return out;
}

function scannerReadings(sentence: Sentence): Reading[] {
  return extractNumbers(sentence).flatMap((f) => {
    const category = categoryOf(SCANNER_UNITS, f.about ?? '');
    const min = f.quantity.min ?? f.quantity.max;
    return category === undefined || min === null ? [] : [{ start: f.span[0], end: f.span[1], category, value: round(min), text: f.text }];
  });
}

function measureReadings(sentence: Sentence): Reading[] {
  const parsed = parseSentence(sentence.text);
  const mentions = frameFacts(extractFacts(sentence, {}, parsed), parsed);
  return readTypedFacts({ sentence, parsed, mentions }).flatMap((f) => {
    const category = MEASURE_CATEGORY[f.measure];
    const v = f.value as QuantityValue;
    if (category === undefined || v.type !== 'quantity') return [];
    const value = v.stated?.amount ?? v.min;
    return [{ start: f.evidence.span[0], end: f.evidence.span[1], category, value: round(value), text: f.evidence.words }];
  });
}

// --------------------------------------------------------------------------------------------- comparing

type Outcome = 'agree' | 'category' | 'value' | 'library only' | 'scanner only';

interface Difference {
  id: string;
  outcome: Outcome;
  sentence: Sentence;
  library: Reading[];
  scanner: Reading[];
  measures: Reading[];
}

const overlaps = (a: Reading, b: Reading) => a.start < b.end && b.start < a.end;

/** Readings of one figure: every reading whose span overlaps another's, on either side, is one mention. */
function mentions(library: Reading[], scanner: Reading[]): Array<{ library: Reading[]; scanner: Reading[] }> {
  const groups: Array<{ library: Reading[]; scanner: Reading[] }> = [];
  for (const r of library) {
    const group = groups.find((g) => g.library.some((x) => overlaps(x, r)));
    if (group !== undefined) group.library.push(r);
    else groups.push({ library: [r], scanner: [] });
  }
  for (const r of scanner) {
    const group = groups.find((g) => g.library.some((x) => overlaps(x, r)) || g.scanner.some((x) => overlaps(x, r)));
    if (group !== undefined) group.scanner.push(r);
    else groups.push({ library: [], scanner: [r] });
  }
  return groups;
}

/** Both read one kind and figure ("agree"); or they differ: the kinds, the figure, or only one reads a unit. */
function outcomeOf(library: Reading[], scanner: Reading[]): Outcome {
  if (library.length === 0) return 'scanner only';
  if (scanner.length === 0) return 'library only';
  const kinds = (rs: Reading[]) => [...new Set(rs.map((r) => r.category))].sort().join('|');
  if (kinds(library) !== kinds(scanner)) return 'category';
  const values = (rs: Reading[]) => [...new Set(rs.map((r) => r.value))].sort().join('|');
  return values(library) === values(scanner) ? 'agree' : 'value';
}

function idOf(sentence: Sentence, at: number): string {
  return createHash('sha1').update(`${sentence.text}\u0000${at}`).digest('hex').slice(0, 12);
}

const show = (rs: Reading[]) => (rs.length === 0 ? '-' : rs.map((r) => `${r.category} ${r.value} ("${r.text}")`).join('; '));

async function main(): Promise<void> {
  const { models, ms: loadMs } = await loadLibrary();
  const names = clusters();
  const all = names.flatMap(sentencesOf);
  const withFigure = all.filter((s) => /\d/.test(s.text) || NUMBER_WORD.test(s.text));
  let libraryMs = 0;
  const differences: Difference[] = [];
  const outcomes = new Map<Outcome, number>();
  const byCategory = new Map<string, number>();
  for (const sentence of withFigure) {
    const start = performance.now();
    const library = libraryReadings(models, sentence.text);
    libraryMs += performance.now() - start;
    const scanner = scannerReadings(sentence);
    const measures = measureReadings(sentence);
    for (const m of mentions(library, scanner)) {
      const outcome = outcomeOf(m.library, m.scanner);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      const kind = [...new Set([...m.library, ...m.scanner].map((r) => r.category))].sort().join('|');
      byCategory.set(`${kind}: ${outcome}`, (byCategory.get(`${kind}: ${outcome}`) ?? 0) + 1);
      if (outcome === 'agree') continue;
      const at = Math.min(...[...m.library, ...m.scanner].map((r) => r.start));
      const near = measures.filter((r) => [...m.library, ...m.scanner].some((x) => overlaps(x, r)));
      differences.push({ id: idOf(sentence, at), outcome, sentence, library: m.library, scanner: m.scanner, measures: near });
    }
  }
  console.log(`clusters ${names.length}, sentences ${all.length}, with a figure ${withFigure.length}`);
  const perModel = [...modelMs].map(([name, ms]) => `${name} ${(ms / withFigure.length).toFixed(2)}`).join(', ');
  console.log(`library: model load ${loadMs.toFixed(0)} ms, parsing ${(libraryMs / withFigure.length).toFixed(2)} ms per sentence (${perModel})`);
  const mentionsTotal = [...outcomes.values()].reduce((a, b) => a + b, 0);
  console.log(`figures with a unit read by either: ${mentionsTotal} (and ${unitOnly} unit words with no figure that the library matched, left out)`);
  for (const [outcome, n] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${outcome}: ${n}`);
  console.log('by kind (library | scanner readings):');
  for (const [key, n] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${key}: ${n}`);

  // The judged sample: every difference on the kinds the unit measures read (weight, temperature), then the first
  // others by id (a hash: a stable, unbiased draw) up to SAMPLE_SIZE; a sentence repeated across sources once;
  // durations left out (the library has no duration model: each is the scanner's alone, nothing to judge).
  const unique = [...new Map(differences.map((d) => [d.id, d])).values()]
    .filter((d) => !d.scanner.every((r) => r.category === 'duration') || d.library.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const measured = (d: Difference) => [...d.library, ...d.scanner, ...d.measures].some((r) => r.category === 'weight' || r.category === 'temperature');
  const first = unique.filter(measured);
  const sample = [...first, ...unique.filter((d) => !measured(d)).slice(0, Math.max(0, SAMPLE_SIZE - first.length))];
  const judgedPath = path.join(import.meta.dirname, 'units-trial-judged.json');
  const judged: Record<string, string> = fs.existsSync(judgedPath) ? JSON.parse(fs.readFileSync(judgedPath, 'utf8')) : {};
  // A judgment is who read the figure right for a measure (library, scanner, neither), "+measures" where the unit
  // measures read it right too (the right kind and figure, or rightly nothing).
  const tally = new Map<string, number>();
  let measuresRight = 0;
  for (const d of sample) {
    const [who, measures] = (judged[d.id] ?? 'unjudged').split('+');
    tally.set(who!, (tally.get(who!) ?? 0) + 1);
    if (measures === 'measures') measuresRight++;
  }
  console.log(`sample of ${sample.length} differences (${first.length} on weights and temperatures), judged by reading (who read it right for a measure):`);
  for (const [verdict, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${verdict}: ${n}`);
  console.log(`  the unit measures read right: ${measuresRight} (of the ${first.length} on weights and temperatures, and the heights among the rest)`);
  if (!showSample) return;
  for (const d of sample) {
    console.log(`\n[${d.id}] ${d.outcome} — judged: ${judged[d.id] ?? 'unjudged'}\n  ${d.sentence.text}`);
    console.log(`  library:  ${show(d.library)}\n  scanner:  ${show(d.scanner)}\n  measures: ${show(d.measures)}`);
  }
}

await main();
