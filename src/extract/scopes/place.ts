/**
 * The place a figure is counted in: the "in X" place nearest to it in the same clause ("31,000 in Bam in 2003, and
 * 600 in Zarand"), or the place its sentence is set in. A place few sources name sets a figure apart (another
 * event's, "a massacre in Orlando"); so does, for a background figure, a place the count is limited to ("killed
 * 170,000 in Sumatra"), but not the place a background event struck ("struck near X, killing seven").
 */
import type { Fact, FactScope } from '../../types.js';
import { CLAUSE_BREAK, NEAR, type RunContext, type ScopeRule } from './model.js';

/** Prepositions that make the name after them the place a figure is counted in. */
const PLACE_BEFORE = /(?:\b(?:in|at|near|across|outside|inside|around|throughout)\s+(?:the\s+)?|\b(?:city|town|village|province|district|region|county|island)\s+of\s+)$/i;

export const place: ScopeRule = {
  name: 'place, placeIsSetting',
  kinds: ['number'],
  read: ({ fact, text, facts }) => {
    const found = nearestPlace(fact, text, facts);
    if (found === undefined) return {};
    return { place: found.key, ...(!found.after ? { placeIsSetting: true as const } : {}) };
  },
  context: (scope, run) => (keepsPlace(scope, run) ? { key: scope.place!, label: `in ${run.placeNames?.get(scope.place!) ?? scope.place!}` } : undefined),
};

function keepsPlace(scope: FactScope, { commonPlaces }: RunContext): boolean {
  if (scope.place === undefined) return false;
  return !commonPlaces.has(scope.place) || (scope.era !== undefined && scope.placeIsSetting !== true);
}

function nearestPlace(fact: Fact, text: string, facts: readonly Fact[]): { key: string; after: boolean } | undefined {
  let best: { key: string; distance: number; after: boolean } | undefined;
  for (const name of facts) {
    if (name.kind !== 'name') continue;
    if (!PLACE_BEFORE.test(text.slice(Math.max(0, name.span[0] - 30), name.span[0]))) continue;
    const [from, to] = name.span[0] >= fact.span[1] ? [fact.span[1], name.span[0]] : [name.span[1], fact.span[0]];
    const between = text.slice(from, to);
    if (to - from > NEAR * 2 || CLAUSE_BREAK.test(between)) continue;
    // "in Thessaloniki, where another 20,000 marched" limits the figure as "20,000 in Thessaloniki" does.
    const limits = name.span[0] >= fact.span[1] || /^,?\s+where\s+(?:[\p{L}-]+\s+){0,3}$/u.test(between);
    if (!best || to - from < best.distance) best = { key: String(name.value), distance: to - from, after: limits };
  }
  // Else a place the sentence is set in ("six weeks after a massacre at a nightclub in Orlando, where ... 49"):
  // the compare stage sets it apart only when few sources name it.
  if (best !== undefined) return best;
  const setting = facts.find((n) => n.kind === 'name' && PLACE_BEFORE.test(text.slice(Math.max(0, n.span[0] - 30), n.span[0])));
  return setting === undefined ? undefined : { key: String(setting.value), after: false };
}
