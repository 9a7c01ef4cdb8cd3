/**
 * The package's version, as package.json says (test/package.test.ts holds them equal). A constant, not a read of
 * package.json, so the pipeline does no I/O when imported.
 */
export const VERSION = '0.1.0';

/**
 * The report's JSON Schema, at a URL editors and validators can fetch: the package's own file, of this very
 * version, on a public npm CDN. The schema's `$id` is the same (scripts/schema-text.ts).
 */
export const SCHEMA_ID = `https://unpkg.com/claimdiff@${VERSION}/schema/report.v3.json`;
