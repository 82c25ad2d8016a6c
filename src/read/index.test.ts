import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { detectFormat } from './detect.js';
import { listInputFiles, readBytes, readPath, readPaths } from './index.js';
import { rejectsWith } from './test-assert.case.js';

let dir: string;
const report = (title: string) => JSON.stringify({ title, text: `${title}: a cadre in Hyesan was dismissed.` });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-read-'));
  await mkdir(join(dir, 'sub', 'deeper'), { recursive: true });
  await mkdir(join(dir, '.hidden-folder'));
  await writeFile(join(dir, 'a.txt'), 'Title A\nBody of report A.\n');
  await writeFile(join(dir, 'sub', 'b.json'), report('B'));
  await writeFile(join(dir, 'sub', 'deeper', 'c.md'), '# C\n\nBody of report C.\n');
  await writeFile(join(dir, 'sub', 'bad.json'), '{"title": "broken"');
  await writeFile(join(dir, '.hidden.txt'), 'Hidden\nnot read\n');
  await writeFile(join(dir, '.hidden-folder', 'd.txt'), 'Hidden D\nnot read\n');
  await writeFile(join(dir, 'noext'), 'Plain title\nplain body\n');
});
after(() => rm(dir, { recursive: true, force: true }));

describe('readPath', () => {
  it('reads a file by its format', async () => {
    const [r] = await readPath(join(dir, 'sub', 'deeper', 'c.md'));
    assert.equal(r.input.title, 'C');
    assert.equal(r.origin, join(dir, 'sub', 'deeper', 'c.md'));
  });

  it('reads a file without an extension as plain text', async () => {
    const [r] = await readPath(join(dir, 'noext'));
    assert.deepEqual(r.input, { title: 'Plain title', text: 'plain body\n' });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, `Big\n${'x'.repeat(3000)}\n`);
    await rejectsWith(readPath(big, { maxBytes: 2048 }), 'E_READ_TOO_LARGE', big, 'exceeds the limit of 2 KB');
    await rm(big);
  });

  it('refuses bytes over the size limit', async () => {
    await rejectsWith(readBytes({ path: 'upload.txt', bytes: new Uint8Array(4096).fill(65) }, { maxBytes: 1024 }), 'E_READ_TOO_LARGE', 'upload.txt', '4 KB');
  });

  it('names a missing file and a folder given as a file', async () => {
    await rejectsWith(readPath(join(dir, 'missing.txt')), 'E_READ_UNREADABLE', 'missing.txt', 'no such file');
    await rejectsWith(readPath(join(dir, 'sub')), 'E_READ_UNREADABLE', 'folder');
  });
});

describe('readPaths', () => {
  it('expands folders recursively in a stable order, skipping hidden files and folders', async () => {
    const files = await listInputFiles([dir]);
    assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), ['a.txt', 'noext', 'sub/b.json', 'sub/bad.json', 'sub/deeper/c.md']);
  });

  it('reads a hidden file when it is named', async () => {
    assert.deepEqual(await listInputFiles([join(dir, '.hidden.txt')]), [join(dir, '.hidden.txt')]);
  });

  it('reports a bad file with its error and reads the rest', async () => {
    const reads = await readPaths([dir]);
    assert.deepEqual(reads.map((r) => [r.path.slice(dir.length + 1), r.error?.code ?? r.results?.length]), [
      ['a.txt', 1], ['noext', 1], ['sub/b.json', 1], ['sub/bad.json', 'E_READ_JSON'], ['sub/deeper/c.md', 1],
    ]);
  });
});

describe('detectFormat', () => {
  const b = (s: string) => new TextEncoder().encode(s);
  it('trusts magic bytes over the extension, the extension over the content', () => {
    assert.equal(detectFormat('x.txt', b('%PDF-1.7 ...')), 'pdf');
    assert.equal(detectFormat('x.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04])), 'docx');
    assert.equal(detectFormat('x.txt', b('{"title": "a"}')), 'text');
    assert.equal(detectFormat('x.NDJSON', b('{}')), 'jsonl');
  });

  it('sniffs files without a known extension', () => {
    assert.equal(detectFormat('download', b('  [{"title": "a"}]')), 'json');
    assert.equal(detectFormat('download', b('<!DOCTYPE html><html>')), 'html');
    assert.equal(detectFormat('download', b('<?xml version="1.0"?>\n<rss version="2.0">')), 'feed');
    assert.equal(detectFormat('download', b('# Heading\n\ntext')), 'markdown');
    assert.equal(detectFormat('download', b('Title\ntext')), null);
  });
});
