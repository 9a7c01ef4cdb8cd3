import type { Report } from '../types.js';
import { safeJson } from './safe-text.js';

/** The `--json` contract: one document, keys in a fixed order, so the same input gives the same bytes. */
export function renderJson(report: Report): string {
  return `${safeJson(report, 2)}\n`;
}
