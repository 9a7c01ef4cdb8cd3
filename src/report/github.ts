import type { Report } from '../types.js';
import { disputeLabel } from './fact-table.js';
import { safeText } from './safe-text.js';

/**
 * GitHub Actions workflow commands: one `::warning` per source of each contradiction, on the line of the
 * article file that states it, so the disagreement shows in the pull request's diff.
 */
export function renderGithub(report: Report): string {
  const paths = new Map(report.sources.map((s) => [s.id, s.path]));
  const lines: string[] = [];
  for (const c of report.contradictions) {
    const claim = report.claims.find((x) => x.id === c.claim);
    for (const v of c.values) {
      // Values compared across the run may come from sentences of other claims: each carries its own line.
      const line = v.line ?? claim?.sentences.find((s) => s.source === v.source && s.text === v.text)?.line;
      const others = c.values
        .filter((o) => o.source !== v.source && o.value !== v.value)
        .map((o) => `${o.source} says "${o.words}"`);
      const message = `${v.source} says "${v.words}" (${disputeLabel(c)}); ${others.join(', ')}`;
      const props = [`file=${property(paths.get(v.source) ?? v.source)}`];
      if (line !== undefined) props.push(`line=${line}`);
      props.push(`title=${property(`claimdiff: contradiction on the ${disputeLabel(c)} in ${c.claim}`)}`);
      lines.push(`::warning ${props.join(',')}::${data(message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Escape a workflow command's message, as the runner's own toolkit does (after the output-safety layer). */
export function data(text: string): string {
  return safeText(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value: also ':' and ','. */
export function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
