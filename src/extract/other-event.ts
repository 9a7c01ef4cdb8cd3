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
 * A span of time that sets another incident against this one takes any happening but the story's own: "weeks after
 * a driver shot eight", "days after five officers were shot in Dallas"; "days after the quake", "hours after his
 * arrest" and "two days after Friday's attack" speak of this one.
 */
const OTHER_INCIDENT_AFTER_SPAN = /\b(?:days?|weeks?|months?|years?) (?:after|before) (?!(?:the|this|that|his|her|its|their|sunday|monday|tuesday|wednesday|thursday|friday|saturday|last|being|he|she|they|it|police|officers)\b)[a-z0-9]/i;

/** Another incident named as such: "in a similar shooting", "a separate attack", "the previous case". */
const OTHER_INCIDENT = /\b(?:a|an|another|the) (?:similar|separate|unrelated|earlier|previous|prior|second|different) (?:\w+ )?(?:shooting|attack|incident|case|crash|fire|explosion|bombing|robbery|killing|murder|rampage|massacre|quake|earthquake|event)\b/i;

const CUES = [...TIME_SHIFTS, OTHER_INCIDENT_AFTER_SPAN, OTHER_INCIDENT];

/**
 * A sentence that doubts its incident is the story's own, wherever it says so: "though it's unclear if that is the
 * incident in question", "police did not say whether the two were related", "it may be linked to Friday's attack".
 */
const DOUBTED_LINKS = [
  /\b(?:unclear|not (?:yet )?(?:clear|known|certain)|unknown) (?:if|whether)\b[^.;]*\b(?:is|was|were|are)\s+(?:the (?:same|incident|shooting|attack|case|one)|(?:related|connected|linked|part of))\b/i,
  /\b(?:did not|didn't|would not|wouldn't|could not|couldn't) (?:say|confirm|know) (?:if|whether)\b[^.;]*\b(?:related|connected|linked|the same)\b/i,
  /\b(?:may|might|could) (?:or may not )?(?:be|have been) (?:related|connected|linked) to\b/i,
];

/**
 * Whether the words at `span` speak of another incident: a cue stands before them in their sentence, or the sentence
 * doubts its tie to the story. Years are
 * left to the era scope (only it knows the story's own year).
 */
export function aboutOtherEvent(text: string, span: readonly [number, number]): boolean {
  // Up to the figure's own words: "days after five officers were shot" names the other incident by its figure.
  const upTo = text.slice(0, span[1]);
  if (DOUBTED_LINKS.some((pattern) => pattern.test(text))) return true;
  return CUES.some((pattern) => {
    const m = pattern.exec(upTo);
    return m !== null && m.index < span[0];
  });
}
