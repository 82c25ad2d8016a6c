// Every reader's output passes through the one ReportInput schema; a failure names
// the file (and item) and each field that is wrong.
import { CasefileError } from '../core/errors.js';
import { ReportInput } from '../core/model.js';
import { toIsoDate } from './dates.js';
import { checkTextSize } from './limits.js';
import { titleFromText } from './title.js';

const FIELDS = ['title', 'text', 'published', 'url', 'outlet', 'language'] as const;

export function toReportInput(candidate: unknown, where: string): ReportInput {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    throw new CasefileError('E_VALIDATION', `expected a report object {title, text, ...}, got ${describe(candidate)}`, { where });
  }
  const record = candidate as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const v = record[f];
    // empty optional fields (a blank CSV cell, "url": "") mean "not given"
    if (v !== undefined && (v !== '' || f === 'text')) picked[f] = f === 'published' ? toIsoDate(v) : v;
  }
  // a report with no title (null, blank or absent) is named by its first line, never refused
  if ((picked.title === undefined || picked.title === null || (typeof picked.title === 'string' && picked.title.trim() === '')) && typeof picked.text === 'string') {
    picked.title = titleFromText(picked.text);
  }
  if (typeof picked.text === 'string') checkTextSize(picked.text, where);
  const parsed = ReportInput.safeParse(picked);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'report'}: ${i.message}`).join('; ');
    throw new CasefileError('E_VALIDATION', issues, { where });
  }
  return parsed.data;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? 'a string' : typeof v;
}
