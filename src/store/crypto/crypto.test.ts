// The crypto module alone: sealing values, key files, masking source spans.
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isCasefileError } from '../../core/errors.js';
import { readKeyFile, writeKeyFile, writePassphraseFile } from './key-file.js';
import { MASK, maskSources } from './mask.js';
import { createSealer, isSealedBytes, isSealedText, newKey } from './sealer.js';

const keyError = (e: unknown) => isCasefileError(e) && e.code === 'E_KEY';

describe('sealer', () => {
  it('seals text and bytes so they open only with the same key and context', async () => {
    const sealer = await createSealer(await newKey());
    const sealed = sealer.sealText('a source in Ryanggang Province 량강도', 'ctx:1');
    assert.ok(isSealedText(sealed));
    assert.ok(!sealed.includes('Ryanggang'));
    assert.equal(sealer.openText(sealed, 'ctx:1'), 'a source in Ryanggang Province 량강도');
    // a fresh nonce each time: the same value never seals the same way twice
    assert.notEqual(sealer.sealText('same', 'c'), sealer.sealText('same', 'c'));
    assert.throws(() => sealer.openText(sealed, 'ctx:2'), keyError);
    assert.throws(() => sealer.openText(`${sealed.slice(0, -4)}AAAA`, 'ctx:1'), keyError);
    const other = await createSealer(await newKey());
    assert.throws(() => other.openText(sealed, 'ctx:1'), keyError);
    assert.notEqual(other.fingerprint, sealer.fingerprint);

    const bytes = sealer.sealBytes(Uint8Array.from([1, 2, 3]), 'raw');
    assert.ok(isSealedBytes(bytes));
    assert.deepEqual([...sealer.openBytes(bytes, 'raw')], [1, 2, 3]);
    assert.throws(() => sealer.openBytes(bytes, 'raw:other'), keyError);
  });

  it('refuses a key of the wrong size', async () => {
    await assert.rejects(createSealer(new Uint8Array(16)), keyError);
  });
});

describe('key files', () => {
  let dir: string;
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'casefile-key-')); });
  after(() => rm(dir, { recursive: true, force: true }));

  it('writes a new key owner-only, reads it back, and never overwrites a file', async () => {
    const file = join(dir, 'k1');
    const key = await writeKeyFile(file);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.deepEqual(await readKeyFile(file), key);
    const before = await readFile(file, 'utf8');
    await assert.rejects(writeKeyFile(file), /never overwritten/);
    assert.equal(await readFile(file, 'utf8'), before);
  });

  it('refuses a key file others can read, and files that are no key', async () => {
    const file = join(dir, 'k2');
    await writeKeyFile(file);
    await chmod(file, 0o644);
    await assert.rejects(readKeyFile(file), /readable by others/);
    const junk = join(dir, 'junk');
    await writeFile(junk, 'not json', { mode: 0o600 });
    await assert.rejects(readKeyFile(junk), /not a Casefile key file/);
    await assert.rejects(readKeyFile(join(dir, 'missing')), /cannot read the key file/);
  });

  it('derives the key from a passphrase with Argon2id and the stored salt and parameters', async () => {
    const file = join(dir, 'p1');
    const params = { memoryCost: 8192, timeCost: 2, parallelism: 1 };
    const key = await writePassphraseFile(file, 'correct horse battery staple', params);
    const json = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(json.kdf, 'argon2id');
    assert.equal(json.memoryCost, 8192);
    assert.equal(json.key, undefined);
    assert.deepEqual(await readKeyFile(file, { CASEFILE_PASSPHRASE: 'correct horse battery staple' }), key);
    assert.notDeepEqual(await readKeyFile(file, { CASEFILE_PASSPHRASE: 'correct horse battery stapler' }), key);
    await assert.rejects(readKeyFile(file, {}), /set CASEFILE_PASSPHRASE/);
    await assert.rejects(writePassphraseFile(join(dir, 'p2'), 'short', params), /shorter than 12/);
    // a second file from the same passphrase has its own salt, so its own key
    assert.notDeepEqual(await writePassphraseFile(join(dir, 'p3'), 'correct horse battery staple', params), key);
  });
});

describe('masking source spans', () => {
  const text = 'Police arrested two traders in Hyesan, a source in Ryanggang Province said.\nThe Source in  Ryanggang province added that 량강도 소식통 confirmed it.';
  const sources = [
    { descriptor: 'a source in Ryanggang Province', mentions: [{ start: 39, end: 69 }] },
    { descriptor: '량강도 소식통', mentions: [] },
  ];

  it('hides every mention and every recurrence of a descriptor, keeping length, offsets and line breaks', () => {
    const masked = maskSources(text, sources);
    assert.equal(masked.length, text.length);
    assert.ok(!/ryanggang/i.test(masked));
    assert.ok(!masked.includes('소식통'));
    assert.equal(masked.slice(0, 38), text.slice(0, 38));
    assert.equal(masked.slice(39, 69), MASK.repeat(30));
    assert.equal(masked.indexOf('\n'), text.indexOf('\n'));
    assert.ok(masked.includes('confirmed it.'));
  });

  it('leaves a text without sources as it is', () => {
    assert.equal(maskSources(text, []), text);
  });
});
