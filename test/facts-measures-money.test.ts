/**
 * The money measure: sums of money by what they are (bail, a contract, a fine), read in several wordings, the
 * sums it leaves to the extract stage (money stolen), and how two sums compare.
 */
import { describe, expect, it } from 'vitest';
import type { QuantityValue, TypedFact } from '../src/facts/index.js';
import { money } from '../src/facts/measures/money.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${f.attribute.id} ${money.words(f.value)}`;

describe('money: what a sum is', () => {
  it.each([
    ['Bail was set at $5,000, the sheriff said.', ['person sum|bail $5,000']],
    ['He was released on a $10,000 bond.', ['person sum|bail $10,000']],
    ['Judge Amy Lowe set bail for Carl Mertz at $250,000.', ['name:carl mertz sum|bail $250,000']],
    ['The club gave Dale Voss a four-year, $40 million contract.', ['name:dale vos sum|contract $40 million']],
    ['The club signed Dale Voss to a deal worth nearly $40 million.', ['name:dale vos sum|contract nearly $40 million']],
    ['The company was fined $2.5 million by regulators.', ['event sum|fine $2.5 million']],
    ['Police offered a reward of $20,000 for information.', ['event sum|reward $20,000']],
    // A verb's object may stand between it and the sum.
    ['Regulators fined the refinery $3 million for the leak.', ['event sum|fine $3 million']],
    // The price of buying a company, asked of the company bought; a deal in such a sentence is its price.
    ['Halvern will buy Qorix for $2.4 billion in cash.', ['name:qorix sum|acquisition $2.4 billion']],
    ['Halvern agreed to acquire Qorix in a deal valued at $2.1 billion.', ['name:qorix sum|acquisition $2.1 billion']],
    ["Halvern's $2.1 billion acquisition of Qorix was announced on Monday.", ['name:qorix sum|acquisition $2.1 billion']],
    ['The chipmaker was sold in a $950 million deal.', ['event sum|acquisition $950 million']],
  ])('%s', (text, expected) => {
    expect(readWith('money', text).map(described)).toEqual(expected);
  });

  it.each([
    ['The thieves stole $300,000 in cash.', 'a sum stolen is the extract stage’s'],
    ['The town spent $5 million on new roads.', 'a sum of no kind of the lexicon'],
    ['The bond measure raised $5 million for schools.', 'a sum not linked to its noun'],
    ['The bail hearing for the man cost the county $9,000.', 'a noun of a kind with a phrase between'],
    ['The company agreed to pay $1.2 million to the family.', 'the verb "pay" is no salary'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('money', text)).toEqual([]);
  });
});

describe('money: verdicts', () => {
  const usd = (n: number, extra: Partial<QuantityValue> = {}): QuantityValue => ({ type: 'quantity', min: n, max: n, unit: 'dollar', stated: { amount: n, unit: 'dollar' }, ...extra });
  it.each([
    { a: usd(5000), b: usd(10000), verdict: 'conflict', why: 'two exact sums' },
    { a: usd(82_000_000), b: usd(82_400_000), verdict: 'agree', why: 'a rounding' },
    { a: usd(5000), b: usd(5000), verdict: 'agree', why: 'one sum' },
    { a: usd(5000), b: { ...usd(5000), unit: 'euro' }, verdict: 'agree', why: 'two currencies are not compared' },
    { a: usd(100, { approx: true }), b: usd(150), verdict: 'possible', why: 'a hedged sum well apart' },
    { a: usd(80_000_000, { approx: true, nearly: true }), b: usd(82_000_000), verdict: 'possible', why: '"nearly $80 million" is never more than $80 million' },
    { a: usd(80_000_000, { approx: true }), b: usd(82_000_000), verdict: 'agree', why: '"about $80 million" covers $82 million' },
    { a: usd(80_000_000, { approx: true, nearly: true }), b: usd(76_000_000), verdict: 'agree', why: '"nearly $80 million" reaches down as a hedge does' },
  ])('$verdict: $why', ({ a, b, verdict }) => {
    expect(money.compare(a, b)).toBe(verdict);
  });
});

describe('money through compare()', () => {
  it('reports two bails set for one person', () => {
    const found = compare([
      { id: 'a', path: 'a.txt', text: 'Carl Mertz was charged with arson on Monday.\n\nMertz is being held on $50,000 bail.' },
      { id: 'b', path: 'b.txt', text: 'A man was charged with setting the fire.\n\nCarl Mertz remains jailed, with bail set at $75,000.' },
    ]).contradictions.filter((c) => c.frame?.measure === 'money');
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.value)).toEqual([50000, 75000]);
  });

  it('words a sum of someone no sentence names as the question alone: "bail", not "bail of the person described"', () => {
    const rows = compare([
      { id: 'a', path: 'a.txt', text: 'A man was charged with setting the fire.\n\nHis bail was set at $50,000.' },
      { id: 'b', path: 'b.txt', text: 'A man was charged with arson on Monday.\n\nBail was set at $50,000, the sheriff said.' },
    ]).factTable.filter((row) => row.frame.measure === 'money');
    expect(rows.map((row) => row.frame.label)).toEqual(['bail']);
  });
});
