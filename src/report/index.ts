import type { Report } from '../types.js';
import type { Format } from './formats.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTerminal, type TerminalOptions } from './terminal.js';

export type RenderOptions = TerminalOptions;

/** A renderer turns the finished report into text; nothing else in the pipeline formats for people. */
export type Renderer = (report: Report, options: RenderOptions) => string;

export const RENDERERS = {
  terminal: renderTerminal,
  json: (report) => renderJson(report),
  markdown: (report, options) => renderMarkdown(report, { matrixLimit: options.matrixLimit }),
  html: (report) => renderHtml(report),
  github: (report) => renderGithub(report),
} satisfies Record<Format, Renderer>;

export { FORMATS, type Format } from './formats.js';
