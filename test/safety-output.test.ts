/**
 * Issue 15, output: nothing from input (article text, file and folder names) can steer the terminal or a CI
 * runner, in any format, on standard output or standard error. A table of hostile strings goes through every
 * format of `claimdiff` and of `claimdiff check`, and through the layer itself (src/report/safe-text.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeJson, safeLine, safeText, safeValue } from '../src/report/safe-text.js';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';
import type { CliResult } from './helpers/run-cli.js';

/** Workflow commands of every kind a runner reads, and terminal and bidi controls of every kind. */
const HOSTILE = [
  '::error::pwned',
  '  ::add-mask::secret',
  '::set-output name=x::y',
  '::stop-commands::token',
  '::warning file=a.txt,line=1::fake',
  '##[error]pwned',
  '##[group]hidden',
  'see ##vso[task.setvariable variable=x]1',
  '\u001b]0;new title\u0007',
  '\u001b[2J\u001b[H cleared',
  '\u009b31m red by C1',
  'back\rover',
  'del\u007fete',
  'evil\u202egnp.exe',
  '\u2066isolated\u2069 and \u200fmarks\u200e and \u061carabic',
  'line\u2028separator',
];

/** The table for it.each, each string named in ASCII (a test name with a raw control would steer the test log). */
const HOSTILE_CASES = HOSTILE.map((hostile) => ({
  hostile,
  label: JSON.stringify(hostile).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
}));

/** What a runner would execute, the way it reads a line: `::` after leading blanks, or `##[` / `##vso[` anywhere. */
function workflowCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || /##(?:vso)?\[/i.test(line));
}

/** Characters that steer a terminal or reorder text: C0 but tab and line feed, DEL, C1, bidi controls, line separators. */
const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Our own annotations in --format github: `::warning`/`::error`/`::notice` with known properties, one per line. */
const OWN_ANNOTATION = /^::(?:warning|error|notice) (?:file=[^,]*,)?(?:line=\d+,)?title=[^,]*::/;

