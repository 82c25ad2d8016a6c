import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleBuildHint } from './stale-build.js';

/** A project folder with a compiled CLI and sources, with the given ages in seconds. */
function project(ages: { built: number; src: number; knowledge: number }): string {
  const root = mkdtempSync(join(tmpdir(), 'casefile-stale-'));
  const files = { built: join(root, 'dist/cli/main.js'), src: join(root, 'src/extract/a.ts'), knowledge: join(root, 'knowledge/cues.json') };
  const now = Date.now() / 1000;
  for (const [k, file] of Object.entries(files) as [keyof typeof files, string][]) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, now - ages[k], now - ages[k]);
  }
  return files.built;
}

test('a build newer than its sources gives no hint', () => {
  assert.equal(staleBuildHint(project({ built: 10, src: 100, knowledge: 100 })), undefined);
});

test('knowledge changed after the build names the cause and the command that mends it', () => {
  const hint = staleBuildHint(project({ built: 100, src: 200, knowledge: 10 }));
  assert.match(hint ?? '', /older than knowledge\/.*npm run build/);
  assert.doesNotMatch(hint ?? '', /src\//);
});

test('an installed package without sources gives no hint', () => {
  const root = mkdtempSync(join(tmpdir(), 'casefile-stale-'));
  mkdirSync(join(root, 'dist/cli'), { recursive: true });
  writeFileSync(join(root, 'dist/cli/main.js'), '');
  assert.equal(staleBuildHint(join(root, 'dist/cli/main.js')), undefined);
});
