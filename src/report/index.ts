import type { Report } from '../types.js';
import type { Format } from './formats.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { safeValue } from './safe-text.js';
import { checkHtmlSize } from './size-limit.js';
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

export type { Format } from './formats.js';
export { jsonChunks } from './json.js';
