/**
 * The output-safety layer: every text that came from input (article text, file and folder names, values),
 * on its way to standard output, standard error or a report file, goes through here, whatever the format.
 *
 * - Control characters (C0, DEL, C1: terminal escapes, a carriage return that overwrites a line) and the
 *   invisible bidirectional controls (U+202A-202E, U+2066-2069, U+200E/200F, U+061C: text that reads
 *   differently from what it is) become visible stand-ins, so no input can steer the reader's terminal.
 * - CI runners execute workflow commands found in a job's output: `::name::` at the start of a line (after
 *   blanks) and `##[name]` anywhere in one (GitHub Actions; Azure Pipelines reads `##vso[`). A zero-width
 *   space goes between the two colons and before the `[`, so no input can form one: the reader sees the
 *   same text, the runner sees no command. Since any word of a text can start a line once it is wrapped,
 *   every `::` is broken, not only a leading one.
 *
 * Every rule replaces one character, or inserts right before the character that completes a match: so
 * `safeText(prefix)` is always a prefix of `safeText(text)`, which is what lets spans be mapped.
 */

const ZWSP = '\u200b';

/** Characters made visible in any text from input. */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, and the line breaks and tabs a one-line name or message must not have. */
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The second colon of `::`, and the `[` of `##[`: where a zero-width space breaks a workflow command. */
const COMMAND_MARKERS = /(?<=:)(?=:)|(?<=##)(?=\[)|(?<=##vso)(?=\[)/gi;

/** A control as a character a person can see: C0 and DEL as their Unicode control pictures (␛, ␊), others as <U+202E>. */
export function visibleControl(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Text that may run over several lines (a sentence, a diff): line breaks and tabs kept, the rest made harmless. */
export function safeText(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, visibleControl).replace(COMMAND_MARKERS, ZWSP);
}

/** A name or message printed on one line: as safeText, and line breaks and tabs made visible too. */
export function safeLine(text: string): string {
  return text.replace(LINE_CONTROLS, visibleControl).replace(COMMAND_MARKERS, ZWSP);
}

/** Whether a text needs any change: the common case costs one scan and no copy. */
const NEEDS_CARE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069:#]/;

/**
 * A copy of any report-shaped value with every string made safe: `text` fields by safeText (a sentence may
 * span lines), every other string by safeLine. A `span` beside a `text` is moved with it, so highlighted words
 * stay the same words.
 */
export function safeValue<T>(value: T): T {
  return walk(value, undefined) as T;
}

function walk(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') {
    if (!NEEDS_CARE.test(value)) return value;
    return key === 'text' ? safeText(value) : safeLine(value);
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, key));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, k);
  const { text, span } = value as { text?: unknown; span?: unknown };
  if (typeof text === 'string' && isSpan(span) && out.text !== text) {
    out.span = [safeText(text.slice(0, span[0])).length, safeText(text.slice(0, span[1])).length];
  }
  return out;
}

function isSpan(span: unknown): span is [number, number] {
  return Array.isArray(span) && span.length === 2 && typeof span[0] === 'number' && typeof span[1] === 'number';
}

/** Characters JSON.stringify leaves raw that must not reach a terminal: DEL, C1, bidi controls, line separators. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for standard output and files: JSON.stringify's text with the characters it leaves raw that could steer
 * a terminal written as \u escapes, and the `[` of any `##[` or `##vso[` too, so no CI runner reads a command
 * in it. Only the spelling changes: the parsed value is the same. (JSON.stringify escapes C0 controls itself,
 * and a line of pretty-printed JSON starts with blanks and a quote, bracket or digit, never `::`.)
 */
export function safeJson(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Only a text with "##" in it can hold a runner's command (a lookbehind tried at every character costs more).
  return json.includes('##') ? json.replace(/(?<=##(?:vso)?)\[/gi, '\\u005b') : json;
}
