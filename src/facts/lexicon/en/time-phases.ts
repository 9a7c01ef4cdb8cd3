/**
 * Which moment of a happening a time of day dates, by the words around it: its start ("the shooting began at",
 * "the quake struck at"), its end ("the standoff ended at", "the gunman was shot dead at"), an arrest, the alarm.
 * Two outlets' times compete only for one moment: "shots first heard at 6:12" and "the suspect down at 7:02" are two
 * questions. Lemmas, one list per moment.
 */
export interface TimePhase {
  id: string;
  /** The question in words. */
  label: string;
  lemmas: readonly string[];
}

export const TIME_PHASES: readonly TimePhase[] = [
  {
    id: 'start',
    label: 'time it began',
    lemmas: [
      'begin', 'start', 'break', 'erupt', 'happen', 'occur', 'strike', 'hit', 'jolt', 'rock', 'shake', 'come', 'hear',
      'open', 'fire', 'shoot', 'attack', 'shooting', 'quake', 'earthquake', 'tremor', 'blast', 'explosion',
      'bombing', 'raid', 'gunfire', 'crash', 'collapse', 'blaze', 'explode', 'ambush', 'rob', 'robbery',
      'heist', 'stab', 'stabbing', 'spark', 'ignite', 'sink', 'capsize', 'hijack', 'seize', 'storm', 'cut',
      'overturn', 'flip', 'topple', 'derail', 'plunge',
    ],
  },
  { id: 'end', label: 'time it ended', lemmas: ['end', 'stop', 'cease', 'conclude', 'finish', 'over', 'subdue', 'neutralize', 'neutralise', 'surrender', 'extinguish', 'contain', 'douse'] },
  { id: 'arrest', label: 'time of the arrest', lemmas: ['arrest', 'apprehend', 'detain', 'custody', 'catch', 'nab'] },
  { id: 'alarm', label: 'time the alarm was raised', lemmas: ['alert', 'call', 'notify', 'dispatch', 'respond', 'summon', 'report', 'message', 'radio', 'distress', 'signal', 'warn', 'warning'] },
];

/** Verbs with a particle that name a moment the verb alone does not: "the bomb went off at 9:15". */
export const PHRASAL_PHASES: ReadonlyArray<{ verb: string; particle: string; phase: string }> = [
  { verb: 'go', particle: 'off', phase: 'start' },
  { verb: 'set', particle: 'off', phase: 'start' },
];

/** Words that make a time scheduled or planned, not a moment of the event: "will begin at 8 a.m.". */
export const SCHEDULED_MARKERS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'plan', 'schedule', 'expect', 'set', 'due']);

/** Gatherings and services that keep their own hours: a time set right after one dates it, not the event. */
export const GATHERINGS: ReadonlySet<string> = new Set([
  'conference', 'briefing', 'meeting', 'vigil', 'hearing', 'session', 'service', 'funeral', 'memorial', 'ceremony',
  'rally', 'march', 'game', 'match', 'appearance', 'arraignment', 'interview', 'broadcast', 'show', 'event', 'update',
  'statement', 'announcement', 'deadline', 'curfew', 'trial', 'sentencing', 'address', 'speech', 'screening',
]);

/** Words between a gathering and its hour: "a briefing (scheduled) at about 2 p.m.". */
export const TIME_LINKS: ReadonlySet<string> = new Set([
  'at', 'about', 'around', 'approximately', 'roughly', 'nearly', 'just', 'shortly', 'after', 'before', 'by', 'until',
  'till', 'from', 'scheduled', 'set', 'planned', 'for',
]);

/**
 * Happenings that lead up to the story's event or frame it, whose start is not the event's: "a fight broke out at
 * 1:15", "the argument began around midnight", "the party started at 9 p.m.".
 */
export const LEAD_UP_HAPPENINGS: ReadonlySet<string> = new Set([
  'fight', 'argument', 'altercation', 'dispute', 'brawl', 'scuffle', 'confrontation', 'quarrel', 'party', 'gathering',
  'concert', 'game', 'meeting', 'protest', 'rally', 'celebration', 'festival',
]);
