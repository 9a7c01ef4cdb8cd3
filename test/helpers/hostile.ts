/**
 * Helpers for the hostile-input tests: a temp folder to write generated inputs into, a plain article to compare
 * them with, and checks for the outcomes every hostile input must have: a report (exit 0, every source listed,
 * what was skipped named in a warning: `mainReport` in run-main.ts) or one error line naming the file (exit 2,
 * no stack trace: `expectOneLineError` here).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { CliResult } from './run-cli.js';

export { ARTICLE_A, ARTICLE_B } from './articles.js';

export function tempDir(prefix: string): { dir: string; file: (rel: string, content?: string | Uint8Array) => string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `claimdiff-${prefix}-`));
  return {
    dir,
    file(rel, content) {
      const full = path.join(dir, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      if (content !== undefined) fs.writeFileSync(full, content);
      return full;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Checks a run failed as it should: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
export function expectOneLineError(result: CliResult, message: RegExp): void {
  expect(result.status, `exit status; stderr: ${result.stderr}`).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
  // Our own errors start "claimdiff: "; commander's, for a bad option, "error: ".
  expect(result.stderr).toMatch(/^(?:claimdiff|error): /);
  expect(result.stderr.trimEnd()).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** The warnings the CLI printed on stderr, one per line, without the `claimdiff: warning: ` prefix. */
export function stderrWarnings(result: CliResult): string[] {
  return result.stderr
    .split('\n')
    .filter((l) => l.startsWith('claimdiff: warning: '))
    .map((l) => l.slice('claimdiff: warning: '.length));
}

/** A temp folder holding made-up articles, `name -> text`, each written with a final line break. */
export function articlesFolder(prefix: string, articles: Readonly<Record<string, string>>): ReturnType<typeof tempDir> {
  const folder = tempDir(prefix);
  for (const [name, text] of Object.entries(articles)) folder.file(name, `${text}\n`);
  return folder;
}
