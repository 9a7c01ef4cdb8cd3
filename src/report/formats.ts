/**
 * The output formats, in a module of their own so the command line can list them (and `--help` show them)
 * without loading the renderers. report/index.ts checks it has a renderer for each.
 */
export const FORMATS = ['terminal', 'json', 'markdown', 'html', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** What `claimdiff check` can print. */
export const CHECK_FORMATS = ['terminal', 'json', 'github'] as const satisfies readonly Format[];

/** Endings of an -o file that say its format, when -f does not. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = { json: 'json', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };

/** The format an output file's ending names (`report.html` -> html); none for any other ending. */
export function formatOfFile(file: string): Format | undefined {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMAT_OF_EXTENSION[extension];
}
