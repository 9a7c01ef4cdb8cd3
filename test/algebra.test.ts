import { describe, expect, it } from 'vitest';
import { calendarAgree } from '../src/algebra/dates.js';
import { disagreement, lengthsInKilometres, parseQuantity, sameLengthUnit } from '../src/algebra/quantity.js';

describe('quantities: whether two stated figures can both be true', () => {
  it.each([
    { a: 24, b: 24, why: 'the same figure' },
    { a: '>=43', b: 50, why: 'a floor and a figure above it' },
    { a: '>200', b: 249, why: '"more than 200" and 249' },
    { a: '>40', b: 40, why: 'a bound read inclusively ("more than 40" / "40")' },
    { a: '~100', b: 97, why: 'a round hedge covers 10% ("about 100" / 97)' },
    { a: 600, b: 612, why: 'a rounded figure and a precise one' },
    { a: '40..70', b: 55, why: 'a range and a figure inside it' },
    { a: '>20000', b: '>22000', why: 'two floors within 10%' },
    { a: '<=16', b: 12, why: 'a ceiling and a figure under it' },
    { a: '<~80', b: 80, why: '"nearly 80" and 80' },
    { a: '<~80', b: 75, why: '"nearly 80" reaches down as a hedge does' },
    { a: '<~50', b: '~50', why: '"almost 50" and "about 50"' },
  ])('agree: $why', ({ a, b }) => {
    expect(disagreement(a, b)).toBeUndefined();
    expect(disagreement(b, a)).toBeUndefined();
  });

  it.each([
    { a: 3, b: 4, how: 'exact', why: 'two exact counts' },
    { a: 5.9, b: 6.1, how: 'exact', why: 'two magnitudes of the same precision' },
    { a: '>=43', b: 40, how: 'hedged', why: '"at least 43" excludes 40' },
    { a: '~102', b: 108, how: 'hedged', why: 'a precise hedge covers only 3% ("an estimated 102" / 108)' },
    { a: '~350', b: '~1000', how: 'hedged', why: 'two hedges far apart' },
    { a: '>26000', b: '>31000', how: 'hedged', why: 'two floors far apart' },
    { a: '<=16', b: 18, how: 'hedged', why: '"up to 16" excludes 18' },
    { a: '<~80', b: 82, how: 'hedged', why: '"nearly 80" is never more than 80' },
    { a: '<~50', b: 40, how: 'hedged', why: '"almost 50" is not 40' },
  ])('disagree ($how): $why', ({ a, b, how }) => {
    expect(disagreement(a, b)).toBe(how);
    expect(disagreement(b, a)).toBe(how);
  });

  it.each([
    { value: 6, unit: 'mile', agrees: 10, disagrees: 20, why: '"six miles" is about 10 km' },
    { value: 700, unit: 'mile', agrees: 1150, disagrees: 1500, why: '"700 miles" is about 1,130 km' },
    { value: 34, unit: 'mile', agrees: 55, disagrees: 60, why: '"34 miles" is about 55 km' },
    { value: '~940', unit: 'mile', agrees: 1500, disagrees: 1200, why: '"about 940 miles" is about 1,510 km' },
    { value: '~20', unit: 'mile', agrees: 32, disagrees: 50, why: '"about 20 miles" is 16 to 48 km' },
  ])('lengths in two units compare within the rounding of each: $why', ({ value, unit, agrees, disagrees }) => {
    const [miles, km] = lengthsInKilometres({ value, unit }, { value: agrees, unit: 'km' })!;
    expect(parseQuantity(miles)).toBeDefined();
    expect(disagreement(miles, km)).toBeUndefined();
    const [miles2, far] = lengthsInKilometres({ value, unit }, { value: disagrees, unit: 'km' })!;
    expect(disagreement(miles2, far)).toBe('hedged');
  });

  it('keeps "nearly" through its value string', () => {
    expect(parseQuantity('<~80')).toEqual({ min: 80, max: 80, approx: true, nearly: true });
    expect(parseQuantity('~80')).toEqual({ min: 80, max: 80, approx: true });
  });

  it('tells one unit under two names, and refuses units that are not lengths', () => {
    expect(sameLengthUnit('km', 'kilometre')).toBe(true);
    expect(sameLengthUnit('mile', 'km')).toBe(false);
    expect(lengthsInKilometres({ value: 55, unit: 'dollar' }, { value: 55, unit: 'km' })).toBeUndefined();
  });
});

describe('calendar values: whether two can name the same day', () => {
  it.each([
    { a: '2008-11-19', b: '--11-19', agree: true },
    { a: '2008-11', b: '2008-11-19', agree: true },
    { a: '2008', b: '2008-11-19', agree: true },
    { a: '--11-19', b: '--11-18', agree: false },
    { a: '1998-06', b: '1999-06', agree: false },
    { a: '2008-12', b: '2008-11', agree: false },
  ])('$a and $b: $agree', ({ a, b, agree }) => {
    expect(calendarAgree(a, b)).toBe(agree);
    expect(calendarAgree(b, a)).toBe(agree);
  });

  it('says nothing of values that are not calendar dates', () => {
    expect(calendarAgree('relative:yesterday', '2008-11-19')).toBeUndefined();
    expect(calendarAgree('time:15:00', '2008-11-19')).toBeUndefined();
  });
});
