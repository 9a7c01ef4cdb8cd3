import type { Report } from '../types.js';
import type { Format } from './formats.js';
import { renderGithub, renderGithubReports } from './github.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { safeValue } from './safe-text.js';
import { checkHtmlSize, withinRenderLimit } from './size-limit.js';
import { renderTerminal, type TerminalOptions } from './terminal.js';

export type RenderOptions = TerminalOptions;

/** A renderer turns the finished report into text; nothing else in the pipeline formats for people. */
export type Renderer = (report: Report, options: RenderOptions) => string;

/**
 * Every format, behind the output-safety layer (./safe-text.ts): the text formats get a copy of the report
 * with every string from input made harmless; JSON keeps the data as it is and escapes it in the spelling.
 */
export const RENDERERS = {
  terminal: (report, options) => renderTerminal(safeValue(report), options),
  json: (report) => renderJson(report),
  markdown: (report, options) => renderMarkdown(safeValue(report), { matrixLimit: options.matrixLimit }),
  html: (report) => {
    checkHtmlSize(report);
    return renderHtml(safeValue(report));
  },
  github: (report) => renderGithub(safeValue(report)),
} satisfies Record<Format, Renderer>;

/** The annotations of several reports in one CI step, behind the same safety layer (see renderGithubReports). */
export function githubAnnotations(reports: readonly Report[]): string {
  return renderGithubReports(reports.map(safeValue));
}

/** What render() takes; every field has a default, for the library's callers. */
export type RenderDefaults = Partial<RenderOptions>;

/**
 * The report as text in `format`: what the command line prints, and the library's one renderer. Without
 * options: no colour, 80 columns, the whole report. Text over Node's longest string is a LimitError.
 */
export function render(report: Report, format: Format, options: RenderDefaults = {}): string {
  return withinRenderLimit(format, () => RENDERERS[format](report, { color: false, width: 80, ...options }));
}

export { FORMATS, type Format } from './formats.js';
export { jsonChunks, toJsonReport } from './json.js';
export { fromJsonReport } from './json-read.js';
