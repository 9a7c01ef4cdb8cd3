/**
 * Frames of measured figures: a length (a depth, a distance from a named place or off the coast) and a change or
 * share in percent. Split from frames.ts, which frames counts and sums.
 */
import { isLength } from '../algebra/quantity.js';
import type { Frame } from '../types.js';
import type { NameFact, NumberFact, ParsedSentence, Token } from './types.js';

/**
 * The frame of a length: a depth ("10 km deep", "a depth of 10 km") or a distance from a named place ("55 km
 * from Bireun", "930 miles south of Tehran") or the capital ("80 km south of the capital").
 * Lengths without a place or a depth answer no shared question.
 */
export function lengthFrame(fact: NumberFact, sentence: string, names: readonly NameFact[]): Frame | undefined {
  if (!isLength(fact.about)) return undefined;
  const before = sentence.slice(Math.max(0, fact.span[0] - 30), fact.span[0]);
  const after = sentence.slice(fact.span[1], fact.span[1] + 40);
  if (/^\s*(?:[a-z]+\s*)?(?:\/\s*h\b|an hour|per hour|mph|kph)/i.test(after) || /^\s*(?:mph|kph)\b/i.test(after)) {
    return { key: 'speed', label: 'speed', measure: 'distance' };
  }
  // "10 km deep": the unit may stand between the figure and "deep".
  if (/\bdepth\s+of\s+(?:\w+\s+)?$/i.test(before) || /^\s*(?:[a-z]+\.?\s*)?(?:\([^)]*\)\s*)?(?:deep|below|beneath|underground|under)\b/i.test(after)) {
    return { key: 'depth', label: 'depth', measure: 'depth' };
  }
  // "1,150 kilometers (700 miles) southeast of Tehran", "55 km from the town of Bireuen", "36 miles) south-west of".
  const link = /^\s*(?:[a-z-]+\.?\s*)?\)?\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)[a-z-]*\s+of|from|away from|off|outside|of)\s+(?:the\s+)?(?:(?:port|city|town|capital|village|island|province) of\s+)?(?:the\s+)?/i.exec(after);
  if (link === null) return undefined;
  const placeStart = fact.span[1] + link[0].length;
  const place = names.find((n) => n.span[0] >= placeStart && n.span[0] <= placeStart + 16);
  // "20 miles off the coast": a story's coast is its own, as a named place is.
  if (place === undefined && /\boff\s+(?:the\s+)?$/i.test(link[0]) && /^(?:coast|shore|coastline|shoreline)\b(?!\s+of\b)/i.test(sentence.slice(placeStart))) {
    return { key: 'distance|coast', label: 'distance off the coast', measure: 'distance', of: 'coast' };
  }
  // "80 km south of the capital": the one capital of the story's country, as a named place is one place. (Not "the
  // epicentre" or "the border", which other places of the story are told from.)
  if (place === undefined && /\bthe\s+$/i.test(link[0]) && /^capital\b(?!\s+of\b)/i.test(sentence.slice(placeStart))) {
    return { key: 'distance|capital', label: 'distance from the capital', measure: 'distance', of: 'capital' };
  }
  if (place === undefined) return undefined;
  const key = String(place.value);
  return { key: `distance|${key}`, label: `distance from ${place.text}`, measure: 'distance', of: key };
}

const FALLS = new Set(['fall', 'drop', 'plunge', 'slide', 'decline', 'lose', 'tumble', 'sink', 'slump', 'shed', 'dip', 'crash', 'cut', 'shrink']);
const RISES = new Set(['rise', 'climb', 'jump', 'gain', 'soar', 'surge', 'increase', 'grow', 'rally', 'add', 'advance']);

/**
 * The frame of a change in percent ("stocks plunged 5.4%", "stocks closed down 3.9 percent"): what moved, the
 * nearest noun before the figure, and which way. A share ("20% of the territory") is framed by what it is of.
 */
export function percentFrame(fact: NumberFact, parsed: ParsedSentence): Frame | undefined {
  if (fact.about !== 'percent') return undefined;
  const at = parsed.tokens.findIndex((t) => t.start >= fact.span[0]);
  let way: 'down' | 'up' | undefined;
  let what = fact.of;
  for (let k = at - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = parsed.tokens[k] as Token;
    if (way === undefined && (FALLS.has(t.lemma) || t.lower === 'down')) way = 'down';
    else if (way === undefined && (RISES.has(t.lemma) || t.lower === 'up')) way = 'up';
    else if (what === undefined && way !== undefined && t.pos === 'NOUN') what = t.lemma;
    if (t.text === ',' || t.text === ';') break;
  }
  if (what === undefined) return undefined;
  const key = `percent|${what}|${way ?? ''}`;
  // One noun does not tell which share or which move ("60 per cent of web services in India", "82 percent of voice
  // traffic in India"): only sentences stating one claim are sure to ask the same.
  return { key, label: way ? `${what}: percent ${way}` : `share of ${what}`, measure: 'percent', alignedOnly: true };
}
