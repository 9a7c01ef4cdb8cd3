/**
 * Block: where on a street the story happened, as US news writes it ("in the 12200 block of 223rd Street"). The
 * question is the street, asked of the event: two outlets that put the scene on one street give its block.
 * Blocks compare as figures: "12000 block" may be "12200 block" written loosely (a rounder figure), "12200" and
 * "12500" differ: possibly, since one street may hold two places of the story. A source that gives two blocks of one street (the victim's home, then the scene)
 * shows the street has several places in the story, and the question is left out.
 */
import { STREET_SIDES, STREET_TYPES } from '../lexicon/en/streets.js';
import { EVENT, evidenceOf, type FactValue, type Measure, type SentenceContext, type TypedFact } from '../model.js';
import { quantityVerdict } from '../values.js';

/** A block number, "block of", and up to five words of the street after it (its side, name and type). */
const BLOCK = /\b(\d{2,6})\s+block\s+of\s+((?:[\p{Lu}\d][\p{L}\d'’.-]*)(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*){0,4})/gu;

function read(context: SentenceContext): TypedFact[] {
  const text = context.sentence.text;
  const facts: TypedFact[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const street = streetOf(match[2]!);
    if (street === undefined) continue;
    const block = Number(match[1]);
    const start = match.index;
    facts.push({
      measure: 'block',
      subject: EVENT,
      attribute: { id: `block|${street.key}`, label: `block of ${street.written}` },
      value: { type: 'quantity', min: block, max: block, unit: 'block' },
      scope: {},
      evidence: evidenceOf(context, [start, start + match[1]!.length + ' block'.length]),
    });
  }
  return facts;
}

/**
 * A street's name as one question ("223rd" of "East 223rd Street") and as written, up to its type word; a run of
 * capitalised words with no type word ("Main Street" aside) is read to its end. Undefined when only side and type
 * words are left.
 */
function streetOf(words: string): { key: string; written: string } | undefined {
  const list = words.split(/\s+/);
  const plain = list.map((w) => w.toLowerCase().replace(/[.’']/g, ''));
  const typeAt = plain.findIndex((w, i) => i > 0 && STREET_TYPES.has(w));
  const end = typeAt >= 0 ? typeAt + 1 : list.length;
  const name = plain.slice(0, end).filter((w, i) => !(i === 0 && STREET_SIDES.has(w)) && !STREET_TYPES.has(w));
  if (name.length === 0) return undefined;
  return { key: name.join(' '), written: list.slice(0, end).join(' ').replace(/[.,]$/, '') };
}

export const block: Measure = {
  id: 'block',
  read,
  // Two blocks of one street are at most possible: a story may have two places on it (where a fight began,
  // where the shots were fired), and each outlet may tell a different one.
  compare(a: FactValue, b: FactValue) {
    return a.type === 'quantity' && b.type === 'quantity' && quantityVerdict(a, b) !== 'agree' ? 'possible' : 'agree';
  },
  words(value) {
    return value.type === 'quantity' ? `${value.min} block` : '';
  },
  recurs: true,
};
