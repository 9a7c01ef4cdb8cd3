/**
 * Short forms outlets use for the same name. Expanded to the long form's words so "the U.S." and
 * "the United States" share terms. Keys are lower-cased tokens as the tokenizer gives them.
 */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['u.s.', ['united', 'states']],
  ['u.s', ['united', 'states']],
  ['u.s.a.', ['united', 'states']],
  ['usa', ['united', 'states']],
  ['us', ['united', 'states']],
  ['u.k.', ['united', 'kingdom']],
  ['uk', ['united', 'kingdom']],
  ['u.n.', ['united', 'nations']],
  ['un', ['united', 'nations']],
  ['e.u.', ['european', 'union']],
  ['eu', ['european', 'union']],
]);

/** Upper-case-only abbreviations that are also ordinary words in lower case ("US" vs "us"). */
export const UPPER_CASE_ONLY: ReadonlySet<string> = new Set(['us', 'un']);

/** Number words outlets write out, as digits, so "two" and "2" meet. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'],
  ['seven', '7'], ['eight', '8'], ['nine', '9'], ['ten', '10'], ['eleven', '11'], ['twelve', '12'],
  ['dozen', '12'], ['twenty', '20'], ['hundred', '100'], ['thousand', '1000'], ['million', '1000000'],
]);
