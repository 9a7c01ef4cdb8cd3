/**
 * The article's share of a fact's scope, over one source's sentences in order. A figure with no day of its own
 * belongs to the day the article leads with; background that a sentence sets ("In April last year a quake
 * struck ...") carries to the sentence right after it ("Five people died ..."), which has no time of its own; a
 * count of the dead in an article that says the perpetrator died may count him or not.
 */
import type { Fact, FactScope, Sentence } from '../../types.js';
import { namesHappening } from '../events.js';
import type { WeekdayFact } from '../types.js';
import { dayOf } from './day.js';
import { saysPerpetratorDied } from './perpetrator-died.js';

/** How many sentences make an article's lead, where it dates its event. */
const LEAD_SENTENCES = 6;

export function articleScopes(sentences: readonly Sentence[], facts: ReadonlyArray<readonly Fact[]>): Fact[][] {
  // The lead's day: a weekday tied to the event itself ("Monday's earthquake", "struck on Sunday") in the first
  // sentences, not the day of a reaction ("condemned on Friday") or of an event mentioned late.
  const leadDay = new Map<string, string>();
  sentences.forEach((s, i) => {
    if (leadDay.has(s.source) || s.index >= LEAD_SENTENCES) return;
    const day = dayOf(facts[i]!.filter((f) => f.kind !== 'weekday' || namesHappening((f as WeekdayFact).verb ?? f.about)));
    if (day !== undefined) leadDay.set(s.source, day);
  });
  const perpetratorDied = new Set(sentences.filter((s) => saysPerpetratorDied(s.text)).map((s) => s.source));
  let previous: { source: string; era?: string } | undefined;
  return sentences.map((s, i) => {
    const own = facts[i]!;
    const ownEra = own.find((f) => f.scope?.era !== undefined)?.scope?.era;
    const ownDay = own.find((f) => f.scope?.day !== undefined)?.scope?.day;
    const carried = ownEra ?? (ownDay === undefined && previous?.source === s.source ? previous.era : undefined);
    previous = carried !== undefined && ownEra !== undefined ? { source: s.source, era: carried } : { source: s.source };
    return own.map((f) => {
      if (f.frame === undefined && f.scope === undefined) return f;
      const scope: FactScope = { ...f.scope };
      // A fact's own time frame stands; the sentence's (or the one before it) fills in only where it has none.
      if (carried !== undefined) scope.era ??= carried;
      else if (scope.day === undefined && leadDay.has(s.source)) scope.day = leadDay.get(s.source)!;
      if (perpetratorDied.has(s.source) && f.frame?.event === 'kill') scope.perpetratorDied = true;
      return { ...f, scope };
    });
  });
}
