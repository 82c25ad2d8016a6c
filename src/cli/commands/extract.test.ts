import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extraction } from '../../core/model.js';
import { runExtract, type ExtractFlags } from './extract.js';

async function extract(args: string[], flags: ExtractFlags): Promise<{ out: string; err: string; failed: number }> {
  let out = '';
  let err = '';
  const failed = await runExtract(args, flags, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { out, err, failed };
}

test('extract --jsonl prints one extraction per report with input, reportId and title, and names bad files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-extract-'));
  const good = join(dir, 'report.txt');
  writeFileSync(good, 'Traders detained in Hyesan\n\nPolice arrested two copper traders in Hyesan, a source in Ryanggang Province said.\n');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const { out, err, failed } = await extract([good, empty], { jsonl: true });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].input, good);
  assert.equal(lines[0].title, 'Traders detained in Hyesan');
  assert.match(lines[0].reportId, /^[0-9a-f]{32}$/);
  const { input: _i, reportId: _r, title: _t, ...extraction } = lines[0];
  assert.doesNotThrow(() => Extraction.parse(extraction));
  assert.ok(lines[0].events.some((e: { type: string }) => e.type === 'ARREST'));
  assert.match(err, /empty\.txt/);
  assert.equal(failed, 1);
});

test('extract without --jsonl prints a readable summary without source descriptors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-extract-'));
  const file = join(dir, 'r.txt');
  writeFileSync(file, 'Arrests\n\nPolice arrested two traders in Hyesan, a source close to the trade in Ryanggang Province said.\n');
  const { out } = await extract([file], {});
  assert.match(out, /ARREST at Hyesan/);
  assert.match(out, /anonymous_insider in Ryanggang/);
  assert.doesNotMatch(out, /close to the trade/);
});
