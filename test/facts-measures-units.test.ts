/**
 * The unit measures of the fact layer (weight, temperature, height): what each reads from sentences in several
 * wordings (or that it abstains), how it compares two values, and a run through `compare()` where sources
 * disagree on a weight, or agree once converted.
 */
import { describe, expect, it } from 'vitest';
import type { QuantityValue, TypedFact } from '../src/facts/index.js';
import { height } from '../src/facts/measures/height.js';
import { measureOf } from '../src/facts/measures/index.js';
import { temperature } from '../src/facts/measures/temperature.js';
import { weight } from '../src/facts/measures/weight.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

/** A fact as one line: subject, attribute, the value in words, the scope when there is one. */
function described(f: TypedFact): string {
  const scope = Object.values(f.scope).join(',');
  return `${f.subject.id} ${f.attribute.id} ${measureOf(f.measure).words(f.value)}${scope !== '' ? ` [${scope}]` : ''}`;
}

function q(min: number, unit: string, stated: [number, string], extra: Partial<QuantityValue> = {}): QuantityValue {
  return { type: 'quantity', min, max: min, unit, stated: { amount: stated[0], unit: stated[1] }, ...extra };
}

describe('weight: what is read', () => {
  it.each([
    ['Orozco is 5-foot-8, 135 pounds, with tattoos on his arms.', ['name:orozco weight 135 lb']],
    ['Police said Maria Lopez, who is 5 feet 2, weighs 110 lbs.', ['event weight 110 lb']],
    ['Described as heavy-set, Jonas Weller weighed about 250 pounds.', ['name:jonas veler weight about 250 lb']],
    ['He is 6 ft 1 in tall, weighing 180 pounds, and wore a cap.', ['person weight 180 lb']],
    ['She weighs 52 kg, her trainer said.', ['person weight 52 kg']],
    ['The suspect was a 200-pound man in a grey hoodie.', ['event weight 200 lb']],
    ['Investigators recovered a 300-lb bomb from the van.', ['thing:bomb weight 300 lb']],
    ['Customs officers seized 2 kg of cocaine at the port.', ['thing:cocaine weight 2 kg']],
    ['Crews hauled away 40 tonnes of rubble.', ['thing:rubble weight 40 t']],
    ['The device weighed more than 20 kilograms.', ['thing:device weight more than 20 kg']],
    ['Thieves made off with 200 pounds of copper wire.', ['thing:wire weight 200 lb']],
    // Pounds of money: no weight.
    ['The tickets cost 135 pounds each.', []],
    ['He was fined 500 pounds and paid costs.', []],
    ['The painting is worth 2,000 pounds sterling.', []],
    ['She handed him a crumpled five-pound note.', []],
    ['The bakery raised £5,000 for the shelter.', []],
    ['The club paid 30 million pounds for the striker.', []],
    // Pounds with nothing that weighs: not a fact.
    ['He owed 300 pounds to his landlord.', []],
    ['He lost 20 pounds over the summer.', []],
  ])('%s', (text, expected) => {
    expect(readWith('weight', text).map(described)).toEqual(expected);
  });

  it('keeps the figure and unit the outlet wrote, and the kilograms it compares', () => {
    const [fact] = readWith('weight', 'Witnesses said the man weighed 130 pounds.');
    expect(fact?.value).toMatchObject({ type: 'quantity', unit: 'kg', stated: { amount: 130, unit: 'lb' } });
    expect((fact?.value as QuantityValue).min).toBeCloseTo(58.967, 2);
    expect(fact?.evidence.words).toBe('130 pounds');
  });
});

