import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { SCHEMA_ID } from '../src/version.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = path.join(ROOT, 'schema', 'report.v3.json');

/** The schema text as the types give it today. */
export function reportSchemaText(): string {
  const schema = createGenerator({
    path: path.join(ROOT, 'src', 'report', 'json-types.ts'),
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    type: 'JsonReport',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: true,
    skipTypeCheck: true,
  }).createSchema('JsonReport');
  schema.$id = SCHEMA_ID;
  schema.title = 'claimdiff report, schemaVersion 3';
  return `${JSON.stringify(schema, null, 2)}\n`;
}
