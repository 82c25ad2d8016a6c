import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { listInputFiles } from './index.js';
import { readJson } from './json.js';
import { checkHtmlDepth, checkMarkdownDepth, checkTextSize, MAX_TEXT_CHARS } from './limits.js';
import { checkZip } from './zip-guard.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('reader limits', () => {
  it('refuses HTML nested past the limit by a scan, and lets ordinary pages and unclosed paragraphs through', () => {
    assert.throws(() => checkHtmlDepth(`${'<div>'.repeat(1001)}x`, 'deep.html'), /deep\.html: .*HTML elements are nested more than 1000 levels/);
    assert.doesNotThrow(() => checkHtmlDepth(`<html><body>${'<p>para'.repeat(5000)}${'<div><br><img src=x></div>'.repeat(2000)}</body></html>`, 'ok.html'));
    assert.doesNotThrow(() => checkHtmlDepth(`<script>${'<div>'.repeat(2000)}</script>`, 'script.html'));
  });

  it('refuses Markdown lists and quotes nested past the limit', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    assert.throws(() => checkMarkdownDepth(list(70), 'list.md'), /list\.md: .*Markdown lists are nested more than 64/);
    assert.throws(() => checkMarkdownDepth(`${'>'.repeat(65)} x`, 'quote.md'), /block quotes are nested/);
    assert.doesNotThrow(() => checkMarkdownDepth(`${list(10)}\n\n> > quoted\n\n${' '.repeat(400)}indented code`, 'ok.md'));
  });

  it('refuses a report text longer than the limit, saying to split it', () => {
    assert.throws(() => checkTextSize('x'.repeat(MAX_TEXT_CHARS + 1), 'big.txt'), /big\.txt: .*split it into several reports/);
  });

  it('checks a zip before it is inflated: entry count, and parts that inflate past the limit', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document>${' '.repeat(3 * 1024 * 1024)}</w:document>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const xml = (name: string) => name.endsWith('.xml');
    assert.throws(() => checkZip(bomb, 'bomb.docx', xml, { maxEntries: 10, maxUnpacked: 1024 * 1024 }), /bomb\.docx: .*would unpack to more than 1 MB \(at word\/document\.xml\)/);
    assert.doesNotThrow(() => checkZip(bomb, 'ok.docx', xml, { maxEntries: 10, maxUnpacked: 4 * 1024 * 1024 }));
    const many = new JSZip();
    for (let i = 0; i < 12; i++) many.file(`part${i}.xml`, '<x/>');
    const manyBytes = await many.generateAsync({ type: 'uint8array' });
    assert.throws(() => checkZip(manyBytes, 'many.docx', xml, { maxEntries: 10, maxUnpacked: 1024 }), /holds 12 entries; a document holds at most 10/);
    assert.throws(() => checkZip(bomb.subarray(0, bomb.length - 30), 'cut.docx', xml), /cut\.docx: .*damaged/);
  });

  it('reads a JSON array item by item, each report with its own bytes', async () => {
    const items = [{ title: 'One', text: 'First [report] with "quotes", {braces} and \\\\ backslashes.' }, { title: 'Two', text: 'Second report.' }];
    const results = await readJson({ path: 'a.json', bytes: enc(` [\n${items.map((i) => JSON.stringify(i)).join(' ,\n')}\n] `) });
    assert.deepEqual(results.map((r) => [r.origin, r.input.title, new TextDecoder().decode(r.raw)]), items.map((i, n) => [`a.json#${n + 1}`, i.title, JSON.stringify(i)]));
    await assert.rejects(readJson({ path: 'cut.json', bytes: enc(`[${JSON.stringify(items[0])},{"title":`) }), /cut\.json: .*never closes/);
    await assert.rejects(readJson({ path: 'bad.json', bytes: enc(`[${JSON.stringify(items[0])},{"title": }]`) }), /bad\.json#2: .*line 1/);
  });

  it('names a file whose name is not UTF-8 instead of skipping it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'casefile-names-'));
    try {
      await writeFile(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x61, 0xff, 0x2e, 0x74, 0x78, 0x74])]), 'A\n\nB\n');
      await writeFile(join(dir, 'good.txt'), 'A\n\nB\n');
      const refused: string[] = [];
      assert.deepEqual(await listInputFiles([dir], (e) => refused.push(e.message)), [join(dir, 'good.txt')]);
      assert.equal(refused.length, 1);
      assert.match(refused[0], /a\uFFFD\.txt: .*name is not valid UTF-8 \(bytes 61ff2e747874/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a parser failure', () => {
  it('says where in the file in words, not in the parser\'s own notation', async () => {
    const { readFeed } = await import('./feed.js');
    const bytes = new TextEncoder().encode('<?xml version="1.0"?>\n<rss><channel><title>x</title></channel></rss>\n</rss>');
    await assert.rejects(readFeed({ path: 'broken.rss', bytes } as Parameters<typeof readFeed>[0]), (e: Error) => {
      assert.match(e.message, /malformed XML: .+ at line \d+/);
      assert.doesNotMatch(e.message, /undefined|:\d+:\d+$/);
      return true;
    });
  });
});
