// Plain text, PDF and DOCX carry no title field: the first non-empty line is the
// title and the rest is the report.
import { CasefileError } from '../core/errors.js';

export function splitTitle(text: string, where: string): { title: string; text: string } {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim().length > 0);
  if (first < 0) throw new CasefileError('E_READ_EMPTY', 'no text found', { where });
  const body = lines.slice(first + 1).join('\n');
  if (body.trim().length === 0) throw new CasefileError('E_READ_EMPTY', 'only a title line, no report text after it', { where });
  return { title: lines[first].trim(), text: body };
}

const TITLE_MAX = 160;

/** A report given without a title is named by its text's first non-empty line, cut at a word near TITLE_MAX characters; the text keeps that line. */
export function titleFromText(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim().length > 0)?.trim().replace(/\s+/g, ' ') ?? '';
  if (line.length <= TITLE_MAX) return line;
  const cut = line.lastIndexOf(' ', TITLE_MAX);
  return `${line.slice(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX)}…`;
}
