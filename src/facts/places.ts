/**
 * Places by name, as WordNet knows them (noun.location): whether two names are one place, one within the other
 * ("Houston" in "Texas", "Sicily" in "Italy"), or two places apart ("Leeds" / "Bradford", "Florida" /
 * "California"). Only the apart verdict asserts anything: a name WordNet lacks, or reads first as a person
 * ("Bradford" the printer), leaves the pair unknown.
 */
import { senseOffsets, synsetAt } from './wordnet.js';

export type PlaceRelation = 'same' | 'within' | 'apart' | 'unknown';

/** WordNet's lexicographer file of places. */
const LOCATION_FILE = 15;
/** Senses of a name read: a name's rarer senses are other places of that name ("Alexandria", Louisiana). */
const PLACE_SENSES = 2;
/** Part-of links followed up from a place: a town, its county, its state, its country, its continent, … */
const MAX_HOLONYM_STEPS = 6;

/** The place senses of a name among its first senses, or undefined when its first sense is not a place. */
function placeSenses(name: string): number[] | undefined {
  const offsets = senseOffsets(name.trim().toLowerCase().replace(/\s+/g, '_'), 'noun');
  if (offsets === undefined || offsets.length === 0) return undefined;
  const first = offsets.slice(0, PLACE_SENSES);
  if (synsetAt(first[0]!, 'noun').lexFile !== LOCATION_FILE) return undefined;
  return first.filter((o) => synsetAt(o, 'noun').lexFile === LOCATION_FILE);
}

/** Whether WordNet reads a name first as a place ("Florida", "Leeds"; not "Bradford" the printer). */
export function isPlaceName(name: string): boolean {
  return placeSenses(name) !== undefined;
}

/** A place and every whole it is part of ("#p" links), up to MAX_HOLONYM_STEPS. */
function wholesOf(offset: number): Set<number> {
  const seen = new Set([offset]);
  let frontier = [offset];
  for (let step = 0; step < MAX_HOLONYM_STEPS && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const o of frontier) {
      for (const p of synsetAt(o, 'noun').pointers) {
        if (p.symbol === '#p' && !seen.has(p.offset)) {
          seen.add(p.offset);
          next.push(p.offset);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * How two place names relate: `same` (one synset), `within` (one is part of the other, in any of their first
 * place senses), `apart` (places both, and in no reading one the other or within it), `unknown`.
 */
export function placeRelation(a: string, b: string): PlaceRelation {
  const [x, y] = [placeSenses(a), placeSenses(b)];
  if (x === undefined || y === undefined) return 'unknown';
  if (x.some((o) => y.includes(o))) return 'same';
  for (const ox of x) {
    const wx = wholesOf(ox);
    for (const oy of y) if (wx.has(oy) || wholesOf(oy).has(ox)) return 'within';
  }
  return 'apart';
}
