import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

/** A one-page PDF with these lines of Helvetica text, written by hand (no PDF library needed for a test). */
function makePdf(lines: string[], title?: string): Uint8Array {
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    title ? `<< /Title (${title}) >>` : '<< >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('PDF reader', () => {
  it('reads the text layer, with the document title when it has one', async () => {
    const bytes = makePdf(['Prosecutors open an inquiry in Hyesan', 'The provincial prosecutor opened an investigation', 'into a smuggling ring.'], 'Inquiry in Hyesan');
    const [r] = await readBytes({ path: 'brief.pdf', bytes });
    assert.equal(r.input.title, 'Inquiry in Hyesan');
    assert.match(r.input.text.replace(/\s+/g, ' '), /Prosecutors open an inquiry in Hyesan The provincial prosecutor opened an investigation into a smuggling ring\./);
    assert.equal(r.raw, bytes);
  });

  it('takes the first line as title when the document has none, even under another extension', async () => {
    const [r] = await readBytes({ path: 'scan-named.txt', bytes: makePdf(['Arrests in Onsong', 'Police arrested two brokers.']) });
    assert.equal(r.input.title, 'Arrests in Onsong');
    assert.equal(r.input.text.trim(), 'Police arrested two brokers.');
  });

  it('refuses a broken PDF and a PDF without text', async () => {
    await rejectsWith(readBytes({ path: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.4\nthis is not a pdf body') }), 'E_READ_UNREADABLE', 'broken.pdf', 'PDF');
    await rejectsWith(readBytes({ path: 'blank.pdf', bytes: makePdf([]) }), 'E_READ_EMPTY', 'blank.pdf', 'OCR');
  });
});
