/**
 * An expected file comes from a pull request like the articles: its shape is checked before any of it is used,
 * so a broken or hostile one (a list nested 100,000 deep, a number where words go) is one line naming the file
 * and the first place that is wrong, never an internal error, and `check` goes on with the other folders.
 */

type Check = (value: unknown, at: string) => string | undefined;

const text: Check = (v, at) => (typeof v === 'string' ? undefined : `${at} must be text`);
const textOrNumber: Check = (v, at) => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? undefined : `${at} must be text or a number`);

function optional(check: Check): Check {
  return (v, at) => (v === undefined ? undefined : check(v, at));
}

function listOf(item: Check): Check {
  return (v, at) => {
    if (!Array.isArray(v)) return `${at} must be a list`;
    for (const [i, x] of v.entries()) {
      const wrong = item(x, `${at}[${i}]`);
      if (wrong !== undefined) return wrong;
    }
    return undefined;
  };
}

function record(fields: Record<string, Check>): Check {
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${at} must be an object`;
    // A finding is compared as its JSON text: a field of any other name (nested 100,000 deep, say) has no place.
    const unknown = Object.keys(v).find((key) => !Object.hasOwn(fields, key));
    if (unknown !== undefined) return `${at} has a field no finding has: ${JSON.stringify(unknown.slice(0, 40))}`;
    for (const [key, check] of Object.entries(fields)) {
      const wrong = check((v as Record<string, unknown>)[key], `${at}.${key}`);
      if (wrong !== undefined) return wrong;
    }
    return undefined;
  };
}

const SECTIONS: Record<'contradictions' | 'additions' | 'omissions', Check> = {
  // `value` (the comparable form, "~90", "monday") is what files written before the values were shown as written hold:
  // they still read, and `check --update` rewrites them.
  contradictions: listOf(record({ kind: text, values: listOf(record({ source: text, value: optional(textOrNumber), words: text, unit: optional(text) })), claim: text })),
  additions: listOf(record({ sources: listOf(text), claim: text })),
  omissions: listOf(record({ omittedBy: listOf(text), claim: text })),
};

/** What is wrong with the shape of a parsed expected file, in a few words, or undefined when nothing is. */
export function expectedShapeProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'must be a JSON object';
  const doc = data as Record<string, unknown>;
  if (doc.schemaVersion !== 1) {
    const shown = typeof doc.schemaVersion === 'number' ? String(doc.schemaVersion) : typeof doc.schemaVersion;
    return `unsupported schemaVersion ${shown} (expected 1)`;
  }
  for (const [key, check] of Object.entries(SECTIONS)) {
    const wrong = check(doc[key], key);
    if (wrong !== undefined) return wrong;
  }
  return undefined;
}
