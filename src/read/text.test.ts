import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('plain text reader', () => {
  it('takes the first non-empty line as title and the rest as text, keeping the raw bytes', async () => {
    const raw = bytes('\n\nPolice arrest a broker in Sinuiju\n\nA broker was arrested\nin Sinuiju last week.\n');
    const [r] = await readBytes({ path: 'reports/a.txt', bytes: raw });
    assert.equal(r.input.title, 'Police arrest a broker in Sinuiju');
    assert.equal(r.input.text, '\nA broker was arrested\nin Sinuiju last week.\n');
    assert.equal(r.origin, 'reports/a.txt');
    assert.equal(r.raw, raw);
  });

  it('reads UTF-16 text with a byte-order mark and Hangul', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('혜산 소식\n보위부가 밀수꾼을 체포했다.', 'utf16le')]);
    const [r] = await readBytes({ path: 'ko.txt', bytes: new Uint8Array(utf16) });
    assert.equal(r.input.title, '혜산 소식');
    assert.equal(r.input.text, '보위부가 밀수꾼을 체포했다.');
  });

  it('refuses a file with only a title line', async () => {
    await rejectsWith(readBytes({ path: 'one.txt', bytes: bytes('Just a title\n\n') }), 'E_READ_EMPTY', 'one.txt');
  });

  it('refuses an empty or whitespace-only file', async () => {
    await rejectsWith(readBytes({ path: 'empty.txt', bytes: new Uint8Array() }), 'E_READ_EMPTY', 'empty.txt');
    await rejectsWith(readBytes({ path: 'blank.txt', bytes: bytes(' \n\t\n') }), 'E_READ_EMPTY', 'blank.txt');
  });

  it('refuses binary data and text that is not UTF-8', async () => {
    await rejectsWith(readBytes({ path: 'image.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) }), 'E_READ_BINARY', 'image.txt');
    await rejectsWith(readBytes({ path: 'latin1.txt', bytes: new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x63, 0x61, 0x66, 0xe9]) }), 'E_READ_UNREADABLE', 'UTF-8');
  });
});
