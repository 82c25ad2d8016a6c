// JSON: one report object, an array of them, or JSON lines (one object per line).
// A file with any invalid report is refused whole, naming the item or line, so a
// batch never stores half a file.
import { CasefileError } from '../core/errors.js';
import { decodeText, encodeText } from './decode.js';
import type { ReadResult, Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readJson: Reader = async ({ path, bytes }) => {
  const text = decodeText(bytes, path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (looksLikeJsonLines(text)) return readLines(text, path);
    throw jsonError(err, text, path);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new CasefileError('E_READ_EMPTY', 'the JSON array holds no reports', { where: path });
    // the items share the file's bytes: an array's items have no bytes of their own
    return value.map((item, i) => {
      const origin = `${path}#${i + 1}`;
      return { input: toReportInput(item, origin), raw: bytes, origin };
    });
  }
  return [{ input: toReportInput(value, path), raw: bytes, origin: path }];
};

export const readJsonLines: Reader = async ({ path, bytes }) => readLines(decodeText(bytes, path), path);

function readLines(text: string, path: string): ReadResult[] {
  const results: ReadResult[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim().length === 0) continue;
    const origin = `${path}#${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw jsonError(err, line, origin);
    }
    results.push({ input: toReportInput(value, origin), raw: encodeText(line), origin });
  }
  if (results.length === 0) throw new CasefileError('E_READ_EMPTY', 'no JSON lines found', { where: path });
  return results;
}

const looksLikeJsonLines = (text: string): boolean => {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'));
};

function jsonError(err: unknown, text: string, where: string): CasefileError {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  let at = '';
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    at = ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  return new CasefileError('E_READ_JSON', `${message.replace(/, ".*" is not valid JSON$/s, '')}${at}`, { where, cause: err });
}
