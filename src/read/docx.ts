// Word documents: the paragraphs' text through mammoth; the first line is the title.
// The container is checked first (zip-guard), since mammoth inflates every part it
// reads in full.
import { CasefileError } from '../core/errors.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';
import { checkZip } from './zip-guard.js';

/** the parts mammoth parses: the XML documents and their relationships */
const PARSED = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

export const readDocx: Reader = async ({ path, bytes }) => {
  checkZip(bytes, path, PARSED);
  const { default: mammoth } = await import('mammoth');
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (err) {
    throw new CasefileError('E_READ_UNREADABLE', `not a readable DOCX file (${docxReason(err)})`, { where: path, cause: err });
  }
  return [{ input: toReportInput(splitTitle(text, path), path), raw: bytes, origin: path }];
};

/** mammoth's and its zip library's messages in a person's words */
function docxReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/word\/document\.xml|main document part/i.test(message)) return 'it has no Word document inside: another kind of zip?';
  if (/corrupted|end of data|signature|invalid|unexpected/i.test(message)) return 'it is damaged or cut short';
  if (err instanceof RangeError && /call stack/i.test(message)) return 'its XML is nested too deeply';
  return 'its contents could not be parsed as a Word document';
}
