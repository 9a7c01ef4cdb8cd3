/**
 * Adversarial text for the regular-expression tests (test/hostile-regex.test.ts) and for the growth ratios of
 * `npm run bench` (scripts/growth.ts): one unit repeated to a long line, and a big news page.
 */

/** Units a 200 KB line is built from: runs of spaces, dots, digits, commas, quotes, hyphens, capitals, "Mr. " ... */
export const UNITS: Array<[string, string]> = [
  ['spaces', ' '],
  ['tabs and no-break spaces', '\t\u00a0'],
  ['dots', '.'],
  ['spaced dots', '. '],
  ['ellipses', '… '],
  ['digits', '7'],
  ['digit groups', '1,'],
  ['decimals', '1.'],
  ['commas', ','],
  ['straight double quotes', '"'],
  ['curly quotes', '“”'],
  ['apostrophes', "'"],
  ['hyphens', '-'],
  ['dashes', '— '],
  ['capital letters', 'A'],
  ['capitalised words', 'Aa '],
  ['initials', 'A. '],
  ['"Mr. " repeated', 'Mr. '],
  ['"U.S. " repeated', 'U.S. '],
  ['list markers', '1) '],
  ['colons', ':'],
  ['semicolons and pipes', ';|'],
  ['brackets', '(['],
  ['hash marks and stars', '#*'],
  ['slashes', '/'],
  ['at signs', '@'],
  ['URLs', 'http://a.b/'],
  ['clock times', '10:30 '],
  ['dates', '12/04/2025 '],
  ['month names', 'Jan '],
  ['weekdays', 'Monday '],
  ['number words', 'two '],
  ['"said" repeated', 'said '],
  ['percentages', '5% '],
  ['currency', '$1 '],
  ['quoted speech', '"Go," he said. '],
];

/** Units a single 5 MB line is built from for the clean stage's own tests (test/clean.test.ts). */
export const CLEAN_LINE_UNITS: Array<[string, string]> = [
  ['a sentence repeated', 'The quake, officials said, killed 10 people. '],
  ['letters', 'a'],
  ['spaces', ' x'],
  ['open brackets', '('],
  ['exclamation marks', '!'],
  ['dots', '.'],
  ['capitals and slashes', 'REUTERS/A '],
  ['copyright signs', '©'],
  ['handles', '(@a) '],
  ['capitalised words', 'By Ab '],
];

/** `unit` repeated to `length` characters, ending in a character that makes a trailing-anchored regex fail late. */
export function adversarial(unit: string, length: number): string {
  return `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}!`;
}

/** Lines of one long word that ends in punctuation: wink's tokenizer is quadratic in such a word's length. */
export const LONG_WORDS: Array<[string, (chars: number) => string]> = [
  ['"1.1.1...!"', (chars) => `${'1.'.repeat(chars / 2)}!`],
  ['"a.a.a...?"', (chars) => `${'a.'.repeat(chars / 2)}?`],
  ['a long URL', (chars) => `https://example.com/${'a/'.repeat(chars / 2 - 10)}"`],
];

/** A news page of about `bytes` characters: menus, a style sheet, a big inline script, an article, hundreds of comments. */
export function bigNewsPage(bytes: number): string {
  const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const style = `<style>${'.c{margin:0 auto;padding:4px;color:#333}\n'.repeat(400)}</style>`;
  const state = `<script>window.__STATE__=${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, title: `Story ${i}` })))}</script>`;
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `<p>Paragraph ${i}: engineers inspected the quay on Tuesday and found <a href="/x">no further damage</a> to berths 4 to 6.</p>`,
  ).join('\n');
  const comment = (i: number): string =>
    `<div class="comment"><span>Reader${i}</span> <time>2 hours ago</time><p>Comment ${i}: worst storm I can remember.</p><button>Reply</button></div>`;
  const head = `<!doctype html><html><head><title>Quay inspected | Courier</title>${style}${state}</head><body><nav><ul>${links}</ul></nav><main><article><h1>Quay inspected</h1>${paragraphs}</article></main><section class="comments">`;
  const tail = `</section><footer><ul>${links}</ul></footer></body></html>`;
  let comments = '';
  for (let i = 0; head.length + comments.length + tail.length < bytes; i++) comments += comment(i);
  return head + comments + tail;
}
