/**
 * Clauses about another incident than the story's own: "Earlier this year, a gunman killed three ...", "just weeks
 * after a driver shot eight ...", "in a similar attack last year ...". A figure or a time stated after such a cue, in
 * the same sentence, belongs to that other incident, whatever its wording. Cues are data, one list per kind.
 */

/** Words that turn the sentence to another time than the story's own, wherever they stand before a figure. */
const TIME_SHIFTS = [
  /\b(?:earlier|later) (?:this|that|last) (?:year|month|season|spring|summer|fall|autumn|winter)\b/i,
  /\blast (?:year|month|summer|spring|fall|autumn|winter|season|decade)\b/i,
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|decades?) (?:ago|earlier|before)\b/i,
];

/**
 * A span of time that sets another incident against this one: "(just) weeks after a driver ...", "days before an
 * attack ...": an indefinite happening, not the story's ("days after the quake" is the story's own aftermath).
 */
const OTHER_INCIDENT_AFTER_SPAN = /\b(?:days?|weeks?|months?|years?) (?:after|before) (?:a|an|another)\b/i;

/** Another incident named as such: "in a similar shooting", "a separate attack", "the previous case". */
const OTHER_INCIDENT = /\b(?:a|an|another|the) (?:similar|separate|unrelated|earlier|previous|prior|second|different) (?:\w+ )?(?:shooting|attack|incident|case|crash|fire|explosion|bombing|robbery|killing|murder|rampage|massacre|quake|earthquake|event)\b/i;

const CUES = [...TIME_SHIFTS, OTHER_INCIDENT_AFTER_SPAN, OTHER_INCIDENT];

/**
 * Whether the words at `span` speak of another incident: a cue stands before them in their sentence. Years are
 * left to the era scope (only it knows the story's own year).
 */
export function aboutOtherEvent(text: string, span: readonly [number, number]): boolean {
  const before = text.slice(0, span[0]);
  for (const pattern of CUES) {
    if (pattern.test(before)) return true;
  }
  return false;
}
