// PDF: text from PDF.js (through unpdf), page by page. The title is the document's
// Title property when it has one, else the first line. PDF line breaks are layout;
// the normaliser repairs them like any hard-wrapped text. PDF.js prints its warnings
// to the console; they are caught here and kept with the file they are about.
import { CasefileError } from '../core/errors.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

/** PDF.js's console output names no file, so one PDF is read at a time in a thread */
let queue: Promise<unknown> = Promise.resolve();
/** warnings of the PDF being read; PDF.js may still warn about a failed one after it is given up */
let current: string[] | null = null;
let capturing = false;

/** Sends PDF.js's "Warning: ..." lines (console.warn or .log by version) to the file being read, once per thread. */
function captureWarnings(): void {
  if (capturing) return;
  capturing = true;
  for (const method of ['log', 'warn'] as const) {
    const print = console[method];
    console[method] = (...args: unknown[]) => {
      const line = args.map(String).join(' ');
      if (!line.startsWith('Warning: ')) return print(...args);
      current?.push(line.slice('Warning: '.length));
    };
  }
}

export const readPdf: Reader = async ({ path, bytes }) => {
  const run = queue.then(() => readOne(path, bytes));
  queue = run.catch(() => {});
  return run;
};

async function readOne(path: string, bytes: Uint8Array) {
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  captureWarnings();
  let pages: string[];
  let metaTitle: string | undefined;
  const warnings: string[] = [];
  current = warnings;
  try {
    // PDF.js takes ownership of the buffer it is given, so it gets a copy
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 1 });
    pages = (await extractText(pdf, { mergePages: false })).text;
    const { info } = await getMeta(pdf);
    metaTitle = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    await pdf.destroy();
  } catch (err) {
    throw new CasefileError('E_READ_UNREADABLE', `not a readable PDF (${pdfReason(err)})`, { where: path, cause: err });
  } finally {
    current = null;
  }
  const text = pages.join('\n\n');
  if (text.trim().length === 0) throw new CasefileError('E_READ_EMPTY', 'the PDF has no text layer (a scan needs OCR first)', { where: path });
  const candidate = metaTitle ? { title: metaTitle, text } : splitTitle(text, path);
  const unique = [...new Set(warnings)];
  return [{ input: toReportInput(candidate, path), raw: bytes, origin: path, ...(unique.length > 0 ? { warnings: unique } : {}) }];
}

/** PDF.js's exception names in a person's words */
function pdfReason(err: unknown): string {
  const name = (err as { name?: string })?.name;
  if (name === 'PasswordException') return 'it is protected by a password';
  if (name === 'InvalidPDFException') return 'it is damaged or not a PDF';
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'its objects are nested too deeply';
  return 'it is damaged or cut short';
}
