/**
 * Scope: what limits a fact to one event, place or part, read from its sentence and its article at extract time,
 * so that the compare stage never re-reads text. "Including one officer" is a part; "so far" a running total;
 * "in Takengon" a place; "in September" or "in April last year" another time frame than the story's own day.
 */
import type { Fact, FactScope, Sentence } from '../types.js';
import { countedClass, eventFamily, namesHappening, REPORTING_VERBS } from './events.js';
import { isDemonymWord } from './names.js';
import { aboutOtherEvent } from './other-event.js';
import type { DateFact, NumberFact, WeekdayFact } from './types.js';
import {
  DIED_PASSIVES, DIED_PREDICATES, KILLING_FORMS, PERPETRATOR_NOUNS, REFLEXIVES, SELF_KILLING_PHRASES, SELF_KILLING_VERBS,
} from '../language/en/perpetrator-death.js';

const words = (list: readonly string[]) => list.map((w) => w.replace(/[-\s]+/g, '[-\\s]+')).join('|');
/** A sentence that says the one who did it died: see language/en/perpetrator-death.ts. */
const PERPETRATOR_DIED = new RegExp(
  `\\b(?:(?:${words(KILLING_FORMS)})\\s+(?:and\\s+killed\\s+)?(?:${words(REFLEXIVES)})|${words(SELF_KILLING_PHRASES)}|` +
    SELF_KILLING_VERBS.map(({ forms, then }) => `(?:${words(forms)})\\s+(?:${words(then)})|`).join('') +
    `(?:${words(PERPETRATOR_NOUNS)})[\\s,]+(?:[\\p{L}\\d,'-]+\\s+){0,6}?` +
    `(?:${words(DIED_PREDICATES)}|(?:was|were|is|has been|had been)\\s+(?:\\p{L}+ly\\s+|later\\s+)?(?:${words(DIED_PASSIVES)})))\\b`,
  'iu',
);

/** Words that make a figure a running total rather than the count of one event or day. */
const CUMULATIVE = /\b(?:so far|in total|a total of|to date|(?:bringing|brought|brings) (?:the|to)|since the (?:start|beginning)|overall|altogether|cumulative|(?:rose|risen|climbed|jumped|increased) to|toll (?:has |had )?(?:rose|risen|climbed|reached|stood|stands))\b/i;

/** Prepositions that make the name after them the place a figure is counted in. */
const PLACE_BEFORE = /(?:\b(?:in|at|near|across|outside|inside|around|throughout)\s+(?:the\s+)?|\b(?:city|town|village|province|district|region|county|island)\s+of\s+)$/i;

/** A sentence that turns to another event: "Elsewhere, ...", "In a separate attack, ...". */
const OTHER_EVENT = /^\W*(?:elsewhere|meanwhile, in|in (?:a|another) (?:separate|similar|second|different|earlier|later)?\s*(?:attack|incident|strike|raid|case|development|clash))\b/i;

/** "30 people seriously injured", "two in critical condition": the worst hurt, a part of all the injured. */
const SEVERE = /^[^,;.]*?\b(?:(?:seriously|critically|severely|gravely|badly)\s+(?:injured|wounded|hurt)|(?:serious|critical)\s+condition)\b/i;

/** Where one clause of a sentence ends and another begins. */
const CLAUSE_BREAK = /[;]|,\s+(?:and|but|while|when)\b/;

/** How far from a figure a "so far" or a place still speaks of it, in characters. */
const NEAR = 40;

