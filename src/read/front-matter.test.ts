import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBytes } from './index.js';
import { fileNameDate } from './front-matter.js';

const read = (path: string, text: string) => readBytes({ path, bytes: new TextEncoder().encode(text) });

test('a .txt report takes its outlet, date, url and title from front matter', async () => {
  const [r] = await read('/x/report.txt', '---\ntitle: Arrests in Hyesan\noutlet: Test Outlet\npublished: 2024-05-03\nurl: https://example.org/a\n---\nThree traders were arrested, a source said.\n');
  assert.equal(r.input.title, 'Arrests in Hyesan');
  assert.equal(r.input.outlet, 'Test Outlet');
  assert.equal(r.input.published, '2024-05-03');
  assert.equal(r.input.url, 'https://example.org/a');
  assert.equal(r.input.text, 'Three traders were arrested, a source said.');
});

test('a file name that starts with a day dates a report that gives none; the report\'s own date wins', async () => {
  const [plain] = await read('/x/2024-05-03-dailynk-arrests.txt', 'Arrests in Hyesan\nThree traders were arrested.\n');
  assert.equal(plain.input.published, '2024-05-03');
  const [md] = await read('/x/2024-05-03-dailynk.md', '---\npublished: 2024-06-01\n---\n# Arrests\nThree traders were arrested.\n');
  assert.equal(md.input.published, '2024-06-01');
  assert.equal(fileNameDate('/x/2024-02-30-rfa.txt'), null);
  assert.equal(fileNameDate('/x/20240503-rfa.txt'), null);
});

test('broken front matter in a .txt names the file', async () => {
  await assert.rejects(read('/x/bad.txt', '---\ntitle: [unclosed\n---\nText.\n'), (e: Error & { where?: string }) => /front matter/.test(e.message) && e.where === '/x/bad.txt');
});
