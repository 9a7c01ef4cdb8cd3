import { diffWords } from 'diff';
import type { Piece } from './wrap.js';

/**
 * Split `text` into pieces, marking the words it has that `reference` does not: jsdiff's word diff, less
 * the words that only moved (outlets reorder clauses freely; "200 workers" at the other end of the sentence
 * is not a difference worth the reader's eye).
 */
export function markDifferences(reference: string, text: string): Piece[] {
  if (reference === text) return [{ text }];
  const referenceWords = new Set(reference.split(/\s+/).map(wordForm).filter(Boolean));
  const pieces: Piece[] = [];
  for (const change of diffWords(reference, text)) {
    if (change.removed) continue;
    if (!change.added) {
      pieces.push({ text: change.value });
      continue;
    }
    for (const part of change.value.split(/(\s+)/)) {
      if (part === '') continue;
      const moved = /^\s+$/.test(part) || referenceWords.has(wordForm(part));
      pieces.push(moved ? { text: part } : { text: part, style: 'changed' });
    }
  }
  return pieces;
}

/** A word as compared for "does the reference use it": case and surrounding punctuation ignored. */
function wordForm(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The sentence of a claim the others are marked against: the one whose words the other sentences share most (the
 * majority's wording), not the first source's, which may be the odd one out. Ties go to the earlier sentence.
 */
export function referenceSentence<T extends { text: string }>(sentences: readonly T[]): T | undefined {
  const words = sentences.map((s) => new Set(s.text.split(/\s+/).map(wordForm).filter(Boolean)));
  let best: T | undefined;
  let bestScore = -1;
  for (const [i, s] of sentences.entries()) {
    let score = 0;
    for (const [j, other] of words.entries()) {
      if (i === j) continue;
      for (const w of words[i]!) if (other.has(w)) score++;
    }
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
