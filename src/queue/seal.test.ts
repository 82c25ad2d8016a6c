import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSealer, newKey } from '../store/crypto/sealer.js';
import { fileBytes, sealFileJob } from './seal.js';

test('a queued file sealed for one job opens with the key for that job only, and is refused by name without the key', async () => {
  const sealer = await createSealer(await newKey());
  const job = { name: 'report.txt', bytes: Buffer.from('a source in Hyesan said').toString('base64') };
  const sealed = sealFileJob(job, 'job-1', sealer);
  assert.equal(sealed.sealed, true);
  assert.ok(!Buffer.from(sealed.bytes, 'base64').toString('latin1').includes('Hyesan'));
  assert.equal(fileBytes(sealed, 'job-1', sealer).toString(), 'a source in Hyesan said');
  assert.throws(() => fileBytes(sealed, 'job-2', sealer), { code: 'E_KEY' });
  assert.throws(() => fileBytes(sealed, 'job-1', null), (e: Error & { code?: string }) => e.code === 'E_LOCKED' && e.message.includes('report.txt') && e.message.includes('CASEFILE_KEY_FILE'));
  // without a key nothing is sealed and the bytes pass as they are
  assert.deepEqual(sealFileJob(job, 'job-1', null), job);
  assert.equal(fileBytes(job, 'job-1', null).toString(), 'a source in Hyesan said');
});
