/**
 * Words before an amount that bound or hedge it ("less than a day", "about three weeks", "nearly two hours"),
 * longest first so "just over" is read before "over". How each is read: see `SpanBound`.
 */

/**
 * around: the amount give or take ("about", "some"); below: up to the amount ("nearly", "almost"); atLeast / atMost:
 * an open bound ("more than", "less than").
 */
export type SpanBound = 'around' | 'below' | 'atLeast' | 'atMost';

export const SPAN_BOUNDS: ReadonlyArray<readonly [string, SpanBound]> = [
  ['a little more than', 'atLeast'],
  ['a little less than', 'atMost'],
  ['no more than', 'atMost'],
  ['no less than', 'atLeast'],
  ['more than', 'atLeast'],
  ['longer than', 'atLeast'],
  ['at least', 'atLeast'],
  ['upwards of', 'atLeast'],
  ['just over', 'atLeast'],
  ['over', 'atLeast'],
  ['less than', 'atMost'],
  ['fewer than', 'atMost'],
  ['shorter than', 'atMost'],
  ['at most', 'atMost'],
  ['up to', 'atMost'],
  ['within', 'atMost'],
  ['just under', 'below'],
  ['under', 'atMost'],
  ['close to', 'below'],
  ['nearly', 'below'],
  ['almost', 'below'],
  ['not quite', 'below'],
  ['an estimated', 'around'],
  ['approximately', 'around'],
  ['roughly', 'around'],
  ['around', 'around'],
  ['about', 'around'],
  ['some', 'around'],
];
