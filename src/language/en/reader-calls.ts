/**
 * A page's calls to its reader, as data: the imperative verbs that open one ("Watch ...", "Click ...") and the
 * words for a medium or the page that such a call names ("video", "interview", "coverage", "here"). One concept
 * each; the rule (clean/rules/reader-call.ts) needs both in one short line.
 */
export const MEDIA_CALL_VERBS: readonly string[] = [
  'watch', 'click', 'tap', 'see', 'view', 'listen', 'look for', 'read more', 'read the', 'tune in', 'stream',
  'scroll', 'swipe', 'check out', 'find out more', 'learn more',
];

export const MEDIA_CALL_WORDS: readonly string[] = [
  'video', 'videos', 'interview', 'coverage', 'here', 'live', 'on air', 'online', 'gallery', 'photos', 'slideshow',
  'podcast', 'broadcast', 'newscast', 'app', 'website', 'below', 'above', 'full story', 'more stories', 'channel',
];
