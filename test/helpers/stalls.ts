/**
 * Generators of the inputs that stalled a run (issue 21) and of their kin, for test/hostile-stalls.test.ts and
 * for the growth ratios of `npm run bench:growth` (scripts/growth.ts): repeated openers and closers of every
 * bracket and quote kind, comment markers, runs of names, numbers, dates and list separators.
 */

/** Units repeated into a line, a sentence or the start of a file: [name, unit]. */
export const STALL_UNITS: Array<[string, string]> = [
  ['empty HTML comments', '<!---->'],
  ['HTML comment openers', '<!--'],
  ['HTML comment closers', '-->'],
  ['comment lines', '<!-- note -->\n'],
  ['C comment markers', '/**/'],
  ['quoted letters', '"a" '],
  ['curly quoted letters', '“a” '],
  ['single-quoted letters', "'a' "],
  ['curly single-quoted letters', '‘a’ '],
  ['guillemets', '«a» '],
  ['low quotes', '„a“ '],
  ['straight quote openers', '"'],
  ['curly quote openers', '“'],
  ['curly quote closers', '”'],
  ['parenthesised letters', '(a) '],
  ['bracketed letters', '[a] '],
  ['braced letters', '{a} '],
  ['angle-bracketed letters', '<a> '],
  ['open parentheses', '('],
  ['close parentheses', ')'],
  ['open brackets', '['],
  ['quoted speech with a speaker', '"Go," Ann Lee said. '],
  ['capitalised word pairs', 'Ann Lee '],
  ['numbers', '12 '],
  ['numbers with units', '12 km '],
  ['dates', '12 May 2024 '],
  ['weekdays and times', 'Monday at 10:30 '],
  ['comma lists', 'a, '],
  ['semicolon lists', 'a; '],
  ['"and" lists', 'a and '],
  ['pipes', '| '],
];

const SYLLABLES = ['ba', 'ko', 'ri', 'mu', 'te', 'la', 'no', 'vi', 'sa', 'de', 'go', 'pe'];

/** Syllables in a made-up name word: every word as long, whatever the size of the article. */
const WORD_SYLLABLES = 5;
const WORDS = SYLLABLES.length ** WORD_SYLLABLES;

/**
 * The n-th made-up name word: five syllables (and an n), each word new for the first 248,832; the counter is
 * scrambled (times a prime, modulo the number of words), and words a syllable apart are near spellings of each
 * other, so the names are as alike as names get.
 */
function nameWord(n: number): string {
  let rest = (n * 7919 + 13) % WORDS;
  let word = '';
  for (let i = 0; i < WORD_SYLLABLES; i++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}n`;
}

/**
 * An article of about `chars` characters, each sentence naming three new two-word names (a 380 KB one took 96 s),
 * from the `first`-th name word on (a bench gives each run words no run before it used, so no memo of words helps).
 */
export function manyNames(chars: number, initial?: string, first = 0): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = first; length < chars; i += 6) {
    const name = (k: number) => (initial === undefined ? nameWord(i + k) : `${initial}${nameWord(i + k).toLowerCase()}`);
    const line = `${name(0)} ${name(1)} met ${name(2)} ${name(3)} and ${name(4)} ${name(5)} in the city on Monday.`;
    lines.push(line);
    length += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}