function expectHarmless(result: CliResult, format: string): void {
  for (const [stream, text] of [['stdout', result.stdout], ['stderr', result.stderr]] as const) {
    expect(STEERING.test(text), `${format} ${stream}: ${JSON.stringify(text.match(STEERING))}`).toBe(false);
    const commands = workflowCommands(text);
    if (format === 'github' && stream === 'stdout') {
      for (const line of commands) {
        expect(line, `${format}: not one of ours`).toMatch(OWN_ANNOTATION);
        expect(line).not.toMatch(/##(?:vso)?\[/i);
      }
    } else {
      expect(commands, `${format} ${stream}`).toEqual([]);
    }
  }
}

const tmp = tempDir('safety-output');
let folder = '';
let checkFolder = '';
beforeAll(() => {
  // Every hostile string in an article, and in the name of a source file, a skipped file and a folder.
  const hostileArticle = `${ARTICLE_B}\n${HOSTILE.map((h) => `The council said ${h} on Monday.`).join('\n\n')}\n`;
  folder = path.dirname(tmp.file('names/a.txt', ARTICLE_A));
  tmp.file('names/b.txt', hostileArticle);
  tmp.file(`names/${'\u001b]0;x\u0007::error::name\n##[error]file\u202e'}.txt`, ARTICLE_B.replace('12 million', '14 million'));
  tmp.file('names/\u001b[31m::warning::skipped\n.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  checkFolder = path.dirname(tmp.file('check/::error::folder\u001b[2J/a.txt', ARTICLE_A));
  tmp.file('check/::error::folder\u001b[2J/b.txt', hostileArticle);
  tmp.file('check/::error::folder\u001b[2J/claimdiff.expected.json', '{"schemaVersion": 1, "contradictions": [], "additions": [], "omissions": []}\n');
});
afterAll(() => tmp.remove());

describe('claimdiff: every format, both streams', () => {
  it.each(['terminal', 'json', 'markdown', 'html', 'github'])('--format %s: no control character, no workflow command from input', async (format) => {
    const result = await runMain([folder, '--format', format, '--show-removed']);
    expect(result.status, result.stderr).toBe(0);
    expectHarmless(result, format);
    // The skipped binary file's warning is still one line, naming the file (its newline made visible).
    expect(result.stderr.trimEnd().split('\n').filter((l) => l.includes('skipped'))).toEqual([expect.stringContaining('␊.txt: skipped')]);
  });

  it('--json keeps the data as it is: the escapes are in the spelling only', async () => {
    const result = await runMain([folder, '--json']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.sources.map((s) => path.basename(s.path))).toContain('\u001b]0;x\u0007::error::name\n##[error]file\u202e.txt');
    const text = report.claims.flatMap((c) => c.sentences.map((s) => s.text)).join('\n');
    expect(text).toContain('::set-output name=x::y');
    expect(text).toContain('##[group]hidden');
    expect(text).toContain('evil\u202egnp.exe');
  });

  it('with colour on, the only escape codes are the colours', async () => {
    const result = await runMain([folder, '--color']);
    const withoutColours = result.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(STEERING.test(withoutColours)).toBe(false);
    expect(workflowCommands(withoutColours)).toEqual([]);
  });

  it('an error naming a hostile file is one harmless line', async () => {
    const result = await runMain([path.join(folder, 'a.txt'), path.join(tmp.dir, 'missing\n::error::x\u001b[2J.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expectHarmless(result, 'error');
  });
});

describe('claimdiff check: every format, both streams', () => {
  it.each(['terminal', 'json', 'github'])('check --format %s', async (format) => {
    const result = await runMain(['check', checkFolder, '--format', format]);
    expect(result.status, result.stderr).toBe(1);
    expectHarmless(result, format);
  });

  it('check --update and an error for a folder with a hostile name', async () => {
    const broken = path.dirname(tmp.file('check2/##[error]x\n::error::y/a.txt', ARTICLE_A));
    const result = await runMain(['check', broken]);
    expect(result.status).toBe(2);
    expectHarmless(result, 'terminal');
    expect(result.stderr).toMatch(/need at least two sources/);
  });
});

describe('the layer itself', () => {
  it.each(HOSTILE_CASES)('$label: safeLine and safeText leave no steering character and no command', ({ hostile }) => {
    for (const [name, safe] of [['safeLine', safeLine(hostile)], ['safeText', safeText(`${hostile}\n${hostile}`)]] as const) {
      expect(STEERING.test(safe), name).toBe(false);
      expect(workflowCommands(safe), name).toEqual([]);
    }
    expect(safeLine(hostile)).not.toMatch(/[\n\r\t]/);
  });

  it.each(HOSTILE_CASES)('$label: safeJson parses back to the same value, with no steering character or command in its text', ({ hostile }) => {
    const value = { text: hostile, list: [hostile, `##${hostile}`] };
    for (const indent of [undefined, 2]) {
      const json = safeJson(value, indent);
      expect(JSON.parse(json)).toEqual(value);
      expect(STEERING.test(json)).toBe(false);
      expect(workflowCommands(json)).toEqual([]);
    }
  });

  it('holds for any mix of colons, hashes, brackets, blanks, line breaks and controls', () => {
    const alphabet = fc.constantFrom(':', '#', '[', ']', ' ', '\t', '\n', '\r', 'v', 's', 'o', 'x', '\u001b', '\u009b', '\u202e', '\u2028', '\u007f');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        const safe = safeText(text);
        expect(STEERING.test(safe)).toBe(false);
        expect(workflowCommands(safe)).toEqual([]);
        expect(JSON.parse(safeJson(text))).toBe(text);
        // Only made visible or broken up: the same text once the zero-width spaces are taken out, controls aside.
        expect(safe.replace(/\u200b/g, '').length).toBeGreaterThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('moves a span with its text, so the highlighted words stay the same words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }).map((s) => s.replace(/[^:#[ a-z\u001b\u202e]/g, ':')), fc.nat(), fc.nat(), (text, x, y) => {
        const [start, end] = [Math.min(x, y) % (text.length + 1), Math.max(x, y) % (text.length + 1)].sort((a, b) => a - b) as [number, number];
        const safe = safeValue({ text, span: [start, end] as [number, number] });
        const shown = safe.text.slice(safe.span[0], safe.span[1]).replace(/\u200b/g, '');
        expect(shown).toBe(safeText(text.slice(start, end)).replace(/\u200b/g, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('report files: the same safety in the file -o writes', () => {
  it.each(['terminal', 'markdown', 'html', 'github', 'json'])('-o with --format %s', async (format) => {
    const out = path.join(tmp.dir, `report-${format}.out`);
    const result = await runMain([folder, '--format', format, '-o', out]);
    expect(result.status, result.stderr).toBe(0);
    expectHarmless({ status: 0, stdout: fs.readFileSync(out, 'utf8'), stderr: result.stderr }, format);
  });
});
