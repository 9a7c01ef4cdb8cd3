/**
 * Entities of a run: the people, places and organisations its name mentions stand for, resolved across every
 * source, so that a fact about a person is one question across the cluster. "Robert Roe", "Englishman Robert Roe",
 * "Mr. Roe" and "Roe" are one man when the run leaves no doubt; "John Roe" and "Mark Roe" are two, and a bare "Roe"
 * beside both is neither.
 *
 * Resolution, fullest names first:
 * - descriptors before a name are not part of it: nationalities ("Englishman", "British"), roles ("suspect"),
 *   titles ("Officer", "Sgt."), already split off by the name scan or stripped here;
 * - full names (two to four words, a person's shape) join when one is the other with a middle name left out or a
 *   near spelling of the surname, and their given names agree (equal, an initial, a transliteration): the algebra's
 *   `sameName` is lenient about given names, so two given names are checked here;
 * - a part (a surname alone, an initial and surname) joins the one full name it fits in its own article, else the
 *   one full name it fits in the run; fitting several, it stays on its own, in its own article only.
 */
import { distance } from 'fastest-levenshtein';
import { sameNameWords } from '../algebra/names.js';
import { ageKey, extractDates, isDemonymWord, isOrganisationHead, isTitleHead, nameKey } from '../extract/index.js';
import type { CleanedSource, Fact } from '../types.js';
import { DEMONYM_NOUNS, PLACE_HEADS, ROLE_DESCRIPTORS } from './lexicon/en/name-descriptors.js';

export type EntityKind = 'person' | 'place' | 'organisation' | 'unknown';

/** One name as a sentence writes it: its key (extract/names.ts), its words, the title before it. */
export interface NameMention {
  source: string;
  sentence: number;
  key: string;
  text: string;
  title?: string;
  span?: [number, number];
}

export interface Entity {
  /** One id per entity across the run: the key of its fullest name (a part left on its own: key@source). */
  id: string;
  kind?: EntityKind;
  /** Every name key its mentions are written with. */
  names: string[];
  /** The fullest written form, descriptors left out: "Robert Roe". */
  label: string;
  mentions: Array<{ source: string; sentence: number; span: [number, number] }>;
}

export interface EntityIndex {
  entities: Entity[];
  /** The entity a name key stands for in a source; without a source, only when it stands for one in all. */
  entityOf(nameKey: string, source?: string): string | undefined;
}

const DESCRIPTORS = new Set([...DEMONYM_NOUNS, ...ROLE_DESCRIPTORS]);
const PLACE_LAST_WORDS = new Set(PLACE_HEADS);
/** Words inside organisation and place names, never inside a person's ("Bank of England", "Bosnia and ..."). */
const NON_PERSON_WORDS = new Set(['of', 'and', 'for', 'on', 'upon', 'the', '&', 'north', 'south', 'east', 'west', 'new', 'central', 'upper', 'lower', 'greater']);

/** A mention read for identity. */
interface Reading {
  mention: NameMention;
  /** The key of the name without descriptors. */
  core: string;
  words: string[];
  /** The name as written without descriptors or a possessive. */
  written: string;
  /** A title or a descriptor says it is a person. */
  person: boolean;
  kind: EntityKind;
  /** Shaped like a person's full name: two to four capitalised words, no organisation or place words. */
  fullName: boolean;
}

