import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { isShort, normalizeLabel } from '../text.js';
import { isCommentSignature } from './timestamp.js';

/**
 * Reader comments. The thread's header ("5 Comments", "Leave a comment") and the furniture of each
 * comment (a user name with a time stamp, "Reply", "Report") are recognisable on their own; the
 * comments' sentences are not, so the thread's header also ends the article (see end-of-article.ts).
 */

const THREAD_HEADERS = new Set([
  'comments', 'comment', 'reader comments', 'readers comments', "readers' comments", 'user comments',
  'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'write a comment', 'add comment',
  'join the conversation', 'join the discussion', 'start the conversation', 'show comments', 'view comments',
  'read comments', 'load comments', 'see all comments', 'view all comments', 'show all comments',
  'comments are closed', 'commenting has been disabled', 'commenting is closed', 'most liked comments',
  'newest comments', 'oldest comments', 'top comments', 'login to comment', 'log in to comment',
  'sign in to comment', 'have your say', 'loading comments', 'comment now',
]);

/** "5 Comments", "Comments (12)", "View 3 comments", "12 replies". */
const COUNTED_HEADER = /^(?:(?:view|show|read|see|load) )?(?:all )?\d{1,6} (?:comments?|replies|reactions)$|^comments? \(\d{1,6}\)$/;

/** The buttons under each comment. */
const COMMENT_ACTIONS = new Set([
  'reply', 'report', 'report abuse', 'report comment', 'flag', 'like', 'dislike', 'upvote', 'downvote',
  'reply report', 'like reply', 'reply share', 'permalink',
]);
const COUNTED_ACTION = /^\d{1,6} (?:likes?|replies|reply|upvotes?|points?|votes?)$/;

export function isThreadHeader(text: string): boolean {
  if (!isShort(text)) return false;
  const label = normalizeLabel(text);
  // "Show comments (12" once the closing bracket is trimmed: look the label up without its count.
  const uncounted = label.replace(/ ?\(\d{1,6}\)?$/, '');
  return THREAD_HEADERS.has(uncounted) || COUNTED_HEADER.test(label);
}

/** A comment's user name and time, or one of its buttons. */
export function isCommentFurniture(text: string): boolean {
  if (!isShort(text)) return false;
  const label = normalizeLabel(text);
  return COMMENT_ACTIONS.has(label) || COUNTED_ACTION.test(label) || isCommentSignature(text);
}

export const commentsRule = (line: LineContext): RemovalReason | null =>
  isThreadHeader(line.text) || isCommentFurniture(line.text) ? 'comments' : null;