/** How many sentences make an article's lead, where it dates its event. */
const LEAD_SENTENCES = 6;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The scope of each number fact of one sentence, from the sentence's own words and facts. */
export function sentenceScope(fact: Fact, text: string, facts: readonly Fact[]): FactScope {
  const scope: FactScope = {};
  if (fact.kind === 'date') {
    if (/\b(?:about|around|approximately|roughly|some|shortly (?:after|before)|just (?:after|before)|nearly|almost|after|before)\s+$/i.test(text.slice(Math.max(0, fact.span[0] - 24), fact.span[0]))) scope.approx = true;
    const day = dayOf(facts);
    if (day !== undefined) scope.day = day;
    if (aboutOtherEvent(text, fact.span)) scope.otherEvent = true;
    return scope;
  }
  if (fact.kind !== 'number') return scope;
  if (isPart(fact as NumberFact, text, facts)) scope.part = true;
  if (isIncrement(fact, text)) scope.increment = true;
  if (OTHER_EVENT.test(text) || aboutOtherEvent(text, fact.span)) scope.otherEvent = true;
  if (CUMULATIVE.test(text.slice(Math.max(0, fact.span[0] - NEAR), fact.span[1] + NEAR)) || inWholeConflict(fact, text)) scope.cumulative = true;
  const side = sideOf(fact as NumberFact, text);
  if (side !== undefined) scope.side = side;
  if (SEVERE.test(text.slice(fact.span[1], fact.span[1] + NEAR))) scope.severe = true;
  const within = enclosure(fact, text, facts);
  if (within !== undefined) scope.within = within;
  const place = nearestPlace(fact, text, facts);
  if (place !== undefined) {
    scope.place = place.key;
    if (!place.after) scope.placeIsSetting = true;
  }
  if (isConversion(fact, text, facts)) scope.converted = true;
  const day = dayOf(facts);
  if (day !== undefined) scope.day = day;
  const era = eraOf(fact, text, facts);
  if (era !== undefined) scope.era = era;
  return scope;
}

/**
 * A part of a whole some source counts entire: "including one police officer", "five of the officers", "three
 * other rifles", "12 Somali and 11 Yemeni pirates".
 */
