import type { RemovalReason } from '../types.js';

/** What a rule may know about a line: the line itself, its neighbours and where it sits in the article. */
export interface LineContext {
  /** The line with surrounding whitespace trimmed. */
  text: string;
  /** The previous and next non-blank lines (trimmed), when there are any. */
  previous?: string;
  next?: string;
  /** Stands alone as a paragraph: a blank line (or the edge of the text) above and below. */
  isolated: boolean;
  /** The document separates paragraphs with blank lines (web pages) rather than one sentence per line (ECB). */
  paragraphStyle: boolean;
  /** At least one line of running article text has been kept above this one. */
  bodyStarted: boolean;
  /** The page's outlet, as its source id names it (see outlet.ts); empty when unknown. */
  outlet?: readonly string[];
}

/** A rule: says why a line is clutter, or null when it has nothing against it. */
export type LineRule = (line: LineContext) => RemovalReason | null;

/** Runs rules in order; the first that objects decides the reason. */
export function firstReason(rules: readonly LineRule[], line: LineContext): RemovalReason | null {
  for (const rule of rules) {
    const reason = rule(line);
    if (reason !== null) return reason;
  }
  return null;
}
