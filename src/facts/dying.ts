/**
 * Who died: the name or pronoun a word of dying is said of ("Bernie Coyle, the star of the show, has died", "he died",
 * "Coyle's death", "his death"), for the measures of a death (its age, its cause). A pronoun is the one person the
 * run names for the question (PERSON).
 */
import { DEATH_LEMMAS, DEATH_PHRASES } from './lexicon/en/death-words.js';
import { PERSON, type Subject, type Token } from './model.js';
import { nameSubject, type NameAt } from './tokens.js';

/** How far an appositive may reach between a name and its verb: "Coyle, the much-loved star of ..., has died". */
const MAX_APPOSITIVE = 30;

/** A word of dying at token i ("died", "death", "passed away"): the token after it, and whether it is a verb. */
export function deathAt(tokens: readonly Token[], i: number): { after: number; verb: boolean } | undefined {
  const t = tokens[i]!;
  if (DEATH_LEMMAS.has(t.lemma)) return { after: i + 1, verb: t.pos === 'VERB' };
  const phrase = DEATH_PHRASES.get(t.lemma);
  return phrase !== undefined && tokens[i + 1]?.lower === phrase ? { after: i + 2, verb: true } : undefined;
}

/** The name that ends at token k, if one does. */
function nameEndingAt(names: readonly NameAt[], k: number): NameAt | undefined {
  return names.find((n) => n.last === k || (n.last === k - 1 && /^['’]s$/.test(n.key)));
}

/** Who died: the name or pronoun the death word is said of. */
export function whoDied(tokens: readonly Token[], names: readonly NameAt[], death: number): Subject | undefined {
  const word = tokens[death]!;
  let k = death - 1;
  if (word.pos === 'NOUN') {
    // "his death", "Coyle's death".
    if (['his', 'her'].includes(tokens[k]?.lower ?? '')) return PERSON;
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) {
      const name = names.find((n) => n.last === k - 1 || n.last === k);
      return name === undefined ? undefined : nameSubject(name);
    }
    return undefined;
  }
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos)) k--;
  if (tokens[k]?.lower === 'who') k--;
  if (['he', 'she'].includes(tokens[k]?.lower ?? '')) return PERSON;
  // An appositive between the name and its verb: "Coyle, the star of the show, has died".
  if (tokens[k]?.text === ',') {
    for (let j = k - 1; j >= 0 && j >= k - MAX_APPOSITIVE; j--) {
      if (tokens[j]!.text === ',' || j === 0) {
        const before = tokens[j]!.text === ',' ? j - 1 : -1;
        const name = before >= 0 ? nameEndingAt(names, before) : undefined;
        if (name !== undefined) return nameSubject(name);
        break;
      }
    }
    const name = nameEndingAt(names, k - 1);
    return name === undefined ? undefined : nameSubject(name);
  }
  const name = nameEndingAt(names, k);
  return name === undefined ? undefined : nameSubject(name);
}

