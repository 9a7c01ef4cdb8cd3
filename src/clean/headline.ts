import type { RemovalReason } from '../types.js';
import { endsOpen, hasAttribution, isTitleCase, wordCount } from './text.js';

/**
 * Choosing the headline among the title-like lines above the article. Usually there is one.
 * When there are several, a title directly followed by a photo caption is the photo's title
 * ("Zelenskiy meets visiting Belgian PM De Wever in Kyiv" over "... (not pictured) ... REUTERS/..."),
 * unless it is the only one: a headline over a lead photo is still the headline.
 * The headline is kept apart, in neither `kept` nor `removed` (see index.ts).
 */

export interface HeadlineCandidate {
  /** Index among the non-blank lines. */
  index: number;
  text: string;
  /** The next non-blank line was removed as a photo caption. */
  followedByCaption: boolean;
}

export interface HeadlineChoice {
  headline?: number;
  /** The other candidates: removed with a reason, or (reason null) kept as article text. */
  others: { index: number; reason: RemovalReason | null }[];
}

/**
 * A candidate that is not the headline: a photo's title, a kicker or author name (title-cased),
 * or a standfirst that lost its full stop ("Ukrainian president says Kyiv has information ..."),
 * which is a claim and stays.
 */
function otherCandidateReason(candidate: HeadlineCandidate, aboveHeadline: boolean): RemovalReason | null {
  // Above the headline, a title over a caption is the photo's; below it, a summary line before a photo.
  if (candidate.followedByCaption && aboveHeadline) return 'caption';
  // "UPDATE May 5 —" leads into the paragraph under it.
  if (endsOpen(candidate.text)) return null;
  const reads = hasAttribution(candidate.text) || wordCount(candidate.text) >= 5;
  return reads && !isTitleCase(candidate.text) ? null : 'heading';
}

export function chooseHeadline(candidates: readonly HeadlineCandidate[]): HeadlineChoice {
  const chosen = candidates.find((c) => !c.followedByCaption) ?? candidates[0];
  const others = candidates
    .filter((c) => c !== chosen)
    .map((c) => ({ index: c.index, reason: otherCandidateReason(c, chosen === undefined || c.index < chosen.index) }));
  return chosen === undefined ? { others } : { headline: chosen.index, others };
}
