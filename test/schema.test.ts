import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchemaText, SCHEMA_FILE } from '../scripts/schema-text.js';
import { compare } from '../src/pipeline.js';
import { toJsonReport } from '../src/report/json.js';
import { SCHEMA_ID } from '../src/version.js';
import { fixtureSources } from './helpers/fixtures.js';
import { ROOT } from './helpers/run-cli.js';
import { schemaErrors } from './helpers/schema.js';

describe('schema/report.v3.json', () => {
  it('is what the JsonReport type gives (run `npm run schema` after changing src/report/json-types.ts or src/types.ts)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(reportSchemaText());
  }, 60_000);

  const folders = fs
    .readdirSync(path.join(ROOT, 'fixtures'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.readdirSync(path.join(ROOT, 'fixtures', d.name)).filter((f) => /\.(txt|md)$/.test(f)).length >= 2)
    .map((d) => d.name)
    .sort();

  it.each(folders)('validates the report on fixtures/%s', (folder) => {
    const report = compare(fixtureSources(folder));
    expect(schemaErrors(toJsonReport(report))).toEqual([]);
    expect(report.$schema).toBe(SCHEMA_ID);
  });

  it.each([
    { name: 'a wrong schemaVersion', patch: { schemaVersion: 2 } },
    { name: 'facts not listed once', patch: { facts: undefined } },
    { name: 'a claim without sources', patch: { claims: [{ id: 'c1' }] } },
    { name: 'a missing sources list', patch: { sources: undefined } },
  ])('rejects a report with $name', ({ patch }) => {
    const report = { ...toJsonReport(compare(fixtureSources('identical'))), ...patch };
    expect(schemaErrors(report)).not.toEqual([]);
  });

  it('is shipped in the package, and named by a URL of this version that serves that very file', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; files: string[]; exports: Record<string, string> };
    expect(manifest.files).toContain('schema');
    expect(manifest.exports['./schema/report.v3.json']).toBe('./schema/report.v3.json');
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as { $id: string };
    expect(schema.$id).toBe(`https://unpkg.com/claimdiff@${manifest.version}/schema/report.v3.json`);
    expect(SCHEMA_ID).toBe(schema.$id);
  });
});
