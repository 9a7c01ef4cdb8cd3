/**
 * What the batch summary needs of one event's report, small enough to pass from a worker thread, and the
 * summary table drawn from them at the end of a batch.
 */
import pluralize from 'pluralize';
import { byCertainty, disagreementText } from '../report/fact-table.js';
import { safeLine } from '../report/safe-text.js';
import { padColumns, sliceColumns, widerThan } from '../report/text-width.js';
import type { JsonReport } from '../report/json-types.js';
import type { Strength } from '../types.js';

/** How many of an event's disputes its digest keeps, and how many the summary shows across events. */
const TOP_PER_EVENT = 5;
const TOP_SHOWN = 10;

export interface Dispute {
  /** "people injured: 4 vs 3". */
  text: string;
  strength: Strength;
  /** Sources taking part. */
  reach: number;
}

export interface EventDigest {
  sources: number;
  claims: number;
  disputes: number;
  conflicts: number;
  top: Dispute[];
}

export function eventDigest(report: JsonReport): EventDigest {
  const ordered = byCertainty(report.contradictions);
  return {
    sources: report.sources.length,
    claims: report.claims.length,
    disputes: report.contradictions.length,
    conflicts: report.contradictions.filter((c) => c.strength !== 'possible').length,
    top: ordered.slice(0, TOP_PER_EVENT).map((c) => ({
      text: disagreementText(c),
      strength: c.strength ?? 'conflict',
      reach: new Set(c.values.map((v) => v.source)).size,
    })),
  };
}

export interface EventOutcome {
  event: string;
  digest?: EventDigest;
  error?: string;
  /** Skipped by --resume: its record was already in the output file. */
  resumed?: boolean;
}

/**
 * The table printed at the end of a batch: one line per event (sources, claims, disputes, or its error), the
 * totals, and the most certain disputes across events. Event names and dispute words come from input: made
 * safe for a terminal.
 */
export function summaryLines(outcomes: readonly EventOutcome[]): string[] {
  const width = Math.min(48, Math.max(5, ...outcomes.map((o) => [...o.event].length)));
  // Cut and padded by display width: an event named in a wide script keeps the columns.
  const cell = (text: string) => {
    const safe = safeLine(text);
    return padColumns(widerThan(safe, width) ? `${sliceColumns(safe, width - 1)}…` : safe, width);
  };
  const lines = [`${'event'.padEnd(width)}  sources  claims  disputes`];
  for (const o of outcomes) {
    if (o.resumed === true) lines.push(`${cell(o.event)}  (already in the output: skipped)`);
    else if (o.digest === undefined) lines.push(`${cell(o.event)}  error: ${safeLine(o.error ?? 'failed')}`);
    else lines.push(`${cell(o.event)}  ${String(o.digest.sources).padStart(7)}  ${String(o.digest.claims).padStart(6)}  ${String(o.digest.disputes).padStart(8)}`);
  }
  const done = outcomes.filter((o) => o.digest !== undefined);
  const sum = (pick: (d: EventDigest) => number) => done.reduce((n, o) => n + pick(o.digest!), 0);
  const failed = outcomes.filter((o) => o.digest === undefined && o.resumed !== true).length;
  const resumed = outcomes.filter((o) => o.resumed === true).length;
  lines.push(
    `${pluralize('event', done.length, true)} compared${failed > 0 ? `, ${failed} failed` : ''}${resumed > 0 ? `, ${resumed} skipped (--resume)` : ''}: ` +
      `${pluralize('source', sum((d) => d.sources), true)}, ${pluralize('claim', sum((d) => d.claims), true)}, ` +
      `${pluralize('dispute', sum((d) => d.disputes), true)} (${pluralize('conflict', sum((d) => d.conflicts), true)})`,
  );
  const top = done
    .flatMap((o) => o.digest!.top.map((d) => ({ ...d, event: o.event })))
    .sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'conflict' ? -1 : 1) || b.reach - a.reach)
    .slice(0, TOP_SHOWN);
  if (top.length > 0) {
    lines.push('', 'Top disputes across events (most certain, then most sources):');
    for (const d of top) lines.push(`  ${d.strength === 'conflict' ? '✗' : '?'} ${safeLine(d.event)}: ${safeLine(d.text)} (${pluralize('source', d.reach, true)})`);
  }
  return lines;
}
