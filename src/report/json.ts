import type { Report } from '../types.js';

/** The `--json` contract: one document, keys in a fixed order, so the same input gives the same bytes. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
