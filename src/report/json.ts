import type { Report } from '../types.js';
import { safeJson } from './safe-text.js';

/** The `--json` contract: one document, keys in a fixed order, so the same input gives the same bytes. */
export function renderJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/**
 * The `--json` document in pieces, byte for byte the text of renderJson: the top-level keys, and each entry of a
 * top-level array on its own, so a large report is written as it is spelled, never held whole as one string.
 * Each piece is made safe on its own (safeJson): no string spans two pieces.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const entries = Object.entries(report as unknown as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    const head = `${i === 0 ? '' : ','}\n  ${safeJson(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield `${head}${indented(value, '  ')}`;
      continue;
    }
    yield `${head}[`;
    for (const [j, item] of value.entries()) yield `${j === 0 ? '' : ','}\n    ${indented(item === undefined || typeof item === 'function' ? null : item, '    ')}`;
    yield '\n  ]';
  }
  yield entries.length === 0 ? '}\n' : '\n}\n';
}

/** A value as JSON.stringify with two-space indentation spells it, nested `pad` deep. */
function indented(value: unknown, pad: string): string {
  return safeJson(value, 2).replace(/\n/g, `\n${pad}`);
}
