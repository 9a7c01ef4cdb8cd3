/**
 * Another incident than the story's: a sentence that turns to one ("Elsewhere, ...", "In a separate attack, ..."),
 * or a clause about one ("earlier this year", "weeks after a driver shot eight", see ../other-event.ts). Its
 * figures and times are not compared with the story's.
 */
import { aboutOtherEvent } from '../other-event.js';
import type { ScopeRule } from './model.js';

/** A sentence that turns to another event: "Elsewhere, ...", "In a separate attack, ...". */
const OTHER_EVENT = /^\W*(?:elsewhere|meanwhile, in|in (?:a|another) (?:separate|similar|second|different|earlier|later)?\s*(?:attack|incident|strike|raid|case|development|clash))\b/i;

export const otherEvent: ScopeRule = {
  name: 'otherEvent',
  kinds: ['number', 'date'],
  read: ({ fact, text }) => ((fact.kind === 'number' && OTHER_EVENT.test(text)) || aboutOtherEvent(text, fact.span) ? { otherEvent: true } : {}),
  excludes: (scope) => scope.otherEvent === true,
};
