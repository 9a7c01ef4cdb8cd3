import { flag, type Feature } from './feature.js';

/**
 * The line's words against the story's. Every source of a run reports one event, so a line whose words no other
 * source uses is about something else (another story's blurb, a plea, a menu); and a line whose words no other
 * line of its own page uses stands apart from the article (a credit, a label).
 */

export const TOPIC_FEATURES: readonly Feature[] = [
  // Enough content words to judge by (whether or not other sources are at hand: one source cleaned alone is no
  // evidence against its lines).
  { name: 'has-content', reason: null, value: (f, i) => flag(f.lines[i]!.content.size >= 3) },
  {
    name: 'off-run',
    reason: 'related-content',
    value: (f, i) => {
      const shared = f.lines[i]!.sharedOthers;
      return shared === null ? 0 : 1 - shared;
    },
  },
  {
    // Most of its words are other sources' words too: about this event (a summary bullet, a standfirst).
    name: 'on-run',
    reason: null,
    value: (f, i) => flag((f.lines[i]!.sharedOthers ?? 0) >= 0.5),
  },
  {
    name: 'below-usual',
    reason: 'related-content',
    value: (f, i) => {
      const shared = f.lines[i]!.sharedOthers;
      return shared === null || f.usualShared <= 0 ? 0 : Math.max(0, 1 - shared / f.usualShared);
    },
  },
  {
    name: 'off-page',
    reason: 'related-content',
    value: (f, i) => {
      const shared = f.lines[i]!.sharedPage;
      return shared === null ? 0 : 1 - shared;
    },
  },
];
