// Report fields a plain file carries outside its text: a YAML front-matter block
// (title, published, url, outlet, language), and a date in the file name
// ("2024-05-03-dailynk-...") used only where nothing else gives one. Which wins:
// the file's own fields (front matter, JSON/HTML/feed fields), then `ingest
// --outlet/--published`, then the file name's date.
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CasefileError } from '../core/errors.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function frontMatter(source: string, path: string): { fields: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(source);
  if (!m) return { fields: {}, body: source };
  let fields: unknown;
  try {
    // YAML dates stay strings: the model wants the calendar day as written
    fields = parseYaml(m[1], { schema: 'core' });
  } catch (err) {
    throw new CasefileError('E_VALIDATION', `invalid front matter: ${err instanceof Error ? err.message : String(err)}`, { where: path, cause: err });
  }
  if (fields !== null && (typeof fields !== 'object' || Array.isArray(fields))) {
    throw new CasefileError('E_VALIDATION', 'front matter must be a set of fields (title, published, url, outlet, language)', { where: path });
  }
  return { fields: (fields ?? {}) as Record<string, unknown>, body: source.slice(m[0].length) };
}

const NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=[-_. ]|$)/;

/** The calendar day a file name starts with, when it is a real day. */
export function fileNameDate(path: string): string | null {
  const m = NAME_DATE.exec(basename(path));
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}
