import { InputError, loadInputs, STDIN, type LoadedSource } from '../load/index.js';
import { RENDERERS, type Format } from '../report/index.js';
import type { Warning } from '../types.js';
import {
  emit,
  failingFindings,
  guardOutput,
  loadOptions,
  pipelineOptions,
  timed,
  useColor,
  withSkipped,
  type Finding,
  type Io,
  type LimitOptions,
} from './shared.js';

export interface DiffOptions extends LimitOptions {
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
  guardOutput(io);
  const pipeline = pipelineOptions(options, io);
  if (inputs.includes(STDIN) && (io.stdin as { isTTY?: boolean }).isTTY === true && !options.quiet) {
    io.stderr.write('claimdiff: reading the article for - from the terminal: end it with Ctrl-D\n');
  }
  const { sources, skipped } = await timed('load', pipeline.onStage, () => loadInputs(inputs, io.stdin, loadOptions(options)));
  requireTwo(sources, skipped);
  // The pipeline loads the language model: only once the inputs are known to be good.
  const { compare } = await import('../pipeline.js');
  const compared = compare(sources, {
    keepClutter: options.keepClutter ?? false,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...pipeline,
  });
  const report = withSkipped(compared, skipped);
  const format: Format = options.json ? 'json' : options.format;
  const toTerminal = options.output === undefined && io.stdout.isTTY === true;
  const text = await timed('render', pipeline.onStage, () =>
    RENDERERS[format](report, {
      color: useColor(options.color, toTerminal, io.env),
      width: toTerminal && io.stdout.columns ? Math.min(io.stdout.columns, 120) : 80,
      showRemoved: options.showRemoved ?? false,
    }),
  );
  if (options.output !== undefined || !options.quiet) emit(io, text, options.output);
  if (!options.quiet) for (const w of report.warnings) io.stderr.write(`claimdiff: warning: ${w.source}: ${w.message}\n`);
  return failingFindings(report, options.failOn ?? []).length > 0 ? 1 : 0;
}

/** Fewer than two sources left after skipping unreadable files: say which were skipped and why, on the one error line. */
export function requireTwo(sources: readonly LoadedSource[], skipped: readonly Warning[]): void {
  if (sources.length >= 2 || skipped.length === 0) return;
  const shown = skipped.slice(0, 2).map((w) => `${w.source} (${w.message.replace(/^skipped: /, '')})`);
  const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more` : '';
  throw new InputError(
    sources.map((s) => s.path).join(', '),
    `need at least two sources to compare, got ${sources.length}; skipped ${shown.join(', ')}${more}`,
  );
}
