/**
 * How broad a noun is: a word that names a class of many kinds ("ship", "boat", "car", "house") is one outlets pick
 * loosely for the same thing, so two such words are no contradiction even where WordNet files them side by side
 * ("a ship" / "a boat"); words for particular kinds ("ferry" / "tugboat", "sedan" / "SUV", "boy" / "girl") are.
 */
import { senseOffsets, synsetAt } from './wordnet.js';

/** Kinds below a noun's first sense from which it names a class rather than a kind: a few dozen. */
const BROAD_CLASS_KINDS = 30;
/** Hyponym links WordNet marks: kinds (`~`) and instances (`~i`). */
const HYPONYM_SYMBOLS: ReadonlySet<string> = new Set(['~', '~i']);

const breadth = new Map<string, boolean>();

/** Whether a noun's first sense has at least a few dozen kinds below it. */
export function isBroadClass(lemma: string): boolean {
  const known = breadth.get(lemma);
  if (known !== undefined) return known;
  // A collocation WordNet lacks is judged by its last word, as termRelation judges it ("security vehicle": vehicle).
  const first = senseOffsets(lemma.replace(/\s+/g, '_'), 'noun')?.[0] ?? (/\s/.test(lemma) ? senseOffsets(lemma.split(/\s+/).pop()!, 'noun')?.[0] : undefined);
  const broad = first !== undefined && kindsBelow(first, BROAD_CLASS_KINDS) >= BROAD_CLASS_KINDS;
  breadth.set(lemma, broad);
  return broad;
}

/** The kinds below a synset, counted breadth first up to `enough`. */
function kindsBelow(offset: number, enough: number): number {
  const seen = new Set<number>();
  const queue = [offset];
  while (queue.length > 0 && seen.size < enough) {
    for (const p of synsetAt(queue.shift()!, 'noun').pointers) {
      if (!HYPONYM_SYMBOLS.has(p.symbol) || seen.has(p.offset)) continue;
      seen.add(p.offset);
      queue.push(p.offset);
    }
  }
  return seen.size;
}
