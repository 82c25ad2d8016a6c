// PDF: text from PDF.js (through unpdf), page by page. The title is the document's
// Title property when it has one, else the first line. PDF line breaks are layout;
// the normaliser repairs them like any hard-wrapped text.
import { CasefileError } from '../core/errors.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readPdf: Reader = async ({ path, bytes }) => {
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  let pages: string[];
  let metaTitle: string | undefined;
  try {
    // PDF.js takes ownership of the buffer it is given, so it gets a copy
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
    const { info } = await getMeta(pdf);
    metaTitle = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    await pdf.destroy();
  } catch (err) {
    throw new CasefileError('E_READ_UNREADABLE', `not a readable PDF (${err instanceof Error ? err.message : String(err)})`, { where: path, cause: err });
  }
  const text = pages.join('\n\n');
  if (text.trim().length === 0) throw new CasefileError('E_READ_EMPTY', 'the PDF has no text layer (a scan needs OCR first)', { where: path });
  const candidate = metaTitle ? { title: metaTitle, text } : splitTitle(text, path);
  return [{ input: toReportInput(candidate, path), raw: bytes, origin: path }];
};
