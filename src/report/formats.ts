/**
 * The output formats, in a module of their own so the command line can list them (and `--help` show them)
 * without loading the renderers. report/index.ts checks it has a renderer for each.
 */
export const FORMATS = ['terminal', 'json', 'markdown', 'html', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** What `claimdiff check` can print. */
export const CHECK_FORMATS = ['terminal', 'json', 'github'] as const satisfies readonly Format[];
