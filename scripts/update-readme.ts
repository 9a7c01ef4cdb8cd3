/**
 * Refresh the generated blocks of the README and the docs from the real CLI: the README's excerpt of the report
 * on the seeds, and the --help text in docs/reference.md. `npm run readme` after changing the report or the
 * options; test/docs.test.ts fails until then.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const run = (...args: string[]) => execFileSync(process.execPath, ['bin/claimdiff.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** Rows of the coverage matrix the excerpt shows. */
const MATRIX_ROWS = 10;

/**
 * The first screen (summary, fact table, contradictions, sources), the top of the coverage matrix and its legend,
 * and one claim in full: the summoning of China's charge d'affaires, worded three ways.
 */
function excerpt(report: string): string {
  const lines = report.split('\n');
  const matrix = lines.findIndex((l) => /^Coverage matrix: /.test(l));
  const legend = lines.findIndex((l) => /^ {2}● states it/.test(l));
  const claim = lines.findIndex((l) => /summoned China's charge/.test(l));
  const claimStart = lines.slice(0, claim).findLastIndex((l) => /^ {2}c\d+ · stated by/.test(l));
  const claimEnd = lines.findIndex((l, i) => i > claimStart && l === '');
  return [
    ...lines.slice(0, matrix + 2 + MATRIX_ROWS),
    '[…]',
    '',
    ...lines.slice(legend, legend + 3),
    '',
    '[…]',
    '',
    ...lines.slice(claimStart, claimEnd),
  ].join('\n');
}

function refresh(file: string, pattern: RegExp, text: string): void {
  const before = fs.readFileSync(file, 'utf8');
  if (!pattern.test(before)) throw new Error(`${file}: no block matching ${pattern}`);
  fs.writeFileSync(file, before.replace(pattern, () => `\`\`\`text\n${text}\n\`\`\``));
  console.log(`${file}: refreshed`);
}

refresh('README.md', /```text\nclaimdiff: [\s\S]*?```/, excerpt(run('fixtures/seeds')).trimEnd());
refresh('docs/reference.md', /```text\nUsage: claimdiff[\s\S]*?```/, run('--help').trimEnd());
