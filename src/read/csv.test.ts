import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

const read = (path: string, s: string) => readBytes({ path, bytes: new TextEncoder().encode(s) });

describe('CSV reader', () => {
  it('reads a record per report with header-named fields, naming the line each starts on', async () => {
    const csv = 'Title,Text,Published,URL,Outlet,Language\n"Fine in Hyesan","Traders were fined, a source said.",2024-01-02,https://example.org/1,Test Outlet,en\n"Two lines","First line\nsecond line",,,,\n"Third","Short text.",,,,\n';
    const results = await read('batch.csv', csv);
    assert.deepEqual(results.map((r) => r.origin), ['batch.csv#2', 'batch.csv#3', 'batch.csv#5']);
    assert.deepEqual(results[0].input, { title: 'Fine in Hyesan', text: 'Traders were fined, a source said.', published: '2024-01-02', url: 'https://example.org/1', outlet: 'Test Outlet', language: 'en' });
    assert.equal(results[1].input.text, 'First line\nsecond line');
    assert.equal(results[1].input.published, undefined);
    assert.match(new TextDecoder().decode(results[2].raw), /^"Third","Short text."/);
  });

  it('refuses a CSV without the title and text columns', async () => {
    await rejectsWith(read('cols.csv', 'headline,body\na,b\n'), 'E_VALIDATION', 'cols.csv', 'title, text');
  });

  it('refuses a malformed CSV and names an invalid record', async () => {
    await rejectsWith(read('quote.csv', 'title,text\n"open quote,text\n'), 'E_READ_UNREADABLE', 'quote.csv', 'malformed CSV');
    await rejectsWith(read('date.csv', 'title,text,published\nA,Body,2024-01-02\nB,Body,yesterday\n'), 'E_VALIDATION', 'date.csv#3', 'published');
  });
});
