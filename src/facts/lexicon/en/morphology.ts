/**
 * English word forms the measures' labels need: the gerund of a verb ("marry" -> "marrying", "stop" -> "stopping")
 * and the plural of a unit ("week" -> "weeks"). A rule and its exceptions, not a dictionary.
 */

/** Verbs whose gerund the rule below gets wrong: a stressed last syllable doubles its consonant. */
const GERUND_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['be', 'being'], ['see', 'seeing'], ['agree', 'agreeing'], ['flee', 'fleeing'], ['free', 'freeing'],
  ['admit', 'admitting'], ['commit', 'committing'], ['submit', 'submitting'], ['permit', 'permitting'],
  ['occur', 'occurring'], ['prefer', 'preferring'], ['refer', 'referring'], ['regret', 'regretting'],
  ['control', 'controlling'], ['patrol', 'patrolling'], ['compel', 'compelling'], ['expel', 'expelling'],
  ['begin', 'beginning'], ['forget', 'forgetting'], ['upset', 'upsetting'], ['transfer', 'transferring'],
  ['acquit', 'acquitting'], ['rebel', 'rebelling'], ['equip', 'equipping'], ['quit', 'quitting'],
]);

/** The -ing form of a verb lemma. */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  const known = GERUND_EXCEPTIONS.get(v);
  if (known !== undefined) return known;
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (/(?:ee|ye|oe)$/.test(v)) return `${v}ing`;
  if (v.endsWith('e') && v.length > 2) return `${v.slice(0, -1)}ing`;
  // One syllable ending consonant-vowel-consonant doubles the consonant: stop, shut, rob (not w, x, y: "row", "fix").
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v)) return `${v}${v.slice(-1)}ing`;
  return `${v}ing`;
}

/** The past participle of a regular verb lemma ("fire" -> "fired", "stop" -> "stopped"); irregular ones as they come. */
export function pastParticiple(verb: string): string {
  const ing = gerund(verb);
  const stem = ing.slice(0, -3);
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${stem}ed`;
}

/** A unit word for a count: "1 week", "3 weeks". */
export function unitWords(amount: number, unit: string): string {
  return amount === 1 ? unit : unit.endsWith('s') ? unit : `${unit}s`;
}
