import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

const read = (path: string, s: string) => readBytes({ path, bytes: new TextEncoder().encode(s) });

describe('Markdown reader', () => {
  it('takes a leading heading as title and keeps the words without markup', async () => {
    const [r] = await read('note.md', '# Inspection group sent to Hyesan\n\nAn *inspection group* from the [Central Committee](https://example.org/cc) arrived\nin **Hyesan** &amp; Samjiyon.\n\n## Background\n\n- one cadre dismissed\n- two `traders` fined\n\n> "We were told nothing," a resident said.\n\n<div>Border <b>town</b></div>\n');
    assert.equal(r.input.title, 'Inspection group sent to Hyesan');
    assert.equal(
      r.input.text,
      'An inspection group from the Central Committee arrived\nin Hyesan & Samjiyon.\n\nBackground\n\none cadre dismissed\n\ntwo traders fined\n\n"We were told nothing," a resident said.\n\nBorder town',
    );
    assert.doesNotMatch(r.input.text, /[*#<>\[\]]|https?:/);
  });

  it('takes the first line as title when the file does not open with a heading', async () => {
    const [r] = await read('plain.md', 'Traders fined in Hyesan\nA market inspection fined *three* traders.\n');
    assert.equal(r.input.title, 'Traders fined in Hyesan');
    assert.equal(r.input.text, 'A market inspection fined three traders.');
  });

  it('reads report fields from YAML front matter', async () => {
    const [r] = await read('fm.md', '---\ntitle: "Crackdown in Hoeryong"\npublished: 2024-04-02\noutlet: Test Outlet\nurl: https://example.org/h\n---\n# Section heading\n\nPhones were seized in Hoeryong.\n');
    assert.deepEqual(r.input, { title: 'Crackdown in Hoeryong', text: 'Section heading\n\nPhones were seized in Hoeryong.', published: '2024-04-02', outlet: 'Test Outlet', url: 'https://example.org/h' });
    await rejectsWith(read('badfm.md', '---\ntitle: [unclosed\n---\nText\n'), 'E_VALIDATION', 'badfm.md', 'front matter');
  });

  it('refuses a Markdown file with a heading and no text', async () => {
    await rejectsWith(read('bare.md', '# Only a heading\n'), 'E_VALIDATION', 'bare.md', 'text is empty');
  });
});