describe('weight: verdicts', () => {
  it.each([
    ['130 lb / 135 lb', q(58.967, 'kg', [130, 'lb']), q(61.235, 'kg', [135, 'lb']), 'conflict'],
    ['135 lb / 135 lb', q(61.235, 'kg', [135, 'lb']), q(61.235, 'kg', [135, 'lb']), 'agree'],
    ['130 lb / 59 kg (converted)', q(58.967, 'kg', [130, 'lb']), q(59, 'kg', [59, 'kg']), 'agree'],
    ['135 lb / 59 kg', q(61.235, 'kg', [135, 'lb']), q(59, 'kg', [59, 'kg']), 'conflict'],
    ['about 200 lb / 195 lb', q(90.718, 'kg', [200, 'lb'], { approx: true }), q(88.45, 'kg', [195, 'lb']), 'agree'],
    ['about 200 lb / 150 lb', q(90.718, 'kg', [200, 'lb'], { approx: true }), q(68.04, 'kg', [150, 'lb']), 'possible'],
    ['more than 20 kg / 25 kg', q(20, 'kg', [20, 'kg'], { max: Infinity }), q(25, 'kg', [25, 'kg']), 'agree'],
    ['2 kg / 2.0 kg', q(2, 'kg', [2, 'kg']), q(2, 'kg', [2.0, 'kg']), 'agree'],
  ])('%s', (_name, a, b, verdict) => {
    expect(weight.compare(a, b)).toBe(verdict);
    expect(weight.compare(b, a)).toBe(verdict);
  });
});

describe('temperature: what is read', () => {
  it.each([
    ['Firefighters fought the blaze in temperatures of minus 17 degrees.', ['event temperature -17 degrees']],
    ['Crews worked for hours in minus-20 degree temperatures.', ['event temperature -20 degrees']],
    ['Outside temperatures were minus 20 when the trucks arrived.', ['event temperature -20 degrees']],
    ['It was -20C at dawn, and colder by noon.', ['event temperature -20 °C']],
    ['Forecasters recorded a high of 95 degrees Fahrenheit on the day.', ['event temperature 95 °F']],
    ['Thousands marched in temperatures of 40C.', ['event temperature 40 °C']],
    ['The thermometer showed 10 degrees below zero.', ['event temperature -10 degrees']],
    ['The weather was mild, about 18 degrees Celsius.', ['event temperature about 18 °C']],
    ['The water temperature was 12C, the divers said.', ['event temperature:water 12 °C']],
    ['His body temperature had fallen to 34 degrees.', ['event temperature:body 34 degrees']],
    ['Temperatures will drop to minus 30 tomorrow, forecasters said.', ['event temperature -30 degrees [forecast]']],
    // Degrees that are not temperatures.
    ['Aftershocks measured 2.8 to 3.8 degrees on the Richter scale.', []],
    ['The car turned 180 degrees and stopped.', []],
    ['The quake struck at 26 degrees latitude.', []],
    ['He was charged with first-degree murder.', []],
    ['She holds a degree in education.', []],
    ['Temperatures were high on 12 of the days.', []],
  ])('%s', (text, expected) => {
    expect(readWith('temperature', text).map(described)).toEqual(expected);
  });

  it('shows the figure as written, with its sign', () => {
    const [fact] = readWith('temperature', 'Firefighters worked in temperatures of minus 17 degrees.');
    expect(fact?.value).toMatchObject({ min: -17, stated: { amount: -17 } });
    expect(fact?.evidence.words).toBe('minus 17 degrees');
  });
});

describe('temperature: verdicts', () => {
  it.each([
    ['-17 / -20, no scale', q(-17, '°', [-17, '°']), q(-20, '°', [-20, '°']), 'conflict'],
    ['-20 / -20, no scale', q(-20, '°', [-20, '°']), q(-20, '°', [-20, '°']), 'agree'],
    ['0 °F / -17.8 °C', q(-17.78, '°C', [0, 'F']), q(-17.8, '°C', [-17.8, 'C']), 'agree'],
    ['95 °F / 35 °C', q(35, '°C', [95, 'F']), q(35, '°C', [35, 'C']), 'agree'],
    ['82 °F / 28 °C', q(27.78, '°C', [82, 'F']), q(28, '°C', [28, 'C']), 'agree'],
    ['95 °F / 30 °C', q(35, '°C', [95, 'F']), q(30, '°C', [30, 'C']), 'conflict'],
    ['-20 no scale / -29 °C (it may be Fahrenheit)', q(-20, '°', [-20, '°']), q(-29, '°C', [-29, 'C']), 'agree'],
    ['-20 no scale / 10 °C', q(-20, '°', [-20, '°']), q(10, '°C', [10, 'C']), 'possible'],
    ['about 40 °C / 41 °C', q(40, '°C', [40, 'C'], { approx: true }), q(41, '°C', [41, 'C']), 'agree'],
  ])('%s', (_name, a, b, verdict) => {
    expect(temperature.compare(a, b)).toBe(verdict);
    expect(temperature.compare(b, a)).toBe(verdict);
  });
});

