/**
 * Qualifiers before a number that bound or hedge it ("at least 40", "no more than 12", "about 300"), longest first so
 * "no more than" beats "more than". How each reads: the quantity operator (algebra/quantity.ts).
 */
import type { QuantityOp } from '../../../algebra/quantity.js';

export interface QualifierPattern {
  words: readonly string[];
  op: QuantityOp;
  /** Also a preposition of place: right after a singular noun it says where ("a bank shot over two defenders"). */
  placeAfterNoun?: true;
}

export const QUALIFIERS: readonly QualifierPattern[] = [
  { words: ['no', 'fewer', 'than'], op: '>=' },
  { words: ['no', 'less', 'than'], op: '>=' },
  { words: ['not', 'less', 'than'], op: '>=' },
  { words: ['no', 'more', 'than'], op: '<=' },
  { words: ['not', 'more', 'than'], op: '<=' },
  { words: ['a', 'minimum', 'of'], op: '>=' },
  { words: ['a', 'maximum', 'of'], op: '<=' },
  { words: ['in', 'excess', 'of'], op: '>' },
  { words: ['as', 'many', 'as'], op: '<=' },
  { words: ['as', 'much', 'as'], op: '<=' },
  { words: ['as', 'few', 'as'], op: '~' },
  { words: ['an', 'estimated'], op: '~' },
  { words: ['an', 'approximate'], op: '~' },
  { words: ['approximate'], op: '~' },
  { words: ['more', 'than'], op: '>' },
  { words: ['greater', 'than'], op: '>' },
  { words: ['upwards', 'of'], op: '>' },
  { words: ['fewer', 'than'], op: '<' },
  { words: ['less', 'than'], op: '<' },
  { words: ['at', 'least'], op: '>=' },
  { words: ['at', 'most'], op: '<=' },
  { words: ['up', 'to'], op: '<=' },
  { words: ['close', 'to'], op: '~' },
  { words: ['just', 'over'], op: '>' },
  { words: ['just', 'under'], op: '<' },
  { words: ['well', 'over'], op: '>' },
  { words: ['over'], op: '>', placeAfterNoun: true },
  { words: ['above'], op: '>' },
  { words: ['under'], op: '<' },
  { words: ['below'], op: '<' },
  { words: ['about'], op: '~' },
  { words: ['around'], op: '~' },
  { words: ['approximately'], op: '~' },
  { words: ['approx.'], op: '~' },
  { words: ['roughly'], op: '~' },
  { words: ['nearly'], op: '<~' },
  { words: ['almost'], op: '<~' },
  { words: ['estimated'], op: '~' },
  { words: ['some'], op: '~' },
  { words: ['circa'], op: '~' },
  { words: ['c.'], op: '~' },
];
