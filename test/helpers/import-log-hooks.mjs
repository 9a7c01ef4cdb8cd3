/** Module hooks for import-log.mjs (they run on a thread of their own). */
import fs from 'node:fs';

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (process.env.CLAIMDIFF_IMPORT_LOG) fs.appendFileSync(process.env.CLAIMDIFF_IMPORT_LOG, `${resolved.url}\n`);
  return resolved;
}
