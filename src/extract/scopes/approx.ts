/** A hedged time or date: "about 3pm", "shortly after 2 a.m.", "nearly", "before". */
import { before, type ScopeRule } from './model.js';

const HEDGE_BEFORE = /\b(?:about|around|approximately|roughly|some|shortly (?:after|before)|just (?:after|before)|nearly|almost|after|before)\s+$/i;

export const approx: ScopeRule = {
  name: 'approx',
  kinds: ['date'],
  read: (reading) => (HEDGE_BEFORE.test(before(reading, 24)) ? { approx: true } : {}),
};
