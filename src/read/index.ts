// Reading: a path becomes the reports it holds. Readers load on demand, so reading
// a text file does not load PDF.js.
import { readFile, stat } from 'node:fs/promises';
import { CasefileError, isCasefileError } from '../core/errors.js';
import { decodeText } from './decode.js';
import { detectFormat, type Format } from './detect.js';
import { DEFAULT_MAX_BYTES, type InputFile, type ReadOptions, type ReadResult, type Reader } from './types.js';
import { listInputFiles, unreadable } from './walk.js';

export type { ReadOptions, ReadResult } from './types.js';
export { DEFAULT_MAX_BYTES } from './types.js';
export { listInputFiles } from './walk.js';

const READERS: Record<Format, () => Promise<Reader>> = {
  text: async () => (await import('./text.js')).readText,
  markdown: async () => (await import('./markdown.js')).readMarkdown,
  html: async () => (await import('./html.js')).readHtml,
  json: async () => (await import('./json.js')).readJson,
  jsonl: async () => (await import('./json.js')).readJsonLines,
  csv: async () => (await import('./csv.js')).readCsv,
  feed: async () => (await import('./feed.js')).readFeed,
  pdf: async () => (await import('./pdf.js')).readPdf,
  docx: async () => (await import('./docx.js')).readDocx,
};

/** The reports in one file. Throws a CasefileError naming the file (and item) on bad input. */
export async function readPath(path: string, opts: ReadOptions = {}): Promise<ReadResult[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw new CasefileError('E_READ_TOO_LARGE', `${formatSize(info.size)} exceeds the limit of ${formatSize(maxBytes)}`, { where: path });
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    throw isCasefileError(err) ? err : unreadable(path, err);
  }
  return readBytes({ path, bytes }, opts);
}

/** The reports in bytes that came from `path` (an upload, a file already read). */
export async function readBytes(file: InputFile, opts: ReadOptions = {}): Promise<ReadResult[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.bytes.length > maxBytes) throw new CasefileError('E_READ_TOO_LARGE', `${formatSize(file.bytes.length)} exceeds the limit of ${formatSize(maxBytes)}`, { where: file.path });
  if (file.bytes.length === 0) throw new CasefileError('E_READ_EMPTY', 'the file is empty', { where: file.path });
  const format = detectFormat(file.path, file.bytes);
  if (format === null) {
    // unknown extension: anything that decodes as text is read as plain text
    decodeText(file.bytes, file.path);
  }
  const reader = await READERS[format ?? 'text']();
  return reader(file);
}

export type FileRead = { path: string; results: ReadResult[]; error?: undefined } | { path: string; error: CasefileError; results?: undefined };

/** Every file under the paths (folders expanded), each read or with its error; one bad file does not stop the rest. */
export async function readPaths(paths: readonly string[], opts: ReadOptions = {}): Promise<FileRead[]> {
  const out: FileRead[] = [];
  for (const path of await listInputFiles(paths, (error) => out.push({ path: error.where ?? '', error }))) {
    try {
      out.push({ path, results: await readPath(path, opts) });
    } catch (err) {
      out.push({ path, error: toCasefileError(err, path) });
    }
  }
  return out;
}

export function toCasefileError(err: unknown, where: string): CasefileError {
  if (isCasefileError(err)) return err;
  return new CasefileError('E_READ_UNREADABLE', err instanceof Error ? err.message : String(err), { where, cause: err });
}

const formatSize = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
