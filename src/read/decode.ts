// Bytes to text for the text formats. A NUL byte or a high share of control
// characters means a binary file given by mistake (an image, an archive); text that
// is not UTF-8 (nor UTF-16 with a byte-order mark) is refused rather than guessed.
import { CasefileError } from '../core/errors.js';

const SAMPLE = 8192;

export function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE);
  if (hasUtf16Bom(sample)) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

const hasUtf16Bom = (b: Uint8Array): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new CasefileError('E_READ_EMPTY', 'the file is empty', { where });
  if (isBinary(bytes)) throw new CasefileError('E_READ_BINARY', 'it holds NUL or control bytes', { where });
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    // the decoder drops a byte-order mark
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new CasefileError('E_READ_UNREADABLE', `it is not valid ${encoding.toUpperCase()} text; save it as UTF-8`, { where });
  }
  if (text.trim().length === 0) throw new CasefileError('E_READ_EMPTY', 'the file holds only whitespace', { where });
  return text;
}

/** The bytes of one piece of a decoded UTF-8 file (a JSON line, a CSV record). */
export const encodeText = (text: string): Uint8Array => new TextEncoder().encode(text);
