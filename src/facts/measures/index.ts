/**
 * The registry of measures: one file each, listed here. The engine (../compare.ts) and the reader (../read.ts)
 * iterate over this table; adding a measure is one file and one line.
 */
import type { Measure } from '../model.js';
import { block } from './block.js';
import { charge } from './charge.js';
import { clock } from './clock.js';
import { colour } from './colour.js';
import { condition } from './condition.js';
import { date } from './date.js';
import { deathAge } from './death-age.js';
import { deathCause } from './death-cause.js';
import { tally } from './tally.js';
import { tenure } from './tenure.js';
import { destination } from './destination.js';
import { duration } from './duration.js';
import { height } from './height.js';
import { honours } from './honours.js';
import { money } from './money.js';
import { ordinal } from './ordinal.js';
import { record } from './record.js';
import { score } from './score.js';
import { setting } from './setting.js';
import { stat } from './stat.js';
import { temperature } from './temperature.js';
import { timeOfDay } from './time-of-day.js';
import { weapon } from './weapon.js';
import { weight } from './weight.js';
import { workforce } from './workforce.js';

export const MEASURES: readonly Measure[] = [weight, temperature, height, timeOfDay, money, date, duration, ordinal, record, score, clock, setting, deathAge, deathCause, tenure, tally, destination, colour, block, honours, stat, workforce, condition, weapon, charge];

const BY_ID = new Map(MEASURES.map((m) => [m.id, m]));

export function measureOf(id: string): Measure {
  const measure = BY_ID.get(id);
  if (measure === undefined) throw new Error(`no measure ${id}`);
  return measure;
}
