/**
 * How news tells how long someone has served: "a 12-year veteran of the force", "had served eight years on the
 * force", "had been with the department for 12 years". One question of a person (years of service), whatever the
 * wording.
 */

/** Nouns of the body a person serves in: "on the force", "with the department". */
export const SERVICE_BODIES: ReadonlySet<string> = new Set([
  'force', 'department', 'agency', 'police', 'office', 'service', 'sheriff', 'army', 'military', 'navy', 'corps', 'unit',
  'squad', 'bureau', 'company', 'firm', 'team', 'job', 'post', 'patrol', 'district', 'county', 'city', 'state', 'school',
]);

/** Verbs of serving: "served eight years", "worked 20 years with the county". */
export const SERVING_VERBS: ReadonlySet<string> = new Set(['serve', 'work']);

/** Words before a figure of years that make it approximate: "nearly 12 years", "more than 20 years". */
export const TENURE_HEDGES: ReadonlyMap<string, 'below' | 'above' | 'about'> = new Map([
  ['nearly', 'below'], ['almost', 'below'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['some', 'about'],
  ['over', 'above'], ['more', 'above'],
]);
