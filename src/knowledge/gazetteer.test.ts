import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BUNDLED_DIR } from './load.js';

test('the committed GeoNames layer is what the build script writes', () => {
  const script = join(BUNDLED_DIR, '..', 'scripts', 'build-gazetteer.mjs');
  // throws (exit 1) when the generated file is stale or edited by hand
  const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(out, '');
});
