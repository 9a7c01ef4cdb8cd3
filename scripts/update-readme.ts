/**
 * Refresh the generated blocks of the README and the docs from the real CLI: the README's excerpt of the report
 * on the seeds, and the --help texts (claimdiff, claimdiff batch) in docs/reference.md. `npm run readme` after changing the report or the
 * options; test/docs.test.ts fails until then.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const run = (...args: string[]) => execFileSync(process.execPath, ['bin/claimdiff.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** The first screen (summary, contradictions with their sentences, agreed facts), the sources and matrix, and a claim. */
function excerpt(report: string): string {
  const lines = report.split('\n');
  const from = (pattern: RegExp, until: RegExp) => {
    const start = lines.findIndex((l) => pattern.test(l));
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((l) => until.test(l));
    return lines.slice(start, start + 1 + (end === -1 ? rest.length : end));
  };
  const header = from(/^claimdiff: /, /^(?:Shared by|Stated by most)/);
  const claim = lines.findIndex((l) => /summoned China's charge/.test(l));
  const claimStart = lines.slice(0, claim).findLastIndex((l) => /^ {2}c\d+ · stated by/.test(l));
  const claimEnd = lines.findIndex((l, i) => i > claimStart && l === '');
  const claimLines = lines.slice(claimStart, claimEnd);
  return [...header, '[…]', '', ...claimLines, '', '[…]'].join('\n').trimEnd();
}

function refresh(file: string, pattern: RegExp, text: string): void {
  const before = fs.readFileSync(file, 'utf8');
  if (!pattern.test(before)) throw new Error(`${file}: no block matching ${pattern}`);
  fs.writeFileSync(file, before.replace(pattern, () => `\`\`\`text\n${text}\n\`\`\``));
  console.log(`${file}: refreshed`);
}

refresh('README.md', /```text\nclaimdiff: [\s\S]*?```/, excerpt(run('fixtures/seeds')).trimEnd());
refresh('docs/reference.md', /```text\nUsage: claimdiff \[[\s\S]*?```/, run('--help').trimEnd());
refresh('docs/reference.md', /```text\nUsage: claimdiff batch[\s\S]*?```/, run('batch', '--help').trimEnd());
