import pluralize from 'pluralize';
import type { Contradiction, Report } from '../types.js';
import { byCertainty, campsOf, disputeLabel, type Camp } from './fact-table.js';
import { safeText } from './safe-text.js';

/** GitHub shows at most this many warning annotations of one step; the rest would be lost without a word. */
export const GITHUB_MAX_ANNOTATIONS = 10;

/**
 * GitHub Actions workflow commands: one `::warning` per contradiction, most certain first, on the line of the camp
 * that differs from most sources, so the dispute shows once in the pull request's diff. Past the ten GitHub
 * shows, one `::notice` counts the rest.
 */
export function renderGithub(report: Report): string {
  return renderGithubReports([report]);
}

/**
 * The annotations of several reports in one step (`claimdiff check` of many folders): the ten GitHub shows are
 * the most certain contradictions of them all, and one notice counts the rest.
 */
export function renderGithubReports(reports: readonly Report[]): string {
  const found = new Map(reports.flatMap((report) => report.contradictions.map((c) => [c, report] as const)));
  const ordered = byCertainty([...found.keys()]);
  const lines = ordered.slice(0, GITHUB_MAX_ANNOTATIONS).map((c) => {
    const report = found.get(c)!;
    return annotation(c, report, new Map(report.sources.map((s) => [s.id, s.path])));
  });
  const rest = ordered.length - GITHUB_MAX_ANNOTATIONS;
  if (rest > 0) {
    const more = `${pluralize('more contradiction', rest, true)} not annotated (GitHub shows ${GITHUB_MAX_ANNOTATIONS} a step): ${ordered
      .slice(GITHUB_MAX_ANNOTATIONS)
      .map(disputeLabel)
      .join('; ')}. Run claimdiff --format markdown for all of them.`;
    lines.push(`::notice title=${property('claimdiff: more contradictions')}::${data(more)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function annotation(c: Contradiction, report: Report, paths: ReadonlyMap<string, string>): string {
  const camps = campsOf(c);
  // The camp fewest sources give (the last; with a tie, the later one) is the one that differs from the others.
  const odd = camps.at(-1)!;
  const where = (camp: Camp) => camp.sources.map((s) => (s.line !== undefined ? `${s.source}:${s.line}` : s.source)).join(', ');
  const others = camps.filter((camp) => camp !== odd).map((camp) => `"${camp.words}" (${where(camp)})`);
  const message =
    `${disputeLabel(c)}: "${odd.words}" (${where(odd)}) against ${others.join(' and ')}.` + (c.reason !== undefined ? ` ${capitalised(c.reason)}.` : '');
  const props = [location(oddCampPlace(c, report, paths))];
  const kind = c.strength === 'possible' ? 'Possible contradiction' : 'Contradiction';
  props.push(`title=${property(`claimdiff: ${kind} on ${disputeLabel(c)}`)}`);
  return `::warning ${props.join(',')}::${data(message)}`;
}

/** A file and, when known, a line in it. */
export interface Place {
  file: string;
  line?: number;
}

/**
 * Where a contradiction is annotated: the first sentence of the camp fewest sources give (the last; with a tie,
 * the later one), the camp that differs from the others.
 */
export function oddCampPlace(c: Contradiction, report: Report, paths: ReadonlyMap<string, string>): Place {
  const at = campsOf(c).at(-1)!.first;
  // A value from a report of an earlier release may carry no line: its claim's sentence has it.
  const line = at.line ?? report.claims.find((x) => x.id === (at.claim ?? c.claim))?.sentences.find((s) => s.source === at.source && s.text === at.text)?.line;
  return { file: paths.get(at.source) ?? at.source, ...(line !== undefined ? { line } : {}) };
}

/** A workflow command's `file=` and `line=` properties. */
export function location(place: Place): string {
  return `file=${property(place.file)}${place.line !== undefined ? `,line=${place.line}` : ''}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escape a workflow command's message, as the runner's own toolkit does (after the output-safety layer). */
export function data(text: string): string {
  return safeText(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value: also ':' and ','. */
export function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
