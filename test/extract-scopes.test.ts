/**
 * The scope registry's meaning for comparison: which scopes keep a figure out, which set it apart in a row of its
 * own (and how that row is labelled), and which change how two values of one row are weighed. How each scope is read
 * from a sentence is tested with the frames (extract-frames.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { isCompared, scopeContext, scopePair, SCOPES } from '../src/extract/index.js';
import type { Fact, FactScope } from '../src/types.js';

const run = { commonPlaces: new Set(['springfield']) };
const figure = (value: number | string, scope: FactScope): Fact => ({ kind: 'number', source: 's', span: [0, 1], text: String(value), value, scope });

describe('scope registry', () => {
  it('lists each scope once', () => {
    const names = SCOPES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    { scope: { part: true }, compared: false },
    { scope: { part: true, increment: true }, compared: true },
    { scope: { otherEvent: true }, compared: false },
    { scope: { cumulative: true }, compared: true },
    { scope: {}, compared: true },
  ] as Array<{ scope: FactScope; compared: boolean }>)('compared $compared: $scope', ({ scope, compared }) => {
    expect(isCompared(scope)).toBe(compared);
  });

  it.each([
    { scope: {}, label: undefined },
    { scope: { era: 'month:april' }, label: 'April' },
    { scope: { era: 'relative:last-year' }, label: 'last year' },
    { scope: { cumulative: true, side: 'israeli' }, label: 'running total, Israeli' },
    { scope: { side: 'israeli' }, label: undefined },
    { scope: { severe: true, within: 'inside camp' }, label: 'inside camp, badly hurt' },
    { scope: { mild: true }, label: 'lightly hurt' },
    { scope: { increment: true }, label: 'added to another count' },
    { scope: { place: 'springfield' }, label: undefined },
    { scope: { place: 'shelbyville' }, label: 'in shelbyville' },
    { scope: { place: 'springfield', era: '2003' }, label: '2003, in springfield' },
    { scope: { place: 'springfield', era: '2003', placeIsSetting: true }, label: '2003' },
  ] as Array<{ scope: FactScope; label?: string }>)('label $label for $scope', ({ scope, label }) => {
    expect(scopeContext(scope, run).label).toBe(label);
  });

  it('names a place as a source wrote it, not by its key', () => {
    const named = { ...run, placeNames: new Map([['shelbyvile', 'Shelbyville']]) };
    expect(scopeContext({ place: 'shelbyvile' }, named).label).toBe('in Shelbyville');
  });

  it('keys differ exactly when what sets a figure apart differs', () => {
    const key = (scope: FactScope) => scopeContext(scope, run).key;
    expect(key({ place: 'springfield' })).toBe(key({}));
    expect(key({ side: 'israeli' })).toBe(key({}));
    expect(key({ cumulative: true, side: 'israeli' })).not.toBe(key({ cumulative: true, side: 'palestinian' }));
    expect(key({ era: '2003' })).not.toBe(key({ era: '2004' }));
  });

  it.each([
    { a: figure(3, {}), b: figure(4, {}), verdict: undefined },
    { a: figure(3, { increment: true }), b: figure(4, {}), verdict: 'hedged' },
    { a: figure(3, { converted: true }), b: figure(4, { converted: true }), verdict: 'skip' },
    { a: figure(3, { converted: true }), b: figure(4, {}), verdict: undefined },
    { a: figure(5, { perpetratorDied: true }), b: figure(6, {}), verdict: 'skip' },
    { a: figure(5, { perpetratorDied: true }), b: figure(7, {}), verdict: undefined },
    { a: figure(5, {}), b: figure(6, {}), verdict: undefined },
    { a: figure(2, { given: true }), b: figure(3, {}), verdict: 'skip' },
    { a: figure(2, { given: true }), b: figure(3, {}), sameClaim: true, verdict: undefined },
  ])('pair $a.value / $b.value: $verdict', ({ a, b, sameClaim, verdict }) => {
    expect(scopePair(a, b, sameClaim ?? false)).toBe(verdict);
  });
});
