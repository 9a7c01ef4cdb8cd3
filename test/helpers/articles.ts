/** Two short articles about one event, of our own making: for tests, and for `npm run bench` (no vitest here). */

/** To stand beside a hostile input (each line a paragraph). */
export const ARTICLE_A = [
  'Bridge reopens after repairs',
  '',
  'The Harbour Bridge reopened on Monday after six months of repairs, the city council said.',
  '',
  'About 40,000 vehicles cross the bridge every day, according to the transport office.',
  '',
  'Mayor Lena Ortiz said the work had cost 12 million euros.',
  '',
].join('\n');

export const ARTICLE_B = [
  'Harbour Bridge open again',
  '',
  'The Harbour Bridge reopened on Monday after six months of repair work, the council said.',
  '',
  'Mayor Lena Ortiz said the repairs had cost 12 million euros.',
  '',
  'Cyclists will get a separate lane from next year.',
  '',
].join('\n');

/** A temp folder for one test file's inputs; `remove` deletes it. */
