import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { ROOT } from './run-cli.js';

let validator: ValidateFunction | undefined;

/** Validate a report against the committed schema/report.v3.json; returns the errors, empty when valid. */
export function schemaErrors(report: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'report.v3.json'), 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator(report) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
