/**
 * The package as npm would publish it: what `npm pack` puts in the tarball (nothing that points to a file left
 * out), and the tarball installed in a temporary folder, imported by its name as a newsroom's own code would.
 * No network: the tarball is unpacked by hand and its dependencies are links to this project's node_modules.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { requireBuild, ROOT } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';

const run = promisify(execFile);

interface Manifest {
  name: string;
  version: string;
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  repository?: unknown;
  homepage?: string;
  bugs?: unknown;
  license: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-package-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

let tarball = '';
let files = new Set<string>();

beforeAll(async () => {
  requireBuild();
  // --ignore-scripts: `prepare` would rebuild dist/ under the other test files that run it.
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', TMP], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(TMP, packed!.filename);
  files = new Set(packed!.files.map((f) => f.path));
}, 120_000);

/** Every path the manifest names: main, types, bin, and each export's targets. */
function manifestPaths(m: Manifest): string[] {
  const targets = Object.values(m.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  return [m.main, m.types, ...Object.values(m.bin), ...targets].map((p) => path.posix.normalize(p));
}

/**
 * The module specifiers of a .js or .d.ts file: its import and export statements (each starts a line, as tsc
 * writes them) and its dynamic imports.
 */
function specifiers(text: string): string[] {
  const statements = [...text.matchAll(/^(?:(?:import|export)\b[^;'"]*?\bfrom|import)\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...statements, ...dynamic];
}

/** The package a bare specifier names (`@scope/name` or `name`); undefined for a relative path. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.')) return undefined;
  return specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

describe('npm pack', () => {
  it('holds the licence, the readme, the manifest and every file the manifest names', () => {
    for (const file of ['LICENSE', 'README.md', 'package.json', ...manifestPaths(manifest)]) expect(files, file).toContain(file);
  });

  it('holds no source maps, sources, tests or logs', () => {
    expect([...files].filter((f) => /\.map$|^src\/|^test\/|\.log$|\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('holds every module each shipped module imports, and each package it imports is a dependency', () => {
    const missing: string[] = [];
    const undeclared = new Set<string>();
    let relative = 0;
    for (const file of [...files].filter((f) => /\.(js|d\.ts)$/.test(f))) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const spec of specifiers(text)) {
        if (spec.startsWith('node:')) continue;
        const name = packageOf(spec);
        if (name !== undefined) {
          if (file.endsWith('.js') && manifest.dependencies[name] === undefined) undeclared.add(`${file}: ${name}`);
          continue;
        }
        relative++;
        const target = path.posix.join(path.posix.dirname(file), spec);
        const wanted = file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target;
        if (!files.has(wanted)) missing.push(`${file} -> ${spec}`);
      }
      const map = /\/\/# sourceMappingURL=(\S+)/.exec(text);
      if (map !== null) missing.push(`${file} -> ${map[1]!}`);
    }
    // The scan sees the imports it must: without this, a pattern that matched nothing would pass.
    expect(relative).toBeGreaterThan(files.size);
    expect(missing).toEqual([]);
    expect([...undeclared]).toEqual([]);
  });

  it('has nothing for publint to report (errors, warnings or suggestions)', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ pack: { tarball: new Uint8Array(fs.readFileSync(tarball)).buffer }, strict: true });
    expect(messages).toEqual([]);
  }, 60_000);

  it('says where the project lives, under the licence its LICENSE file gives', () => {
    expect(manifest.repository).toBeDefined();
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs).toBeDefined();
    expect(manifest.license).toBe('MIT');
    expect(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('is the version the code says', () => {
    expect(VERSION).toBe(manifest.version);
  });
});

describe('the packed tarball, installed in a temporary folder', () => {
  const app = path.join(TMP, 'app');
  const modules = path.join(app, 'node_modules');

  beforeAll(async () => {
    fs.mkdirSync(modules, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', TMP]);
    fs.renameSync(path.join(TMP, 'package'), path.join(modules, manifest.name));
    // Only the declared dependencies (and Node's types, for the TypeScript check) are there to be found.
    for (const dep of [...Object.keys(manifest.dependencies), '@types/node']) {
      const link = path.join(modules, dep);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(path.join(ROOT, 'node_modules', dep), link, 'dir');
    }
  }, 120_000);

  it('imports claimdiff by name and runs loadSources -> compare -> render on the seeds: the report the CLI prints', async () => {
    const script = path.join(app, 'consumer.mjs');
    fs.writeFileSync(
      script,
      [
        "import { compare, InputError, loadSources, render } from 'claimdiff';",
        'const sources = await loadSources([process.argv[2]]);',
        "process.stdout.write(render(compare(sources), 'markdown'));",
        "const missing = await loadSources(['no/such/file.txt']).catch((error) => error);",
        'process.stderr.write(`${missing instanceof InputError}: ${missing.message}\\n`);',
      ].join('\n'),
    );
    // Run from the project root, so the report names fixtures/seeds/... as the CLI run below does.
    const { stdout, stderr } = await run(process.execPath, [script, 'fixtures/seeds'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const cli = await runMain(['fixtures/seeds', '--format', 'markdown']);
    expect(stdout).toBe(cli.stdout);
    expect(stderr).toBe('true: no/such/file.txt: no such file or directory\n');
  }, 120_000);

  it("runs the README's library example as it is written", async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /## Library\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from 'claimdiff'");
    const script = path.join(app, 'readme-example.mjs');
    fs.writeFileSync(script, example!);
    const { stdout, stderr } = await run(process.execPath, [script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^c1: different weekdays for the same event in sentences stating the same claim\n## claimdiff: 5 sources/);
  }, 120_000);

  it('type-checks a TypeScript caller against the shipped declarations', async () => {
    fs.writeFileSync(
      path.join(app, 'consumer.ts'),
      [
        "import { compare, loadSources, render, SCHEMA_ID, type Format, type Report } from 'claimdiff';",
        "const format: Format = 'html';",
        'export async function page(inputs: string[]): Promise<string> {',
        '  const report: Report = compare(await loadSources(inputs), { threshold: 0.5 });',
        '  return report.$schema === SCHEMA_ID ? render(report, format, { summary: true }) : "";',
        '}',
      ].join('\n'),
    );
    const tsconfig = { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: ['node'] }, files: ['consumer.ts'] };
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', app]).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  }, 120_000);

  it('runs its bin', async () => {
    const { stdout } = await run(process.execPath, [path.join(modules, manifest.name, 'bin', 'claimdiff.js'), '--version']);
    expect(stdout.trim()).toBe(manifest.version);
  }, 60_000);
});