function readMention(mention: NameMention): Reading {
  let parts = mention.text.replace(/['’]s$/u, '').split(/\s+/u).filter((w) => w.length > 0);
  let person = mention.title !== undefined;
  // Roles and titles go down to one word left ("Suspect Roe"); a nationality only before a full name, as it may
  // be a given name's look-alike ("Christian Bale").
  for (;;) {
    const lower = (parts[0] ?? '').toLowerCase().replace(/\.$/u, '');
    const role = DESCRIPTORS.has(lower) || isTitleHead(lower);
    if (parts.length > 1 && (role || (parts.length > 2 && isDemonymWord(lower)))) {
      parts = parts.slice(1);
      person = true;
    } else {
      break;
    }
  }
  parts = withoutResidence(parts);
  const written = parts.join(' ');
  const core = written === mention.text ? mention.key : nameKey(written);
  const words = core.split(' ').filter((w) => w.length > 0);
  const lowers = parts.map((p) => p.toLowerCase().replace(/\.$/u, ''));
  const last = lowers[lowers.length - 1] ?? '';
  const kind: EntityKind = person ? 'person' : isOrganisationHead(last) ? 'organisation' : PLACE_LAST_WORDS.has(last) ? 'place' : 'unknown';
  const fullName =
    kind !== 'organisation' && kind !== 'place' && words.length >= 2 && words.length <= 4 && parts.length === words.length &&
    parts.every((p) => /^\p{Lu}/u.test(p)) && !lowers.some((w) => NON_PERSON_WORDS.has(w) || isTitleHead(w) || /\d/.test(w));
  return { mention, core, words, written, person, kind, fullName };
}

/**
 * A person's name without the town written after it ("Raymond Pike of Richmond": Raymond Pike): an "of" after two
 * or more capitalised words, none of them an organisation's, a place's or a title's head, followed by one to three
 * capitalised words. "Bank of England", "Gulf of Aden" and "Security Service of Ukraine" keep their "of".
 */
function withoutResidence(parts: readonly string[]): string[] {
  const of = parts.indexOf('of');
  if (of < 2 || parts.length - of - 1 < 1 || parts.length - of - 1 > 3) return [...parts];
  const [before, after] = [parts.slice(0, of), parts.slice(of + 1)];
  const heads = before.map((p) => p.toLowerCase().replace(/\.$/u, ''));
  if (![...before, ...after].every((p) => /^\p{Lu}/u.test(p))) return [...parts];
  if (heads.some((w) => isOrganisationHead(w) || PLACE_LAST_WORDS.has(w) || isTitleHead(w) || NON_PERSON_WORDS.has(w))) return [...parts];
  return before;
}

/**
 * Two given names of one person: equal, an initial of the other, or a transliteration of one name (a letter apart
 * in a long name, same start and end). Roberta and Roberto, Daniel and Daniela are two people.
 */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  return Math.min(a.length, b.length) >= 6 && a.slice(0, 2) === b.slice(0, 2) && a.slice(-1) === b.slice(-1) && distance(a, b) <= 1;
}

/** Two names of one person: the surnames meet, the shorter's words are in the longer, the given names agree. */
function samePerson(a: readonly string[], b: readonly string[]): boolean {
  if (a.length >= 2 && b.length >= 2 && !sameGivenName(a[0]!, b[0]!)) return false;
  // sameName(a.join(' '), b.join(' ')) without joining and splitting again: words hold no spaces, so the joined
  // keys are equal when the lists are.
  if (a.length === b.length && a.every((w, i) => w === b[i])) return a.length > 1 || (a[0]?.length ?? 0) > 0;
  return sameNameWords(nonEmpty(a), nonEmpty(b));
}

/** The words splitName would give for the words joined by spaces. */
function nonEmpty(words: readonly string[]): readonly string[] {
  return words.every((w) => w.length > 0) ? words : words.filter((w) => w.length > 0);
}

/** A name with more than an initial before the surname: what a part is resolved against. */
function isAnchor(r: Reading): boolean {
  return r.fullName && (r.words[0]?.length ?? 0) > 1;
}

interface Group {
  id?: string;
  cores: string[][];
  readings: Reading[];
  /** Left on its own in one source: a part that fits several people. */
  source?: string;
}

/** Resolve every name mention of a run into entities. Pure: same mentions, same entities. */
export function resolveEntities(mentions: readonly NameMention[]): EntityIndex {
  const readings = mentions.map(readMention);
  // Full names, fullest and most written first, each joining the one group it fits.
  const counts = new Map<string, number>();
  for (const r of readings) counts.set(r.core, (counts.get(r.core) ?? 0) + 1);
  const size = (core: string) => core.split(' ').length;
  const anchors = [...new Set(readings.filter(isAnchor).map((r) => r.core))]
    .map((core) => ({ core, size: size(core), count: counts.get(core)! }))
    .sort((a, b) => b.size - a.size || b.count - a.count || (a.core < b.core ? -1 : 1))
    .map((a) => a.core);
  const people: Group[] = [];
  // Near spellings of a surname share its first letter and are at most two letters longer or shorter (sameName):
  // only those groups are tried.
  const bySurname = new Map<string, Set<Group>>();
  const candidates = (words: readonly string[]): Group[] => {
    const surname = words[words.length - 1] ?? '';
    const found = new Set<Group>();
    for (let d = -2; d <= 2; d++) for (const g of bySurname.get(`${surname.charAt(0)}${surname.length + d}`) ?? []) found.add(g);
    return [...found];
  };
  const register = (group: Group, words: readonly string[]) => {
    const surname = words[words.length - 1] ?? '';
    const at = `${surname.charAt(0)}${surname.length}`;
    bySurname.set(at, (bySurname.get(at) ?? new Set<Group>()).add(group));
  };
  const groupOfCore = new Map<string, Group>();
  for (const core of anchors) {
    const words = core.split(' ');
    const fits = candidates(words).filter((g) => g.cores.every((c) => samePerson(words, c)));
    if (fits.length > 1) continue; // "Robert Roe" beside "Robert A. Roe" and "Robert B. Roe": a part, below
    let group = fits[0];
    if (group === undefined) {
      group = { cores: [], readings: [] };
      people.push(group);
    }
    group.cores.push(words);
    register(group, words);
    groupOfCore.set(core, group);
  }
  // Which people each source names in full.
  const peopleBySource = new Map<string, Set<Group>>();
  for (const r of readings) {
    const group = groupOfCore.get(r.core);
    if (group !== undefined) peopleBySource.set(r.mention.source, (peopleBySource.get(r.mention.source) ?? new Set<Group>()).add(group));
  }
  const others = new Map<string, Group>();
  const partOf = new Map<string, Group>();
  // The people a part fits anywhere in the run, by the part's key.
  const fitsOf = new Map<string, Group[]>();
  for (const r of readings) {
    const memo = `${r.mention.source}\u0000${r.core}\u0000${r.kind}`;
    let group = groupOfCore.get(r.core) ?? partOf.get(memo);
    if (group === undefined) {
      // A part: the one person it fits in its article, else in the run; fitting several, it stays apart.
      let fitting = fitsOf.get(r.core);
      if (fitting === undefined) {
        fitting = candidates(r.words).filter((g) => g.cores.some((c) => samePerson(r.words, c)));
        fitsOf.set(r.core, fitting);
      }
      const inSource = fitting.filter((g) => peopleBySource.get(r.mention.source)?.has(g) === true);
      const inRun = inSource.length === 0 ? fitting : inSource;
      const apart = inRun.length > 1 ? r.mention.source : undefined;
      if (inRun.length === 1 && r.kind !== 'organisation' && r.kind !== 'place') {
        group = inRun[0]!;
      } else {
        const key = apart === undefined ? r.core : `${r.core}@${apart}`;
        group = others.get(key) ?? { cores: [r.words], readings: [], ...(apart !== undefined ? { source: apart } : {}) };
        others.set(key, group);
      }
      partOf.set(memo, group);
    }
    group.readings.push(r);
  }
  const groups = [...people, ...others.values()].filter((g) => g.readings.length > 0);
  const entities = groups.map(toEntity);
  uniqueIds(entities);
  const idOf = new Map<string, string>();
  const runIds = new Map<string, Set<string>>();
  groups.forEach((group, i) => {
    const id = entities[i]!.id;
    for (const r of group.readings) {
      const at = `${r.mention.source}\u0000${r.mention.key}`;
      if (!idOf.has(at)) idOf.set(at, id);
      runIds.set(r.mention.key, (runIds.get(r.mention.key) ?? new Set<string>()).add(id));
    }
  });
  return {
    entities,
    entityOf(key: string, source?: string): string | undefined {
      if (source !== undefined) return idOf.get(`${source}\u0000${key}`);
      const ids = runIds.get(key);
      return ids?.size === 1 ? [...ids][0] : undefined;
    },
  };
}

/** A group as an entity: its fullest written name (most written among equals) is its label, that name's key its id. */
function toEntity(group: Group): Entity {
  const written = new Map<string, { reading: Reading; count: number }>();
  for (const r of group.readings) {
    const held = written.get(r.written);
    written.set(r.written, { reading: held?.reading ?? r, count: (held?.count ?? 0) + 1 });
  }
  const best = [...written.values()].sort((a, b) => b.reading.words.length - a.reading.words.length || b.count - a.count)[0]!.reading;
  const kinds = new Set(group.readings.map((r) => r.kind));
  // A part joined to a full name is a person's surname: places and organisations are not named in parts here.
  const joined = group.source === undefined && new Set(group.readings.map((r) => r.core)).size > 1;
  const kind: EntityKind = kinds.has('person') || joined ? 'person' : kinds.has('organisation') ? 'organisation' : kinds.has('place') ? 'place' : 'unknown';
  return {
    id: group.source === undefined ? best.core : `${best.core}@${group.source}`,
    kind,
    names: [...new Set(group.readings.flatMap((r) => [r.mention.key, r.core]))],
    label: best.written,
    mentions: group.readings.map((r) => ({ source: r.mention.source, sentence: r.mention.sentence, span: r.mention.span ?? [0, r.mention.text.length] })),
  };
}

/** Two groups whose fullest names share a key (one person's full name left ambiguous) keep apart: "#2". */
function uniqueIds(entities: Entity[]): void {
  const seen = new Map<string, number>();
  for (const e of entities) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}#${n}`;
  }
}