describe('height: what is read', () => {
  it.each([
    ['Deputies said Orozco is 5-foot-8 with a shaved head.', ['name:orozco height 5 ft 8 in']],
    ['He is 5-feet-8 inches tall and has a tattoo.', ['person height 5 ft 8 in']],
    ['The 6-foot-9 senior led the team again.', ['event height 6 ft 9 in']],
    ['He dunked over 7-foot-7 Kenny George.', ['name:keneth george height 7 ft 7 in']],
    ['Police described Dana Crane as 6 ft 2 in, with short hair.', ['name:dana crane height 6 ft 2 in']],
    ['She stands 1.80 m tall.', ['person height 1.8 m']],
    ['The gunman was 6 feet tall.', ['event height about 6 ft']],
    // Not a person's height.
    ['He struggled against a 3 1/2-inch height advantage.', []],
    ['A 6-foot wall surrounds the yard.', []],
    ['The boat is 10 metres long.', []],
  ])('%s', (text, expected) => {
    expect(readWith('height', text).map(described)).toEqual(expected);
  });

  it.each([
    ['5 ft 8 in / 5 ft 8 in', q(1.7272, 'm', [68, 'in']), q(1.7272, 'm', [68, 'in']), 'agree'],
    ['6 ft 9 in / 6 ft 10 in', q(2.0574, 'm', [81, 'in']), q(2.0828, 'm', [82, 'in']), 'conflict'],
    ['5 ft 8 in / 1.73 m', q(1.7272, 'm', [68, 'in']), q(1.73, 'm', [1.73, 'm']), 'agree'],
    ['about 6 ft / 6 ft 1 in', q(1.8288, 'm', [6, 'ft'], { approx: true }), q(1.8542, 'm', [73, 'in']), 'agree'],
  ])('verdict %s', (_name, a, b, verdict) => {
    expect(height.compare(a, b)).toBe(verdict);
  });
});

describe('units through compare()', () => {
  const source = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
  const unitContradictions = (sources: ReturnType<typeof source>[]) =>
    compare(sources).contradictions.filter((c) => ['weight', 'temperature', 'height'].includes(c.frame?.measure ?? ''));

  it('reports one contradiction where two sources give a person different weights, a pronoun taken for the person named', () => {
    const found = unitContradictions([
      source('a', 'The fugitive, Marcus Ellery, escaped on Sunday.\n\nEllery is 5-foot-10, 170 pounds, with a beard.'),
      source('b', 'Marcus Ellery fled the prison on Sunday.\n\nHe is 5 feet 10 inches tall, weighing 185 pounds, officials said.'),
      source('c', 'A prisoner named Marcus Ellery escaped on Sunday.\n\nGuards said Marcus Ellery weighs 170 lbs.'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ strength: 'conflict', frame: { measure: 'weight' } });
    expect(found[0]!.values.map((v) => [v.source, v.value]).sort()).toEqual([['a', 170], ['b', 185], ['c', 170]]);
  });

  it('reports none where the weights agree once converted, and a sum in pounds is no weight', () => {
    const found = unitContradictions([
      source('a', 'The fugitive, Marcus Ellery, escaped on Sunday.\n\nEllery weighs 170 pounds, officials said.'),
      source('b', 'Marcus Ellery fled the prison on Sunday.\n\nEllery weighs 77 kg, the prison said.\n\nHis bail was set at 900 pounds.'),
    ]);
    expect(found).toEqual([]);
  });
});

describe('a dispute lists each side once, in the words most sources use', () => {
  it('leaves out a value that only restates another in another unit ("59 kg" beside "130 pounds")', () => {
    const found = compare([
      { id: 'a', path: 'a.txt', text: 'Orozco weighed 130 pounds, police said.' },
      { id: 'b', path: 'b.txt', text: 'Orozco weighed 59 kg, police said.' },
      { id: 'c', path: 'c.txt', text: 'Orozco weighed 150 pounds, police said.' },
      { id: 'd', path: 'd.txt', text: 'Orozco weighed 130 pounds, officers said.' },
    ]).contradictions.filter((c) => c.frame?.measure === 'weight');
    expect(found.map((c) => c.values.map((v) => v.source))).toEqual([['a', 'c', 'd']]);
  });
});
