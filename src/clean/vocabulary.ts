import { bareWords, isFunctionWord } from './text.js';

/**
 * The words of every source in the run, for the cross-source signal: all sources report one event, so a
 * blurb whose words no other source uses is most likely about another story. Built once per run in
 * linear time (each source's words counted once); a source asks it per line in time linear in the line.
 */

/** How much of one line the vocabulary reads: enough to know what a blurb is about. */
const LINE_SCAN_CHARS = 600;

export interface RunVocabulary {
  /** For each content word: in how many sources of the run it occurs. */
  sourcesWith: ReadonlyMap<string, number>;
}

/** A word's comparable form: lower case, no possessive, no plural "s" ("officers'" and "officer" match). */
function stem(word: string): string {
  const bare = word.replace(/['’]s?$/u, '');
  return bare.length > 4 && bare.endsWith('s') && !bare.endsWith('ss') ? bare.slice(0, -1) : bare;
}

/** The line's content words (no function words, at least three characters, a letter in them), as stems. */
export function contentWords(text: string): string[] {
  return bareWords(text, LINE_SCAN_CHARS)
    .filter((w) => w.length >= 3 && /\p{L}/u.test(w) && !isFunctionWord(w))
    .map(stem);
}

/** The run's vocabulary from each source's word set (its lines' content words), counted once per source. */
export function buildRunVocabulary(wordSets: readonly ReadonlySet<string>[]): RunVocabulary {
  const sourcesWith = new Map<string, number>();
  for (const words of wordSets) {
    for (const word of words) sourcesWith.set(word, (sourcesWith.get(word) ?? 0) + 1);
  }
  return { sourcesWith };
}

/**
 * Share of a line's content words that another source of the run also uses (null when the line has
 * fewer than three content words to judge by). `ownWords` is the set of words of the line's own source.
 */
export function sharedWithOtherSources(
  text: string,
  run: RunVocabulary,
  ownWords: ReadonlySet<string>,
): number | null {
  return wordsSharedWithOtherSources(new Set(contentWords(text)), run, ownWords);
}

/** The same, from the line's content words (see contentWords) as a set. */
export function wordsSharedWithOtherSources(
  words: ReadonlySet<string>,
  run: RunVocabulary,
  ownWords: ReadonlySet<string>,
): number | null {
  if (words.size < 3) return null;
  let shared = 0;
  for (const w of words) if ((run.sourcesWith.get(w) ?? 0) - (ownWords.has(w) ? 1 : 0) > 0) shared += 1;
  return shared / words.size;
}
