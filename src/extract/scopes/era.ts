/**
 * Another time frame: a month, a year, "last year", "two years ago", set at the head of the sentence ("In 2004,
 * a quake ...") or written next to the figure ("the 2004 tsunami that killed 230,000"); a year at the far end of
 * a long sentence ("... a region ravaged by the 2004 tsunami") is background to its own clause only. A figure of
 * another time frame is another question than the story's own.
 */
import { capitalised } from '../../language/en/inflect.js';
import type { Fact } from '../../types.js';
import { CLAUSE_BREAK, NEAR, type ScopeRule } from './model.js';

export const era: ScopeRule = {
  name: 'era',
  kinds: ['number'],
  read: ({ fact, text, facts }) => {
    const found = eraOf(fact, text, facts);
    return found !== undefined ? { era: found } : {};
  },
  context: (scope) => (scope.era !== undefined ? { key: scope.era, label: eraInWords(scope.era) } : undefined),
};

/** An era as people write it: a month with its capital ("April"), "last year", a year as it is. */
function eraInWords(era: string): string {
  const month = /^month:([a-z]+)$/.exec(era)?.[1];
  if (month !== undefined) return capitalised(month);
  return era.replace(/^(?:relative|decade):/, '').replace(/-/g, ' ');
}

function eraOf(fact: Fact, text: string, facts: readonly Fact[]): string | undefined {
  // The nearest such date: "killed 31,000 in Bam in 2003, and 600 in Zarand in February in a 6.4 quake".
  let best: { era: string; distance: number } | undefined;
  for (const f of facts) {
    if (f.kind !== 'date' || typeof f.value !== 'string') continue;
    const distance = f.span[0] >= fact.span[1] ? f.span[0] - fact.span[1] : fact.span[0] - f.span[1];
    if (f.span[0] > 30 && distance > NEAR) continue;
    const found = eraKey(f.value);
    // A date that opens the sentence ("In April last year, ...") sets the background of all of it.
    // Else the nearest, in the figure's own clause first.
    const between = f.span[0] >= fact.span[1] ? text.slice(fact.span[1], f.span[0]) : text.slice(f.span[1], fact.span[0]);
    const weight = OPENS_SENTENCE.test(text.slice(0, f.span[0])) ? 0 : distance + (CLAUSE_BREAK.test(between) ? text.length : 0);
    if (found !== undefined && (best === undefined || weight < best.distance)) best = { era: found, distance: weight };
  }
  return best?.era;
}

/** What may stand before a date that opens its sentence: "In", "Late in", "On". */
const OPENS_SENTENCE = /^\W*(?:(?:in|on|during|since|by|early|late|mid|the)\s+)*$/i;

/** The background a date sets, if any: a year, a month, a decade, "last year", "two years ago". */
function eraKey(v: string): string | undefined {
  // A year stands for its months too: "in December 2003" and "in 2003" set the same background.
  if (/^\d{4}(?:-\d{2})?$/.test(v)) return v.slice(0, 4);
  if (v.startsWith('month:') || v.startsWith('decade:')) return v;
  if (/^relative:(?:last-(?:year|month)|\d+-(?:years|months)-ago)$/.test(v)) return v;
  return undefined;
}
