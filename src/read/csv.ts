// CSV with a header row naming the report fields (title, text, published, url,
// outlet, language); each record is a report, named by the line it starts on.
import { parse } from 'csv-parse/sync';
import { CasefileError } from '../core/errors.js';
import { decodeText, encodeText } from './decode.js';
import type { ReadResult, Reader } from './types.js';
import { parserFailure } from './limits.js';
import { toReportInput } from './validate.js';

interface Row {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

export const readCsv: Reader = async ({ path, bytes }) => {
  const text = decodeText(bytes, path);
  let rows: Row[];
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
    }) as unknown as Row[];
  } catch (err) {
    throw parserFailure(err, 'CSV', path);
  }
  if (rows.length === 0) throw new CasefileError('E_READ_EMPTY', 'the CSV has a header but no rows', { where: path });
  const missing = ['title', 'text'].filter((c) => !(c in rows[0].record));
  if (missing.length > 0) throw new CasefileError('E_VALIDATION', `the header lacks the column(s) ${missing.join(', ')}`, { where: path });
  return rows.map((row): ReadResult => {
    // info.lines is the line the record ends on; the raw record tells how many it spans
    const origin = `${path}#${row.info.lines - (row.raw.replace(/\r?\n$/, '').split('\n').length - 1)}`;
    return { input: toReportInput(row.record, origin), raw: encodeText(row.raw), origin };
  });
};
