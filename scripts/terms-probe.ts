/**
 * Show what WordNet knows about terms and how termRelation judges pairs, to tune the sibling rule and its list:
 *   npx vite-node scripts/terms-probe.ts -- rifle/handgun boy/girl --senses officer
 */
import { glossAt, senseOffsets, synsetAt, type WordNetPos } from '../src/facts/wordnet.js';
import { termRelation } from '../src/facts/terms.js';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const pos: WordNetPos = args.includes('--adj') ? 'adj' : 'noun';
const showSenses = args.includes('--senses');

function chain(offset: number, depth: number): string {
  const synset = synsetAt(offset, pos);
  // Nouns go up by hypernyms; an adjective satellite goes to its cluster's head.
  const isUp = (symbol: string): boolean =>
    pos === 'noun' ? symbol === '@' || symbol === '@i' : synset.type === 's' && symbol === '&';
  const up = synset.pointers.filter((p) => isUp(p.symbol));
  const name = synset.words.slice(0, 3).join(',');
  if (depth === 0 || up.length === 0) return name;
  return `${name} < ${up.map((p) => chain(p.offset, depth - 1)).join(' | ')}`;
}

for (const arg of args.filter((a) => !a.startsWith('--'))) {
  const [a, b] = arg.split('/');
  if (showSenses || b === undefined) {
    for (const word of b === undefined ? [a ?? ''] : [a ?? '', b]) {
      const offsets = senseOffsets(word.toLowerCase().replace(/ /g, '_'), pos) ?? [];
      offsets.forEach((offset, i) => {
        console.log(`${word}.${i + 1} ${offset} ${chain(offset, 6)}\n    ${glossAt(offset, pos).slice(0, 100)}`);
      });
    }
  }
  if (b !== undefined) console.log(`${a} / ${b}: ${JSON.stringify(termRelation(a ?? '', b, pos))}`);
}
