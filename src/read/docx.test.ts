import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('DOCX reader', () => {
  it('reads the paragraphs, the first as title', async () => {
    const bytes = await makeDocx(['Interview notes: Hoeryong', 'A former trader described a crackdown in Hoeryong.', '혜산에서도 단속이 있었다고 했다.']);
    const [r] = await readBytes({ path: 'notes.docx', bytes });
    assert.equal(r.input.title, 'Interview notes: Hoeryong');
    assert.equal(r.input.text.trim(), 'A former trader described a crackdown in Hoeryong.\n\n혜산에서도 단속이 있었다고 했다.');
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    await rejectsWith(readBytes({ path: 'archive.docx', bytes: await zip.generateAsync({ type: 'uint8array' }) }), 'E_READ_UNREADABLE', 'archive.docx', 'DOCX');
  });
});
