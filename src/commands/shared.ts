import fs from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { isAddition } from '../compare/coverage.js';
import { InputError } from '../load/index.js';
import type { Report } from '../types.js';

/** What the shell talks to; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

export const FINDINGS = ['contradictions', 'omissions', 'additions'] as const;
export type Finding = (typeof FINDINGS)[number];

/** The findings of the kinds asked for by --fail-on that the report has. */
export function failingFindings(report: Report, kinds: readonly Finding[]): Finding[] {
  return kinds.filter((kind) => {
    if (kind === 'contradictions') return report.contradictions.length > 0;
    if (kind === 'additions') return report.claims.some(isAddition);
    return report.sources.some((s) => s.omits > 0);
  });
}

export function parseFindings(value: string): Finding[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(FINDINGS as readonly string[]).includes(k));
  if (unknown.length > 0 || kinds.length === 0) {
    throw new InvalidArgumentError(`expected one or more of ${FINDINGS.join(', ')}`);
  }
  return kinds as Finding[];
}

export function parseUnit(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/** `--color`/`--no-color` win; otherwise colour only on a terminal, and never when NO_COLOR is set. */
export function useColor(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag === false) return false;
  if (flag === true) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

/** Write to the -o file when given, else to stdout. */
export function emit(io: Io, text: string, output: string | undefined): void {
  if (output !== undefined) fs.writeFileSync(output, text);
  else io.stdout.write(text);
}

/** One line for the user: the file and the problem for bad input, a hint to --debug for anything else. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error) return `internal error: ${error.message} (run with --debug for details)`;
  return String(error);
}
