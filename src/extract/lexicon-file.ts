// Shared loading for the lexicon files of knowledge/lexicon/: read and validate one JSON
// file (a broken one fails naming the file and the field), and cache what is built
// from the bundled folder plus the user's <dataDir>/knowledge/lexicon/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { loadConfig } from '../core/config.js';
import { CasefileError } from '../core/errors.js';

export const BUNDLED_LEXICON = resolve(dirname(fileURLToPath(import.meta.url)), '../../knowledge/lexicon');

/** The parsed file, or undefined when it does not exist. */
export function readLexiconFile<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CasefileError('E_KNOWLEDGE', `not valid JSON: ${(err as Error).message}`, { where: file, cause: err });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CasefileError('E_KNOWLEDGE', `${issue.path.join('.') || '(root)'}: ${issue.message}`, { where: file });
  }
  return parsed.data;
}

/** Builds once per user folder from [bundled, user] lexicon folders. */
export function cachedLexicon<T>(build: (dirs: string[]) => T): (opts?: { userDir?: string }) => T {
  const cache = new Map<string, T>();
  return (opts = {}) => {
    const userDir = resolve(opts.userDir ?? join(loadConfig().dataDir, 'knowledge', 'lexicon'));
    let lex = cache.get(userDir);
    if (!lex) {
      lex = build([BUNDLED_LEXICON, userDir]);
      cache.set(userDir, lex);
    }
    return lex;
  };
}
