// Word documents: the paragraphs' text through mammoth; the first line is the title.
import { CasefileError } from '../core/errors.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readDocx: Reader = async ({ path, bytes }) => {
  const { default: mammoth } = await import('mammoth');
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (err) {
    throw new CasefileError('E_READ_UNREADABLE', `not a readable DOCX file (${err instanceof Error ? err.message : String(err)})`, { where: path, cause: err });
  }
  return [{ input: toReportInput(splitTitle(text, path), path), raw: bytes, origin: path }];
};
