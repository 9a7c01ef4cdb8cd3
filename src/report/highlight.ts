import { diffWords } from 'diff';
import type { Piece } from './wrap.js';

/**
 * Split `text` into pieces, marking the words it has that `reference` does not (jsdiff's word diff),
 * so a reader sees at a glance where two outlets' wordings of one claim part.
 */
export function markDifferences(reference: string, text: string): Piece[] {
  if (reference === text) return [{ text }];
  return diffWords(reference, text)
    .filter((change) => !change.removed)
    .map((change) => (change.added ? { text: change.value, style: 'changed' as const } : { text: change.value }));
}
