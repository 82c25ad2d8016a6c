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