/** How far apart, in days, two articles may be dated and still state a person's age for one time. */
const SAME_TIME_DAYS = 183;

/**
 * The run's facts with every age keyed by the entity it is of, not by the name as written: "Robert Roe, 32" and
 * "Englishman Robert Roe, 31" and "Roe, 31" become one question, "age of Robert Roe". An article dated (by the
 * date line clean set aside) months away from the run's middle date states ages of another time: its ages take
 * its year as their era, and are compared only with ages of that year.
 */
export function withEntityFrames(facts: ReadonlyArray<readonly Fact[]>, cleaned: readonly CleanedSource[] = []): Fact[][] {
  if (!facts.some((list) => list.some((f) => f.frame?.measure === 'age'))) return facts.map((list) => [...list]);
  const mentions: NameMention[] = facts.flat().filter((f) => f.kind === 'name').map((f) => {
    const title = (f as Fact & { title?: string }).title;
    return { source: f.source, sentence: f.sentence ?? 0, key: String(f.value), text: f.text, span: f.span, ...(title !== undefined ? { title } : {}) };
  });
  const index = resolveEntities(mentions);
  const labels = new Map(index.entities.map((e) => [e.id, e.label]));
  const otherTime = articlesOfOtherTime(cleaned);
  return facts.map((list) =>
    list.map((f) => {
      const frame = f.frame;
      if (frame?.measure !== 'age' || frame.of === undefined) return f;
      const id = index.entityOf(frame.of, f.source) ?? frame.of;
      const then = frame.event === 'then';
      const name = labels.get(id) ?? frame.label.replace(/^age of /, '').replace(/ \(at another time\)$/, '');
      const year = otherTime.get(f.source);
      const scope = year !== undefined && f.scope?.era === undefined ? { ...f.scope, era: year } : f.scope;
      return {
        ...f,
        frame: { ...frame, key: ageKey(id, f.source, then), of: id, subject: name, label: `age of ${name}${then ? ' (at another time)' : ''}` },
        ...(scope !== undefined ? { scope } : {}),
      };
    }),
  );
}

/**
 * The date of each article that has one: the first full date of a date line clean set aside ("April 04, 2007").
 * A date in the body is not the article's: a later article dates the event it looks back on.
 */
export function articleDates(cleaned: readonly CleanedSource[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const c of cleaned) {
    for (const line of c.removed) {
      if (line.reason !== 'timestamp' && line.reason !== 'dateline') continue;
      const sentence = { source: c.source.id, index: 0, line: line.line, text: line.text };
      const full = extractDates(sentence).find((d) => typeof d.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
      if (full !== undefined) {
        dates.set(c.source.id, String(full.value));
        break;
      }
    }
  }
  return dates;
}

/** Sources dated more than half a year from the run's middle date, with their year. */
function articlesOfOtherTime(cleaned: readonly CleanedSource[]): Map<string, string> {
  const dated = articleDates(cleaned);
  const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const sorted = [...dated.values()].filter((d) => Number.isFinite(days(d))).sort();
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  const other = new Map<string, string>();
  if (middle === undefined) return other;
  for (const [source, date] of dated) if (Math.abs(days(date) - days(middle)) > SAME_TIME_DAYS) other.set(source, date.slice(0, 4));
  return other;
}
