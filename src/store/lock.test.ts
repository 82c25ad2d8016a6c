import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withLockFile } from './lock.js';

test('a lock file left empty or naming a dead process is taken over; the lock holds its taker\'s id and is gone after', { timeout: 5000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-lock-'));
  try {
    const file = join(dir, '.link.lock');
    for (const left of ['', '999999999']) {
      writeFileSync(file, left);
      const seen = await withLockFile(file, async () => readFileSync(file, 'utf8'));
      assert.equal(seen, String(process.pid));
      assert.equal(existsSync(file), false);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock held by a live process is waited for, and the waiter is told whom it waits for', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-lock-'));
  try {
    const file = join(dir, '.link.lock');
    const order: string[] = [];
    let release!: () => void;
    const first = withLockFile(file, () => new Promise<void>((r) => { order.push('first'); release = r; }));
    await new Promise((r) => setTimeout(r, 50));
    let told = '';
    const second = withLockFile(file, async () => { order.push('second'); }, (holder) => { told = holder; });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(order, ['first']);
    assert.equal(told, `casefile process ${process.pid}`);
    release();
    await Promise.all([first, second]);
    assert.deepEqual(order, ['first', 'second']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
