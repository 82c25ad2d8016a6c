// A zip container (DOCX) is checked before any library inflates it: the entry
// count from the central directory, then each part a reader will parse inflated
// here with a cap on its output, so a zip bomb or a lying size field stops at the
// limit instead of in gigabytes of memory. Node's zlib does the inflating; this
// file only walks the zip's directory records (APPNOTE 4.3), which no installed
// library exposes without inflating.
import { inflateRawSync } from 'node:zlib';
import { CasefileError } from '../core/errors.js';

export interface ZipLimits {
  /** entries in the container */
  maxEntries: number;
  /** bytes all checked parts may inflate to together */
  maxUnpacked: number;
}

export const DOCX_LIMITS: ZipLimits = { maxEntries: 5000, maxUnpacked: 48 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Throws a CasefileError naming the file unless the parts matching `checked` stay within the limits. */
export function checkZip(bytes: Uint8Array, where: string, checked: (name: string) => boolean, limits: ZipLimits = DOCX_LIMITS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (why: string) => new CasefileError('E_READ_UNREADABLE', `the zip container is damaged (${why})`, { where });
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end-of-directory record; the file is cut short or not a zip');
  const entries = view.getUint16(eocd + 10, true);
  if (entries === 0xffff) throw new CasefileError('E_READ_LIMIT', 'it is a ZIP64 container, larger than any document Casefile reads', { where });
  if (entries > limits.maxEntries) throw new CasefileError('E_READ_LIMIT', `it holds ${entries} entries; a document holds at most ${limits.maxEntries}`, { where });
  let at = view.getUint32(eocd + 16, true);
  let unpacked = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged('a directory record is missing');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    at = next;
    if (!checked(name)) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw damaged(`the part ${name} is missing`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    const room = limits.maxUnpacked - unpacked;
    if (method === 0) unpacked += data.length;
    else if (method === 8) {
      try {
        unpacked += inflateRawSync(data, { maxOutputLength: Math.max(1, room) }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) unpacked = Infinity;
        else throw damaged(`the part ${name} does not inflate`);
      }
    } else throw damaged(`the part ${name} uses compression method ${method}`);
    if (unpacked > limits.maxUnpacked) {
      throw new CasefileError('E_READ_LIMIT', `it would unpack to more than ${limits.maxUnpacked / 1024 / 1024} MB (at ${name}): a zip bomb, or a document too large to read`, { where });
    }
  }
}
