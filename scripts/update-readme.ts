/**
 * Refresh the README's generated blocks from the real CLI: the excerpt of the report on the seeds and the
 * --help text. `npm run readme` after changing the report or the options; test/cli.test.ts fails until then.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const README = 'README.md';
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

let readme = fs.readFileSync(README, 'utf8');
readme = readme.replace(/```text\nclaimdiff: [\s\S]*?```/, () => `\`\`\`text\n${excerpt(run('fixtures/seeds'))}\n\`\`\``);
readme = readme.replace(/```text\nUsage: claimdiff[\s\S]*?```/, () => `\`\`\`text\n${run('--help').trimEnd()}\n\`\`\``);
fs.writeFileSync(README, readme);
console.log('README.md: excerpt and --help refreshed');
