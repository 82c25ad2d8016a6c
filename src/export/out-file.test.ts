import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWhole } from './out-file.js';

test('a finished export replaces nothing half-written and appears whole', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'casefile-out-'));
  try {
    const file = join(dir, 'events.csv');
    const n = await writeWhole(file, async (out) => { out.end('a,b\n'); await new Promise<void>((r) => out.on('finish', () => r())); return 1; });
    assert.equal(n, 1);
    assert.equal(await readFile(file, 'utf8'), 'a,b\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a failed export leaves no file behind', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'casefile-out-'));
  try {
    await assert.rejects(writeWhole(join(dir, 'events.csv'), async (out) => { out.write('partial'); throw new Error('store went away'); }), /store went away/);
    assert.deepEqual(await readdir(dir), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
