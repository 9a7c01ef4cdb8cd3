import path from 'node:path';
import pluralize from 'pluralize';
import { describeFinding, EXPECTED_FILE, expectedFindings, findingLines, type FindingsDiff } from '../check/expected.js';
import { data, location, oddCampPlace, property, type Place } from '../report/github.js';
import { safeJson } from '../report/safe-text.js';
import type { Report } from '../types.js';

/** GitHub shows at most this many error annotations of one step: past them, one notice counts the rest. */
export const CHECK_MAX_ANNOTATIONS = 10;

/** A folder whose findings changed, as `claimdiff check` found it. */
export interface ChangedFolder {
  folder: string;
  report: Report;
  diff: FindingsDiff;
  /** The expected file's text as read: a finding that disappeared is annotated at its line there. */
  expectedText?: string;
}

interface Change {
  folder: string;
  appeared: boolean;
  line: string;
  place: Place;
}

/** Contradictions before additions and omissions; within a section, what appeared before what disappeared. */
const SECTION_ORDER = ['contradictions', 'additions', 'omissions'];

/**
 * One `::error` per changed finding, at the line it is about: a finding that appeared at the sentence that makes it
 * (a contradiction at the camp that differs from the others, an addition at the adding source's sentence, an
 * omission at the sentence the others give), one that disappeared at its line in the expected file. At most ten,
 * contradictions first; a notice counts the rest.
 */
export function changeAnnotations(folders: readonly ChangedFolder[]): string[] {
  const changes = folders.flatMap((f) => [
    ...f.diff.appeared.map((line) => ({ folder: f.folder, appeared: true, line, place: appearedPlace(line, f) })),
    ...f.diff.disappeared.map((line) => ({ folder: f.folder, appeared: false, line, place: disappearedPlace(line, f) })),
  ]);
  const rank = (c: Change) => SECTION_ORDER.indexOf(c.line.slice(0, c.line.indexOf(':'))) * 2 + (c.appeared ? 0 : 1);
  const ordered = changes.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
  const lines = ordered.slice(0, CHECK_MAX_ANNOTATIONS).map((c) => {
    const what = c.appeared ? 'appeared' : 'disappeared';
    const message = `${what}: ${describeFinding(c.line)} (claimdiff check --update ${c.folder} accepts it)`;
    return `::error ${location(c.place)},title=${property(`claimdiff check: a finding ${what}`)}::${data(message)}`;
  });
  const rest = ordered.length - CHECK_MAX_ANNOTATIONS;
  if (rest > 0) {
    const more = `${pluralize('more changed finding', rest, true)} not annotated (GitHub shows ${CHECK_MAX_ANNOTATIONS} a step): run claimdiff check for all of them.`;
    lines.push(`::notice title=${property('claimdiff check: more changes')}::${data(more)}`);
  }
  return lines;
}

/** Where a finding of the current report is stated. */
function appearedPlace(line: string, f: ChangedFolder): Place {
  const paths = new Map(f.report.sources.map((s) => [s.id, s.path]));
  // Each finding of the report rendered as the expected file writes it, to find the one this line names.
  for (const c of f.report.contradictions) {
    const own = { ...f.report, contradictions: [c], claims: f.report.claims.filter((x) => x.id === c.claim) };
    if (findingLines(expectedFindings(own)).filter((l) => l.startsWith('contradictions: ')).includes(line)) return oddCampPlace(c, f.report, paths);
  }
  for (const claim of f.report.claims) {
    if (!findingLines(expectedFindings({ ...f.report, contradictions: [], claims: [claim] })).includes(line)) continue;
    const sentence = claim.sentences[0];
    if (sentence !== undefined) return { file: paths.get(sentence.source) ?? sentence.source, line: sentence.line };
  }
  return { file: path.join(f.folder, EXPECTED_FILE) };
}

/** A finding that is gone: its line in the expected file, where the reviewer accepted it. */
function disappearedPlace(line: string, f: ChangedFolder): Place {
  const file = path.join(f.folder, EXPECTED_FILE);
  const written = safeJson(JSON.parse(line.slice(line.indexOf(': ') + 2)) as unknown);
  const at = (f.expectedText ?? '').split('\n').findIndex((l) => l.trim().replace(/,$/, '') === written);
  return at >= 0 ? { file, line: at + 1 } : { file };
}
