import { LimitError } from '../load/errors.js';
import { count } from '../load/read.js';
import type { Report } from '../types.js';

/**
 * The HTML page shows every claim x source cell (some 180 bytes each, with its card): 1,000 one-sentence
 * sources made a 180 MB page, 3,000 a 3.5 GB string Node could not hold. Past this many cells the page would be
 * too large for a browser to open anyway: refused before it is built, with the way out named.
 */
export const HTML_MAX_CELLS = 1_000_000;

/** Throws a LimitError naming --format json when the page of `report` would be over HTML_MAX_CELLS. */
export function checkHtmlSize(report: Report, maxCells = HTML_MAX_CELLS): void {
  const cells = report.claims.length * report.sources.length;
  if (cells <= maxCells) return;
  throw new LimitError(
    '',
    `the report is too large for --format html: ${count(report.claims.length)} claims x ${count(report.sources.length)} sources make ` +
      `${count(cells)} cells, more than the ${count(maxCells)} a page shows; use --format json (or compare fewer sources at a time)`,
  );
}

/** Whether `error` is V8 or Node refusing a string over its longest ("Invalid string length", ERR_STRING_TOO_LONG). */
export function isStringTooLong(error: unknown): boolean {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STRING_TOO_LONG') return true;
  return error instanceof RangeError && /invalid string length/i.test(error.message);
}

/** Runs a renderer; a text over Node's longest string becomes one line naming --format json, not an internal error. */
export function withinRenderLimit(format: string, render: () => string): string {
  try {
    return render();
  } catch (error) {
    if (!isStringTooLong(error)) throw error;
    throw new LimitError('', `the report is too large to render as --format ${format}: use --format json (or compare fewer sources at a time)`);
  }
}
