/**
 * Negated counts: "no casualties", "no one was hurt", "nobody", "none of the", "did not see any casualties". A
 * negated knowing or saying ("did not know of any threats") counts nothing.
 */
import { KNOWING_WORDS } from '../../facts/lexicon/en/knowing.js';
import { isClauseBoundary } from '../parse.js';
import type { ParsedSentence } from '../types.js';
import { nounAfter } from './noun-phrase.js';
import { REPORTING_VERBS } from './verbs.js';

export function readNegation(parsed: ParsedSentence, i: number): { first: number; last: number; nounFrom: number; person?: boolean } | undefined {
  const { tokens } = parsed;
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.lower === 'nobody' || t.lower === 'no-one') return { first: i, last: i, nounFrom: i + 1, person: true };
  if (t.lower === 'no' && tokens[i + 1]?.lower === 'one') return { first: i, last: i + 1, nounFrom: i + 2, person: true };
  if (t.lower === 'none' && tokens[i + 1]?.lower === 'of') return { first: i, last: i, nounFrom: i + 1 };
  if (t.lower === 'no' && tokens[i + 1]?.text !== '-' && tokens[i + 1]?.text !== '.') return { first: i, last: i, nounFrom: i + 1 };
  if (t.lower === 'any') {
    // "not ... any" / "n't ... any" / "never ... any" within a few words
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const w = tokens[k]?.lower ?? '';
      // "did not know of any threats", "would not say whether any": a negated knowing or saying counts nothing.
      if (w === 'not' || w === "n't" || w === 'never' || w === 'without') return tokens.slice(k + 1, i).some((x) => KNOWING.has(x.lemma)) ? undefined : { first: k, last: i, nounFrom: i + 1 };
      if (isClauseBoundary(tokens[k])) break;
    }
  }
  return undefined;
}

/** Verbs of knowing and saying: a negation over them denies the knowing, not the thing. */
const KNOWING: ReadonlySet<string> = new Set([...REPORTING_VERBS, ...KNOWING_WORDS]);

/** Plural count nouns only: "no casualties" is a count, "no evidence" is not. */
export function pluralNounAfter(parsed: ParsedSentence, from: number): { head: string; last: number } | undefined {
  const np = nounAfter(parsed, from);
  if (np.head === undefined) return undefined;
  const token = parsed.tokens[np.last];
  if (token === undefined || token.lemma === token.lower) return undefined;
  return { head: np.head, last: np.last };
}
