import { isAllCaps, isMostlyNonLatin } from '../../text.js';
import { flag, type Feature } from './feature.js';

/** The line's shape: length, punctuation, function words, capitals, digits (boilerpipe's and jusText's signals). */

const LOG_64 = Math.log(64);

function capitalShare(text: string, words: readonly string[]): number {
  if (words.length === 0) return 0;
  const raw = text.slice(0, 600).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (raw.length === 0) return 0;
  return raw.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length / raw.length;
}

function digitShare(text: string): number {
  const sample = text.slice(0, 300).replace(/\s/g, '');
  if (sample.length === 0) return 0;
  return (sample.match(/\p{N}/gu)?.length ?? 0) / sample.length;
}

export const SHAPE_FEATURES: readonly Feature[] = [
  { name: 'length', reason: null, value: (f, i) => Math.min(Math.log1p(f.lines[i]!.words) / LOG_64, 1) },
  { name: 'very-short', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.words <= 3) },
  { name: 'short', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.words <= 8) },
  { name: 'ends-sentence', reason: null, value: (f, i) => flag(f.lines[i]!.endsSentence) },
  { name: 'ends-open', reason: null, value: (f, i) => flag(f.lines[i]!.endsOpen) },
  { name: 'function-share', reason: null, value: (f, i) => f.lines[i]!.functionShare },
  { name: 'no-function-words', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.functionShare === 0) },
  {
    name: 'capitals',
    reason: 'related-content',
    value: (f, i) => capitalShare(f.page.texts[i] ?? '', f.lines[i]!.bare),
  },
  { name: 'digits', reason: 'timestamp', value: (f, i) => Math.min(digitShare(f.page.texts[i] ?? '') * 3, 1) },
  { name: 'all-caps', reason: 'navigation', value: (f, i) => flag(isAllCaps(f.page.texts[i] ?? '')) },
  { name: 'list-item', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.listItem) },
  {
    name: 'in-brackets',
    reason: 'credit',
    value: (f, i) => flag(/^\(.*\)\.?$/su.test((f.page.texts[i] ?? '').slice(0, 300))),
  },
  { name: 'prose', reason: null, value: (f, i) => flag(f.lines[i]!.prose) },
  { name: 'non-latin', reason: null, value: (f, i) => flag(isMostlyNonLatin(f.page.texts[i] ?? '')) },
];
