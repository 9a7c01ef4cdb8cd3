/**
 * Facts that relate a name to something else: where a thing lies from a named place ("west of Aden") and what a
 * named person is ("Kiran Patel, manager of the motel"; "the owner, Kiran Patel"). Each comes with its frame, so
 * outlets that place the same thing differently, or give one person different roles, can be compared.
 */
import type { Fact, Sentence } from '../types.js';
import { JOB_WHEN_COMPOUNDED, ROLE_KINDS } from '../facts/lexicon/en/roles.js';
import type { NameFact } from './types.js';

const DIRECTION = /\b(north|south|east|west)(?:-?(east|west))?(?:ern)?\s+(?:of|from)\s+(?:the\s+)?(?:(?:town|city|port|capital|village|island|province|coast|district)\s+of\s+)?/gi;

/** "58 km south-west of Bandar Abbas", "east of Aden": the compass direction from a named place. */
export function extractDirections(sentence: Sentence, names: readonly NameFact[]): Fact[] {
  const facts: Fact[] = [];
  for (const m of sentence.text.matchAll(DIRECTION)) {
    const end = m.index + m[0].length;
    const place = names.find((n) => n.span[0] === end);
    if (place === undefined) continue;
    const value = m[2] === undefined ? m[1]!.toLowerCase() : `${m[1]!.toLowerCase()}-${m[2].toLowerCase()}`;
    const key = String(place.value);
    // What lies there, when a name says it: "Brazos County, located northwest of Houston" and "Baytown, 25 miles
    // east of Houston" place two different things.
    const subject = subjectBefore(sentence.text, m.index, names);
    const frame = subject === undefined
      ? { key: `direction|${key}`, label: `direction from ${place.text}`, measure: 'direction' as const, of: key }
      : { key: `direction|${String(subject.value)}|${key}`, label: `direction of ${subject.text} from ${place.text}`, measure: 'direction' as const, of: key };
    facts.push({
      kind: 'direction',
      value,
      text: sentence.text.slice(m.index, place.span[1]),
      source: sentence.source,
      span: [m.index, place.span[1]],
      frame,
    });
  }
  return facts;
}

/** What may stand between a named place and its direction: "X, located", "X, Texas, about 25 miles (40 km)". */
const SUBJECT_LINK = /^,?\s*(?:\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?,\s*)?(?:(?:located|situated|lying|which\s+is|is)\s+)?(?:(?:about|some|roughly|around|nearly|just)\s+)?(?:[\d.,]+\s*(?:-\s*)?(?:km|kilometers|kilometres|miles|mi|nautical miles)\s*(?:\([^)]*\)\s*)?)?$/u;

/** The named place whose direction a sentence gives: the first of the names right before it. */
function subjectBefore(text: string, at: number, names: readonly NameFact[]): NameFact | undefined {
  const before = names.filter((n) => n.span[1] <= at && at - n.span[1] <= 60);
  for (const name of before) if (SUBJECT_LINK.test(text.slice(name.span[1], at))) return name;
  return undefined;
}

const KIND_OF_ROLE = new Map(ROLE_KINDS.flatMap((k) => k.roles.map((role) => [role, k] as const)));
const ROLES = ROLE_KINDS.flatMap((k) => k.roles);
const ROLE = ROLES.join('|');
/** "Kiran Patel, manager of the motel" / "Kiran Patel, the owner of the Days Inn". */
// The words between the comma and the role describe it ("the motel's night manager"); a conjunction or a
// possessive pronoun there starts another phrase ("Rosa Ortiz, and her husband's siblings"), and a role in the
// possessive ("her husband's") names someone else.
const ROLE_AFTER = new RegExp(`^,\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?!(?:and|or|but|her|his|their|its|who|which|whose)\\b)[\\w'-]+\\s+){0,2}?(${ROLE})\\b(?!['’]s\\b)`, 'i');
/** "Days Inn owner Kiran Patel" / "the motel's manager, Kiran Patel" / "His niece, Karen Ellis,". */
const ROLE_BEFORE = new RegExp(`\\b(${ROLE})(?:\\s+of\\s+the\\s+[\\w' -]{1,30}?)?,?\\s+$`, 'i');
/** The word before a role: "forklift driver" is a job, "the driver" the one who drove. */
const WORD_BEFORE = /([\p{L}-]+)\s+$/u;
/** Words before a role that leave it the story's own: determiners and possessives ("the driver", "his wife"). */
const PLAIN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The roles the sentence gives its named people: one fact per person and role. */
export function extractRoles(sentence: Sentence, names: readonly NameFact[]): Fact[] {
  const facts: Fact[] = [];
  for (const name of names) {
    // A person's name: two words or more ("Kiran Patel"), not a place or a single surname.
    if (!/\s/.test(name.text)) continue;
    const after = ROLE_AFTER.exec(sentence.text.slice(name.span[1]));
    const before = ROLE_BEFORE.exec(sentence.text.slice(Math.max(0, name.span[0] - 50), name.span[0]));
    const role = after?.[1] ?? before?.[1];
    if (role === undefined) continue;
    const key = String(name.value);
    const roleStart = after ? name.span[1] + after[0].toLowerCase().lastIndexOf(role.toLowerCase()) : Math.max(0, name.span[0] - 50) + before!.index;
    const kind = kindOf(role, sentence.text.slice(0, roleStart));
    const span: [number, number] = after
      ? [name.span[0], name.span[1] + after[0].length]
      : [name.span[0] - before![0].length, name.span[1]];
    facts.push({
      kind: 'role',
      value: role.toLowerCase().replace('neighbor', 'neighbour'),
      text: sentence.text.slice(span[0], span[1]),
      source: sentence.source,
      span,
      frame: { key: `role|${key}|${kind.kind}`, label: `${name.text}'s ${kind.label}`, measure: 'role', of: key, subject: name.text },
    });
  }
  return facts;
}

/** "Struck off the coast", "hit inland": whether a quake or storm was at sea or on land. */
const SETTING = /\b(?:struck|strikes|strike|hit|hits|centred|centered|located|was)\s+(?:(offshore|inland|onshore|at sea|on land)|(off)\s+(?:the\s+coast\b|[\p{Lu}]))/giu;

/** Where the event happened, at sea or on land, as a fact of its own. */
export function extractSettings(sentence: Sentence): Fact[] {
  const facts: Fact[] = [];
  for (const m of sentence.text.matchAll(SETTING)) {
    const word = (m[1] ?? m[2])!.toLowerCase();
    const value = ['inland', 'onshore', 'on land'].includes(word) ? 'inland' : 'offshore';
    const start = m.index + m[0].toLowerCase().indexOf(word);
    facts.push({
      kind: 'direction',
      value,
      text: sentence.text.slice(start, start + word.length),
      source: sentence.source,
      span: [start, start + word.length],
      frame: { key: 'setting', label: 'at sea or inland', measure: 'direction' },
    });
  }
  return facts;
}

/** The kind of a role, a compound making a driver a job ("forklift driver Dan Okafor"). */
function kindOf(role: string, textBefore: string): { kind: string; label: string } {
  const kind = KIND_OF_ROLE.get(role.toLowerCase())!;
  if (!JOB_WHEN_COMPOUNDED.has(role.toLowerCase())) return kind;
  const word = WORD_BEFORE.exec(textBefore)?.[1]?.toLowerCase();
  return word !== undefined && !PLAIN_BEFORE.has(word) ? JOB_KIND : kind;
}

const JOB_KIND = ROLE_KINDS.find((k) => k.kind === 'job')!;
