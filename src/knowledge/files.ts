// Pass one of loading: read every knowledge file of a folder and validate each entry.
// A file is a JSON array of entries, or JSON lines (.jsonl); a broken one fails
// loudly, naming the file and the entry.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CasefileError } from '../core/errors.js';

export interface Loaded<T> {
  entry: T;
  file: string;
}

/** Knowledge files of a folder in load order: generated files first, then by name. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.jsonl'));
  const rank = (f: string) => (f.includes('.generated.') ? 0 : 1);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => join(dir, f));
}

function parseEntries(file: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new CasefileError('E_KNOWLEDGE', 'cannot read the file', { where: file, cause });
  }
  if (file.endsWith('.jsonl')) {
    return text.split('\n').flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line)];
      } catch (cause) {
        throw new CasefileError('E_KNOWLEDGE', `line ${i + 1} is not valid JSON`, { where: file, cause });
      }
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new CasefileError('E_KNOWLEDGE', `not valid JSON (${(cause as Error).message})`, { where: file, cause });
  }
  if (!Array.isArray(data)) throw new CasefileError('E_KNOWLEDGE', 'expected a JSON array of entries', { where: file });
  return data;
}

/** Reads and validates every entry of the files against the schema. */
export function readEntries<S extends z.ZodType>(files: string[], schema: S): Loaded<z.output<S>>[] {
  const out: Loaded<z.output<S>>[] = [];
  for (const file of files) {
    parseEntries(file).forEach((raw, i) => {
      const r = schema.safeParse(raw);
      if (!r.success) {
        const id = (raw as { id?: unknown } | null)?.id;
        const issues = r.error.issues.map((s) => `${s.path.join('.') || '(entry)'}: ${s.message}`).join('; ');
        throw new CasefileError('E_KNOWLEDGE', `entry ${i + 1}${typeof id === 'string' ? ` ("${id}")` : ''}: ${issues}`, { where: file });
      }
      out.push({ entry: r.data, file });
    });
  }
  return out;
}