function isPart(fact: NumberFact, text: string, facts: readonly Fact[]): boolean {
  const before = text.slice(Math.max(0, fact.span[0] - 24), fact.span[0]);
  const after = text.slice(fact.span[1], fact.span[1] + 24);
  if (/\b(?:including|among them|among whom|among those|of whom|of them|among)\s+(?:\w+\s+)?$/i.test(before)) return true;
  if (/^\s+other\b/i.test(after)) return true;
  if (isIncrement(fact, text)) return true;
  // "The four hardest-hit villages", "the three worst-affected towns": the top of a larger count.
  if (/^\s+(?:[\p{L}]+-)?(?:hardest|worst|most|largest|biggest|best)\b/iu.test(after)) return true;
  // "Four robbers -- two dressed as women -- fled": a set-in detail of the count just before.
  // (Not a bracket: "85 million euros ($108 million)" is a conversion.)
  if (/(?:\s[-–—]{1,2}|[–—])\s*$/.test(before) && facts.some((f) => f.kind === 'number' && f.span[1] <= fact.span[0] && fact.span[0] - f.span[1] <= 40)) return true;
  if (splitsCountBefore(fact, before, facts)) return true;
  // The whole a part is taken from: "two of the train's six carriages".
  if (/\b(?:of|among)\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+'s\s+)?$/iu.test(before) && facts.some((f) => f.kind === 'number' && f.span[1] <= fact.span[0])) return true;
  // "Five of the officers died" is a part of the officers; "three of them exploded" is the count of what exploded.
  if (/^\s+of\s+(?:them|those|the|these|whom|which|its|their)\b/i.test(after)) return !objectEvent(text.slice(fact.span[1]));
  // A breakdown counts one thing in parts: "12 Somali and 11 Yemeni pirates", "two women and one man", not "24 dead
  // and 200 injured".
  return facts.some((other) => {
    if (other.kind !== 'number' || other === fact) return false;
    const [first, second] = other.span[0] > fact.span[0] ? [fact, other] : [other, fact];
    const join = BREAKDOWN_JOIN.exec(text.slice(first.span[1], second.span[0]))?.[1]?.toLowerCase();
    if (join === undefined || eventFamily(join) !== undefined) return false;
    // "12 Somali and 11 Yemeni pirates": the first part is named by its nationality alone.
    return isDemonymWord(join) || countedClass((other as NumberFact).about) === countedClass(fact.about);
  });
}

/**
 * "Shot two officers, killing one and wounding one": a count in a participle clause after a count of the same
 * people, of another event and no smaller, splits that count. The group shot may itself be part of the story's
 * whole, so the split is not the story's count of the dead or the injured.
 */
function splitsCountBefore(fact: NumberFact, before: string, facts: readonly Fact[]): boolean {
  if (fact.verb === undefined || eventFamily(fact.verb) === undefined) return false;
  if (!/(?:,|\band)\s+\p{L}+ing\s+(?:\p{L}+\s+)?$/iu.test(before)) return false;
  const family = eventFamily(fact.verb)!.id;
  const least = fact.quantity.min ?? fact.quantity.max;
  return facts.some((other) => {
    if (other.kind !== 'number' || other === fact || other.span[1] > fact.span[0]) return false;
    const whole = other as NumberFact;
    if (countedClass(whole.about) !== countedClass(fact.about) || eventFamily(whole.verb)?.id === family) return false;
    const most = whole.quantity.max ?? whole.quantity.min;
    return least !== null && most !== null && most >= least;
  });
}

/**
 * An addition to a count given elsewhere, not the whole: "another 20,000 marched", "a further five", "20 more
 * people", "five other workers were rescued". Outlets that each add to their own earlier figure can still be
 * compared with each other.
 */
function isIncrement(fact: Fact, text: string): boolean {
  const before = text.slice(Math.max(0, fact.span[0] - 24), fact.span[0]);
  const after = text.slice(fact.span[1], fact.span[1] + 12);
  return /\b(?:another|a further|an additional|an extra)\s+$/i.test(before) || /^\s+(?:more|other|further|additional)\b(?!\s+than\b)/i.test(after);
}

/** "Nine have been killed in the conflict": a count of the whole war, in the figure's own clause, is a running total. */
function inWholeConflict(fact: Fact, text: string): boolean {
  const m = /\b(?:killed|died|dead|wounded|injured)\s+(?:in|during)\s+the\s+(?:conflict|war|fighting|offensive|uprising)\b/i.exec(text.slice(fact.span[1], fact.span[1] + NEAR * 3));
  return m !== null && !CLAUSE_BREAK.test(text.slice(fact.span[1], fact.span[1] + m.index).replace(/,\s*including\b[^,]*,/gi, ' '));
}

/**
 * The side a count of people belongs to, when a nationality names it: "nine Israelis", "seven Israeli soldiers",
 * "600 Palestinians". Running totals of a conflict are kept per side.
 */
function sideOf(fact: NumberFact, text: string): string | undefined {
  if (fact.about !== undefined && isDemonymWord(fact.about)) return fact.about.replace(/s$/, '');
  // "Seven Israeli soldiers", "10 the number of Israelis who ...".
  const m = /^\s+(?:[\p{Ll}-]+\s+|the (?:number|total|toll|count) of\s+)?(\p{Lu}[\p{Ll}]+)\s+\p{Ll}/u.exec(text.slice(fact.span[1], fact.span[1] + 40));
  return m !== null && isDemonymWord(m[1]!.toLowerCase()) ? m[1]!.toLowerCase().replace(/s$/, '') : undefined;
}

/** Whether the clause after a partitive names what happened to things: they exploded, fell, were seized. */
function objectEvent(rest: string): boolean {
  const verb = /^\s+of\s+\w+\s+(?:\w+\s+)?(?:were\s+|was\s+|had\s+|have\s+)?(\w+)/i.exec(rest)?.[1]?.toLowerCase().replace(/(?:ed|d)$/, '');
  return verb !== undefined && ['explod', 'explode', 'detonat', 'detonate', 'land', 'fell', 'hit', 'struck', 'seiz', 'seize'].includes(verb);
}

/** What stands between the parts of a breakdown: one word, then "and"/"or". */
const BREAKDOWN_JOIN = /^\s+([\p{L}'-]+),?\s+(?:and|or)\s+$/u;

/** A figure in brackets right after another of the same kind: "€110 billion ($143 billion)", "1,150 km (700 miles)". */
function isConversion(fact: Fact, text: string, facts: readonly Fact[]): boolean {
  const opening = text.lastIndexOf('(', fact.span[0]);
  if (opening < 0 || !/^\(\s*(?:about|around|some|roughly|approximately)?\s*$/i.test(text.slice(opening, fact.span[0]).replace(/[$£€¥]/g, ''))) return false;
  return facts.some((other) => other.kind === 'number' && other !== fact && other.span[1] <= opening && opening - other.span[1] <= 3);
}

/**
 * An enclosure the count is limited to, in its own clause: "two landed inside the camp", "one fell within the
 * compound", "three exploded outside the camp" ("inside camp", "outside camp").
 */
function enclosure(fact: Fact, text: string, facts: readonly Fact[]): string | undefined {
  const rest = text.slice(fact.span[1], fact.span[1] + NEAR * 2);
  const m = /^(.*?)\b(inside|within|outside)\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}-]+\s+)?(camp|compound|building|school|prison|bank|store|shop|club|house|home|hospital|city|town|village|perimeter|area|zone)\b/iu.exec(rest);
  if (m === null) return undefined;
  // In the figure's own clause (a relative clause set in by commas may stand between), with no other count nearer.
  const between = m[1]!.replace(/,\s*(?:which|who)\b[^,]*,/gi, ' ');
  // "40 killed after missiles exploded outside the school": the enclosure is the clause's that follows.
  if (CLAUSE_BREAK.test(between) || /[,;]/.test(between) || /\b(?:after|when|as|while|because|since|before|where|until)\b/i.test(between)) return undefined;
  const at = fact.span[1] + m[1]!.length;
  if (facts.some((f) => f.kind === 'number' && f.span[0] >= fact.span[1] && f.span[0] < at)) return undefined;
  return `${m[2]!.toLowerCase() === 'outside' ? 'outside' : 'inside'} ${m[3]!.toLowerCase()}`;
}

/**
 * The place a figure is counted in: the "in X" place nearest to it in the same clause, so "31,000 in Bam in 2003,
 * and 600 in Zarand" gives each figure its own city.
 */
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

/** The day an event sentence names: a weekday, or the weekday of a full date; not the day of a report. */
function dayOf(facts: readonly Fact[]): string | undefined {
  for (const f of facts) {
    if (f.kind === 'weekday') {
      const w = f as WeekdayFact;
      if (w.verb !== undefined && REPORTING_VERBS.has(w.verb)) continue;
      if (w.relative !== undefined) continue;
      return String(w.value);
    }
    if (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
      return (f as DateFact).weekday ?? WEEKDAYS[new Date(`${f.value}T12:00:00Z`).getUTCDay()];
    }
  }
  return undefined;
}

/**
 * Another time frame: a month, a year, "last year", "two years ago", set at the head of the sentence ("In 2004,
 * a quake ...") or written next to the figure ("the 2004 tsunami that killed 230,000"); a year at the far end of
 * a long sentence ("... a region ravaged by the 2004 tsunami") is background to its own clause only.
 */
function eraOf(fact: Fact, text: string, facts: readonly Fact[]): string | undefined {
  // The nearest such date: "killed 31,000 in Bam in 2003, and 600 in Zarand in February in a 6.4 quake".
  let best: { era: string; distance: number } | undefined;
  for (const f of facts) {
    if (f.kind !== 'date' || typeof f.value !== 'string') continue;
    const distance = f.span[0] >= fact.span[1] ? f.span[0] - fact.span[1] : fact.span[0] - f.span[1];
    if (f.span[0] > 30 && distance > NEAR) continue;
    const era = eraKey(f.value);
    // A date that opens the sentence ("In April last year, ...") sets the background of all of it.
    // Else the nearest, in the figure's own clause first.
    const between = f.span[0] >= fact.span[1] ? text.slice(fact.span[1], f.span[0]) : text.slice(f.span[1], fact.span[0]);
    const weight = OPENS_SENTENCE.test(text.slice(0, f.span[0])) ? 0 : distance + (CLAUSE_BREAK.test(between) ? text.length : 0);
    if (era !== undefined && (best === undefined || weight < best.distance)) best = { era, distance: weight };
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

/**
 * The article's share of a fact's scope, over one source's sentences in order. A figure with no day of its own
 * belongs to the day the article leads with; background that a sentence sets ("In April last year a quake
 * struck ...") carries to the sentence right after it ("Five people died ..."), which has no time of its own.
 */
export function articleScopes(sentences: readonly Sentence[], facts: ReadonlyArray<readonly Fact[]>): Fact[][] {
  // The lead's day: a weekday tied to the event itself ("Monday's earthquake", "struck on Sunday") in the first
  // sentences, not the day of a reaction ("condemned on Friday") or of an event mentioned late.
  const leadDay = new Map<string, string>();
  sentences.forEach((s, i) => {
    if (leadDay.has(s.source) || s.index >= LEAD_SENTENCES) return;
    const day = dayOf(facts[i]!.filter((f) => f.kind !== 'weekday' || namesHappening((f as WeekdayFact).verb ?? f.about)));
    if (day !== undefined) leadDay.set(s.source, day);
  });
  // An article that says the perpetrator died may count the dead with or without him.
  const perpetratorDied = new Set(sentences.filter((s) => PERPETRATOR_DIED.test(s.text)).map((s) => s.source));
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
