/**
 * Places by name, as WordNet knows them (noun.location): whether two names are one place, one within the other
 * ("Houston" in "Texas", "Sicily" in "Italy"), or two places apart ("Leeds" / "Bradford", "Florida" /
 * "California"). Only the apart verdict asserts anything: a name WordNet lacks, or reads first as a person
 * ("Bradford" the printer), leaves the pair unknown.
 *
 * Named natural features (noun.object: a range, a river, a lake, a sea) are places too, but they straddle borders
 * ("the Alps" lie in four countries) and WordNet links them to few of their wholes: two features of one kind are
 * apart ("the Alps" / "the Pyrenees", "the Thames" / "the Seine"), a feature within a place it is linked to agrees,
 * and a feature against any other place is unknown.
 */
import { senseOffsets, synsetAt } from './wordnet.js';

export type PlaceRelation = 'same' | 'within' | 'apart' | 'unknown';

/** WordNet's lexicographer file of places. */
const LOCATION_FILE = 15;
/** Senses of a name read: a name's rarer senses are other places of that name ("Alexandria", Louisiana). */
const PLACE_SENSES = 2;
/** Part-of links followed up from a place: a town, its county, its state, its country, its continent, … */
const MAX_HOLONYM_STEPS = 6;

/** WordNet's lexicographer file of natural objects: ranges, rivers, lakes, seas. */
const FEATURE_FILE = 17;

/** A name's first sense when it is a named natural feature (an instance of a kind: the Alps, a range). */
function featureSense(name: string): number | undefined {
  const first = senseOffsets(name.trim().toLowerCase().replace(/\s+/g, '_'), 'noun')?.[0];
  if (first === undefined) return undefined;
  const synset = synsetAt(first, 'noun');
  return synset.lexFile === FEATURE_FILE && synset.pointers.some((p) => p.symbol === '@i') ? first : undefined;
}

/** The kinds a named feature is an instance of ("range", "river"). */
function featureKinds(offset: number): number[] {
  return synsetAt(offset, 'noun').pointers.filter((p) => p.symbol === '@i').map((p) => p.offset);
}

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
  return placeSenses(name) !== undefined || featureSense(name) !== undefined;
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
  // A name is a natural feature (its one sense) or a place (its place senses); the two readings exclude each other.
  const [fa, fb] = [featureSense(a), featureSense(b)];
  const x = fa !== undefined ? [fa] : placeSenses(a);
  const y = fb !== undefined ? [fb] : placeSenses(b);
  if (x === undefined || y === undefined) return 'unknown';
  if (x.some((o) => y.includes(o))) return 'same';
  for (const ox of x) {
    const wx = wholesOf(ox);
    for (const oy of y) if (wx.has(oy) || wholesOf(oy).has(ox)) return 'within';
  }
  if (fa === undefined && fb === undefined) return 'apart';
  // Features straddle borders WordNet does not list: apart only from a feature of their own kind (two ranges, two rivers).
  return fa !== undefined && fb !== undefined && featureKinds(fa).some((k) => featureKinds(fb).includes(k)) ? 'apart' : 'unknown';
}
