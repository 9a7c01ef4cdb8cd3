/**
 * Generate schema/report.v3.json, the JSON Schema of the `--json` report, from the `JsonReport` type in
 * src/report/json-types.ts, so the contract is written once. `npm run schema` after changing the types; a test fails
 * while the committed schema differs from what the types give.
 */
import fs from 'node:fs';
import { reportSchemaText, SCHEMA_FILE } from './schema-text.js';

fs.writeFileSync(SCHEMA_FILE, reportSchemaText());
console.log(`${SCHEMA_FILE} written`);
