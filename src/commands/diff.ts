import { loadSources } from '../load/index.js';
import { compare } from '../pipeline.js';
import { RENDERERS, type Format } from '../report/index.js';
import { emit, failingFindings, useColor, type Finding, type Io } from './shared.js';

export interface DiffOptions {
  format: Format;
  json?: boolean;
  output?: string;
  color?: boolean;
  failOn?: Finding[];
  keepClutter?: boolean;
  showRemoved?: boolean;
  threshold?: number;
  quiet?: boolean;
}

/** `claimdiff <inputs...>`: compare the sources and write the report; resolves to the exit code. */
export async function runDiff(inputs: readonly string[], options: DiffOptions, io: Io): Promise<number> {
  const report = compare(await loadSources(inputs, io.stdin), {
    keepClutter: options.keepClutter ?? false,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  const format: Format = options.json ? 'json' : options.format;
  const toTerminal = options.output === undefined && io.stdout.isTTY === true;
  const text = RENDERERS[format](report, {
    color: useColor(options.color, toTerminal, io.env),
    width: toTerminal && io.stdout.columns ? Math.min(io.stdout.columns, 120) : 80,
    showRemoved: options.showRemoved ?? false,
  });
  if (options.output !== undefined || !options.quiet) emit(io, text, options.output);
  if (!options.quiet) for (const w of report.warnings) io.stderr.write(`claimdiff: warning: ${w.source}: ${w.message}\n`);
  return failingFindings(report, options.failOn ?? []).length > 0 ? 1 : 0;
}
