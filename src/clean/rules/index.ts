import type { LineRule } from '../context.js';
import { advertisementRule } from './advertisement.js';
import { bylineRule } from './byline.js';
import { captionRule } from './caption.js';
import { commentsRule } from './comments.js';
import { copyrightRule } from './copyright.js';
import { creditRule } from './credit.js';
import { datelineRule } from './dateline.js';
import { headingRule } from './heading.js';
import { navigationRule } from './navigation.js';
import { relatedContentRule } from './related-content.js';
import { socialEmbedRule } from './social-embed.js';
import { timestampRule } from './timestamp.js';
import { urlRule } from './url.js';
import { contactRule } from './contact.js';
import { pageVoiceRule } from './page-voice.js';
import { promotionRule } from './promotion.js';
import { readerCallRule } from './reader-call.js';
import { updateLogRule } from './update-log.js';
import { videoRule } from './video.js';

/**
 * The line rules for the article's part of the page, most specific first: a tweet link is
 * 'social-embed' before it is 'url'; "Related: <title>" is 'related-content' before it is a
 * heading; a comment signature is 'comments' before it is a time stamp; shape-only rules
 * (dateline, navigation labels, sub-heads) come last.
 */
export const ARTICLE_RULES: readonly LineRule[] = [
  copyrightRule,
  socialEmbedRule,
  urlRule,
  videoRule,
  advertisementRule,
  promotionRule,
  updateLogRule,
  contactRule,
  commentsRule,
  relatedContentRule,
  creditRule,
  captionRule,
  bylineRule,
  timestampRule,
  datelineRule,
  navigationRule,
  pageVoiceRule,
  readerCallRule,
  headingRule,
];

/**
 * Below the article only rules that name a line's own kind apply; everything else takes the
 * reason of its section (comments, related content), so a comment that happens to be short and
 * title-like is a comment, not a heading.
 */
export const TAIL_RULES: readonly LineRule[] = [
  copyrightRule,
  socialEmbedRule,
  urlRule,
  videoRule,
  advertisementRule,
  promotionRule,
  updateLogRule,
  contactRule,
  commentsRule,
  timestampRule,
  navigationRule,
  creditRule,
  bylineRule,
];
