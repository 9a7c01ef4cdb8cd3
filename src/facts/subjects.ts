/**
 * Subjects across a run: one person written several ways ("Orozco", "Jose Luis Orozco") is one subject, and a
 * person a sentence does not name ("He is 5-feet-8") is the one person the run names for the same question.
 */
import { sameNameMatches } from '../algebra/name-index.js';
import { PERSON, type Subject, type TypedFact } from './model.js';

const NAME = 'name:';

/** The question without its subject: facts of one question about someone are matched to the people named for it. */
function questionOf(fact: TypedFact): string {
  const scope = Object.keys(fact.scope).sort().map((k) => `${k}=${fact.scope[k]}`).join(',');
  return `${fact.measure}|${fact.attribute.id}|${scope}`;
}

/**
 * The facts with their subjects resolved: each named subject becomes the longest name of the run it is the same
 * name as; an unnamed person becomes the one named subject of the same question, and is left out where the run
 * names several (whose it is cannot be told) but kept where it names none.
 */
export function resolveSubjects(facts: readonly TypedFact[]): TypedFact[] {
  const named = [...new Map(facts.filter((f) => f.subject.id.startsWith(NAME)).map((f) => [f.subject.id, f.subject])).values()];
  const uses = new Map<string, number>();
  for (const f of facts) uses.set(f.subject.id, (uses.get(f.subject.id) ?? 0) + 1);
  // The fullest form first (most words), so each name meets it; among spellings of one length, the one most
  // facts use ("Klitschko", not one outlet's "Klitchsko").
  const words = (s: Subject) => s.id.split(' ').length;
  const canonical = [...named].sort((a, b) => words(b) - words(a) || uses.get(b.id)! - uses.get(a.id)! || (a.id < b.id ? -1 : 1));
  // For each name, the first of `canonical` it is the same name as: found through an index of the names' words
  // (../algebra/name-index.ts), not by asking every canonical name in turn.
  // Ranks come in order: the first one a name meets is the one it takes.
  const firstSame = new Map<string, number>();
  const consider = (name: string, rank: number): void => {
    if (!firstSame.has(name)) firstSame.set(name, rank);
  };
  const matches = sameNameMatches(canonical.map(key));
  for (const [rank, c] of canonical.entries()) {
    if (key(c).length > 0) consider(key(c), rank);
    for (const other of matches.get(key(c)) ?? []) consider(other, rank);
  }
  const resolved = new Map<string, Subject>();
  for (const s of named) {
    const rank = firstSame.get(key(s));
    resolved.set(s.id, rank === undefined ? s : canonical[rank]!);
  }
  const withNames = facts.map((f) => (resolved.has(f.subject.id) ? { ...f, subject: resolved.get(f.subject.id)! } : f));
  const namedFor = new Map<string, Set<string>>();
  for (const f of withNames) {
    if (!f.subject.id.startsWith(NAME)) continue;
    const q = questionOf(f);
    namedFor.set(q, (namedFor.get(q) ?? new Set()).add(f.subject.id));
  }
  return withNames.flatMap((f) => {
    if (f.subject.id !== PERSON.id) return [f];
    const ids = namedFor.get(questionOf(f));
    if (ids === undefined) return [{ ...f, alignedOnly: true as const }];
    if (ids.size > 1) return [];
    const only = withNames.find((g) => g.subject.id === [...ids][0])!.subject;
    return [{ ...f, subject: only }];
  });
}

function key(subject: Subject): string {
  return subject.id.slice(NAME.length);
}
