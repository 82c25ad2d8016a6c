import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

const enc = (s: string) => new TextEncoder().encode(s);
const read = (path: string, s: string) => readBytes({ path, bytes: enc(s) });
const report = (n: number, extra: object = {}) => ({ title: `Report ${n}`, text: `Text of report ${n} about Hyesan.`, ...extra });

describe('JSON reader', () => {
  it('reads one report object with all its fields and ignores unknown ones', async () => {
    const [r] = await read('one.json', JSON.stringify(report(1, { published: '2023-05-17', url: 'https://example.org/r/1', outlet: 'Test Outlet', language: 'en', gold: { x: 1 } })));
    assert.deepEqual(r.input, { title: 'Report 1', text: 'Text of report 1 about Hyesan.', published: '2023-05-17', url: 'https://example.org/r/1', outlet: 'Test Outlet', language: 'en' });
    assert.equal(r.origin, 'one.json');
  });

  it('accepts a timestamp as the publication date and empty optional fields', async () => {
    const [r] = await read('ts.json', JSON.stringify(report(1, { published: '2023-05-17T08:30:00Z', url: '', outlet: null })));
    assert.equal(r.input.published, '2023-05-17');
    assert.equal(r.input.url, undefined);
    assert.equal(r.input.outlet, null);
  });

  it('names a report given without a title (null, blank or absent) by its first line, keeping the text whole', async () => {
    const text = '\n  SEOUL -- A cadre in Hyesan was dismissed.\nHis family was sent away.';
    for (const title of [null, '', '  ', undefined]) {
      const [r] = await read('untitled.json', JSON.stringify({ title, text, published: null, url: null, outlet: null }));
      assert.equal(r.input.title, 'SEOUL -- A cadre in Hyesan was dismissed.');
      assert.equal(r.input.text, text);
      assert.equal(r.input.published, null);
    }
    const [long] = await read('long.json', JSON.stringify({ text: `${'word '.repeat(60)}end` }));
    assert.ok(long.input.title.length <= 161 && long.input.title.endsWith('…'), long.input.title);
  });

  it('reads an array of reports, naming each item in its origin', async () => {
    const results = await read('many.json', JSON.stringify([report(1), report(2), report(3)]));
    assert.deepEqual(results.map((r) => [r.origin, r.input.title]), [['many.json#1', 'Report 1'], ['many.json#2', 'Report 2'], ['many.json#3', 'Report 3']]);
  });

  it('refuses the whole array when one item is invalid, naming the item and field', async () => {
    await rejectsWith(read('bad-item.json', JSON.stringify([report(1), { title: 'No text' }, report(3)])), 'E_VALIDATION', 'bad-item.json#2', 'text');
    await rejectsWith(read('bad-date.json', JSON.stringify(report(1, { published: 'last spring' }))), 'E_VALIDATION', 'bad-date.json', 'published');
    await rejectsWith(read('bad-url.json', JSON.stringify(report(1, { url: 'not a url' }))), 'E_VALIDATION', 'bad-url.json', 'url');
  });

  it('refuses JSON that is not a report', async () => {
    await rejectsWith(read('str.json', '"just a string"'), 'E_VALIDATION', 'str.json', 'a string');
    await rejectsWith(read('empty-array.json', '[]'), 'E_READ_EMPTY', 'empty-array.json');
  });

  it('refuses invalid JSON with the line and column of the fault', async () => {
    await rejectsWith(read('broken.json', '{\n  "title": "A",\n  "text": "B",,\n}'), 'E_READ_JSON', 'broken.json', 'line 3');
  });
});

describe('JSON lines reader', () => {
  it('reads one report per line with the line as its raw bytes, skipping blank lines', async () => {
    const lines = `${JSON.stringify(report(1))}\n\n${JSON.stringify(report(2, { title: '혜산 보고' }))}\n`;
    const results = await read('feed.jsonl', lines);
    assert.deepEqual(results.map((r) => r.origin), ['feed.jsonl#1', 'feed.jsonl#3']);
    assert.equal(new TextDecoder().decode(results[1].raw), JSON.stringify(report(2, { title: '혜산 보고' })));
    assert.equal(results[1].input.title, '혜산 보고');
  });

  it('recognises JSON lines in a .json file', async () => {
    const results = await read('lines.json', `${JSON.stringify(report(1))}\n${JSON.stringify(report(2))}\n`);
    assert.equal(results.length, 2);
  });

  it('names the line of invalid JSON or an invalid report', async () => {
    await rejectsWith(read('bad.jsonl', `${JSON.stringify(report(1))}\n{"title": "x", "text": \n`), 'E_READ_JSON', 'bad.jsonl#2');
    await rejectsWith(read('bad2.jsonl', `${JSON.stringify(report(1))}\n${JSON.stringify({ title: 'x', text: '   ' })}\n`), 'E_VALIDATION', 'bad2.jsonl#2', 'text is empty');
  });
});
