// npm run bench [-- options]         runs every bench/<name>/main.mjs in turn
// npm run bench:<name> [-- options]  runs one (node bench/run.mjs <name>)
// Benchmarks run the compiled JavaScript in dist/, the code users run, so the
// project is built first; compiler messages go to stderr to keep --json output clean.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const all = readdirSync(benchDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(benchDir, d.name, 'main.mjs')))
  .map((d) => d.name)
  .sort();

// names first, then options for the benchmarks: run.mjs extract --json --words 100000
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('-'));
const named = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const unknown = named.find((n) => !all.includes(n));
if (unknown) {
  process.stderr.write(`bench: no benchmark "${unknown}" (have: ${all.join(', ')})\n`);
  process.exit(2);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
process.stderr.write('bench: building dist/ ...\n');
const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 2, 2] });
if (build.status !== 0) process.stderr.write('bench: the build reported errors (above); benchmarking the JavaScript it emitted\n');

let failed = false;
for (const name of named.length ? named : all) {
  const run = spawnSync(process.execPath, [join(benchDir, name, 'main.mjs'), ...options], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`bench: ${name} failed (exit ${run.status ?? run.signal})\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
