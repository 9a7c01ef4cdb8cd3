import { sameName } from '../../algebra/names.js';
import type { Claim, Contradiction, Fact } from '../../types.js';
import { disagreements, placedFacts } from './slots.js';

/**
 * Nouns that name one thing when written before a name: "the ferry Northern Light", "the town of Velmora".
 * Only vessels and places: people's titles are left out, since one claim may well quote two spokesmen.
 */
const ROLE_NOUNS = new Set([
  'ferry', 'ship', 'vessel', 'boat', 'tanker', 'freighter', 'yacht', 'plane', 'aircraft', 'jet', 'helicopter',
  'flight', 'train', 'town', 'village', 'city', 'capital', 'island', 'port', 'harbour', 'harbor', 'airport',
  'station', 'hospital', 'river', 'bridge', 'street', 'school', 'mine', 'camp', 'prison', 'hotel', 'stadium',
]);

/** "the passenger ferry Northern Light", "the town of Velmora", "the capital, Brenmark". */
const ROLE_BEFORE = /\b([a-z]+)(?:\s+of|,)?\s+$/;

/** Sources that give different names to the same thing: "the ferry Northern Light" / "the ferry Northern Star". */
export function nameContradictions(claim: Claim): Contradiction[] {
  const facts = placedFacts(claim, 'name');
  return disagreements(
    claim,
    'name',
    facts,
    (fact: Fact) => {
      const sentence = claim.sentences.find((s) => s.source === fact.source && s.line === fact.line);
      const before = sentence?.text.slice(Math.max(0, fact.span[0] - 30), fact.span[0]) ?? '';
      const role = ROLE_BEFORE.exec(before)?.[1];
      return role && ROLE_NOUNS.has(role) ? [role] : [];
    },
    (a, b) => sameName(String(a.fact.value), String(b.fact.value)),
  );
}
