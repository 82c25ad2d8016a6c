// JSON: one report object, an array of them, or JSON lines (one object per line).
// A file with any invalid report is refused whole, naming the item or line, so a
// batch never stores half a file. An array is cut into its items by a scan of the
// text (no recursion, no tree of the whole file) and each item is parsed and kept
// with its own bytes, so a file of thousands of reports is read item by item.
import { CasefileError } from '../core/errors.js';
import { decodeText, encodeText } from './decode.js';
import type { ReadResult, Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readJson: Reader = async ({ path, bytes }) => {
  const text = decodeText(bytes, path);
  const start = text.search(/\S/);
  if (text[start] === '[') return readArray(text, start, path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (looksLikeJsonLines(text)) return readLines(text, path);
    throw jsonError(err, text, path);
  }
  return [{ input: toReportInput(value, path), raw: bytes, origin: path }];
};

function readArray(text: string, start: number, path: string): ReadResult[] {
  const results: ReadResult[] = [];
  for (const [from, to] of arrayItems(text, start, path)) {
    const origin = `${path}#${results.length + 1}`;
    const source = text.slice(from, to);
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (err) {
      throw jsonError(err, text, origin, from);
    }
    results.push({ input: toReportInput(value, origin), raw: encodeText(source.trim()), origin });
  }
  if (results.length === 0) throw new CasefileError('E_READ_EMPTY', 'the JSON array holds no reports', { where: path });
  return results;
}

/** Where each item of the top-level array starting at `start` begins and ends; nesting is counted, not recursed into. */
function arrayItems(text: string, start: number, path: string): [number, number][] {
  const items: [number, number][] = [];
  let depth = 0;
  let inString = false;
  let from = start + 1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0) {
        if (text.slice(from, i).trim().length > 0) items.push([from, i]);
        if (text.slice(i + 1).trim().length > 0) throw jsonError(new Error(`Unexpected text after the array`), text, path, i + 1 + text.slice(i + 1).search(/\S/));
        return items;
      }
    } else if (c === 0x2c && depth === 1) {
      items.push([from, i]);
      from = i + 1;
    }
  }
  throw new CasefileError('E_READ_JSON', 'the JSON array never closes (the file is cut short?)', { where: path });
}

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

function jsonError(err: unknown, text: string, where: string, offset = 0): CasefileError {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  let at = '';
  const index = pos ? offset + Number(pos[1]) : offset > 0 ? offset : -1;
  if (index >= 0) {
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    at = ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  return new CasefileError('E_READ_JSON', `${message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '')}${at}`, { where, cause: err });
}
