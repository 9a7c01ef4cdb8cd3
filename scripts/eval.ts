/**
 * Measure claimdiff's contradictions against the hand-written expectations in fixtures/<event>/expected-findings.json.
 *
 *   npm run eval
 *
 * Reads each folder's articles as the CLI does (sorted by file name, ids from file names), runs `compare`, and prints
 * per folder and in total: expected, found, true positives, precision, recall, the misses and the false alarms with
 * their sentences. A measurement, not a gate: it always exits 0 (test/eval-contradictions.test.ts holds the floors).
 */
import { compare } from '../src/pipeline.js';
import type { Report } from '../src/types.js';
import { fixtureSources } from '../test/helpers/fixtures.js';
import {
  checkFindings,
  describeContradiction,
  describeFalseAlarm,
  describeDiagnosis,
  describeMiss,
  findingsFolders,
  loadFindings,
  scoreFindings,
  totalScore,
  type FindingsScore,
} from '../test/helpers/expected.js';

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(2));

function main(): void {
  const folders = findingsFolders();
  const scores: FindingsScore[] = [];
  const rows: string[][] = [];
  for (const folder of folders) {
    const sources = fixtureSources(folder);
    const findings = loadFindings(folder);
    console.log(`\n== ${folder} (${sources.length} sources: ${sources.map((s) => s.id).join(', ')})`);
    const problems = checkFindings(findings, sources);
    for (const p of problems) console.log(`  EXPECTATIONS PROBLEM: ${p}`);
    let report: Report;
    try {
      report = compare(sources);
    } catch (error) {
      console.log(`  compare failed: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const score = scoreFindings(report, findings);
    scores.push(score);
    console.log(
      `  expected ${score.expected}, found ${score.found}, true positives ${score.truePositives}, ` +
        `precision ${ratio(score.truePositives, score.found)} (${score.truePositives}/${score.found}), ` +
        `recall ${ratio(score.matchedExpected, score.expected)} (${score.matchedExpected}/${score.expected}), ` +
        `traps hit ${score.trapsHit.length}/${findings.notContradictions.length}`,
    );
    const hits = score.items.filter((i) => i.matches.length > 0);
    if (hits.length > 0) {
      console.log('  found as expected:');
      for (const h of hits) console.log(`    [${h.matches.join(', ')}] ${describeContradiction(h.contradiction, '      ')}`);
    }
    if (score.misses.length > 0) {
      console.log('  missed:');
      for (const m of score.misses) {
        console.log(`    ${describeMiss(m, '      ')}`);
        console.log(`      why (claim of each sentence; facts extracted from it):`);
        console.log(describeDiagnosis(report, m.expected, '        '));
      }
    }
    if (score.falseAlarms.length > 0) {
      console.log('  false alarms:');
      for (const f of score.falseAlarms) console.log(`    ${describeFalseAlarm(f, '      ')}`);
    }
    rows.push([
      folder,
      String(score.expected),
      String(score.found),
      String(score.truePositives),
      ratio(score.truePositives, score.found),
      ratio(score.matchedExpected, score.expected),
      `${score.trapsHit.length}/${findings.notContradictions.length}`,
    ]);
  }

  const total = totalScore(scores);
  rows.push([
    'total',
    String(total.expected),
    String(total.found),
    String(total.truePositives),
    ratio(total.truePositives, total.found),
    ratio(total.matchedExpected, total.expected),
    String(total.trapsHit),
  ]);
  const header = ['folder', 'expected', 'found', 'TP', 'precision', 'recall', 'traps hit'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${rows.map(line).join('\n')}`);
  console.log(
    `\ncontradictions: precision ${ratio(total.truePositives, total.found)} (${total.truePositives}/${total.found}), ` +
      `recall ${ratio(total.matchedExpected, total.expected)} (${total.matchedExpected}/${total.expected}) ` +
      `over ${scores.length} folders; ${total.trapsHit} traps hit`,
  );
}

try {
  main();
} catch (error) {
  console.error(`eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
process.exitCode = 0;
