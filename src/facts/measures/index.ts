/**
 * The registry of measures: one file each, listed here. The engine (../compare.ts) and the reader (../read.ts)
 * iterate over this table; adding a measure is one file and one line.
 */
import type { Measure } from '../model.js';
import { date } from './date.js';
import { height } from './height.js';
import { temperature } from './temperature.js';
import { weight } from './weight.js';

export const MEASURES: readonly Measure[] = [weight, temperature, height, date];

const BY_ID = new Map(MEASURES.map((m) => [m.id, m]));

export function measureOf(id: string): Measure {
  const measure = BY_ID.get(id);
  if (measure === undefined) throw new Error(`no measure ${id}`);
  return measure;
}
