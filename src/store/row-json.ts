// A report's rows as JSON text, one string per table, ready for the database to
// unpack (json-rows.ts). An ingest worker thread makes them where it extracted the
// report, so the thread that writes only joins strings: validating the extraction,
// building its rows and writing them as JSON there cost as much of that thread's
// time as SQLite itself, and the extraction's objects were its garbage.
import type { Extraction, Report } from '../core/model.js';
import { reportRows, type ReportRows } from './rows.js';
import { validateForSave, validateOwn } from './validate.js';

export type ExtractionTable = keyof ReportRows['tables'];

/** rows of one table as a JSON array of objects, every key they use, and how many there are */
export interface JsonRows {
  columns: string[];
  json: string;
  count: number;
}

export interface RowsJson {
  /** the report's id */
  id: string;
  /** the reports row: a JSON object */
  report: JsonRows;
  /** each extraction table's rows, without report_seq (added when the reports row has it) */
  tables: Record<ExtractionTable, JsonRows>;
  /** entity_names rows, each a JSON object: the same name of two reports is the same text, found once by the writer */
  names: string[];
}

// every row of a table is made by one object literal (rows.ts, protected-rows.ts): the first row's keys are all the keys
const jsonRows = (rows: readonly object[]): JsonRows => ({ columns: rows.length > 0 ? Object.keys(rows[0]) : [], json: toJson(rows), count: rows.length });

export function rowsJson(rows: ReportRows): RowsJson {
  const tables = {} as Record<ExtractionTable, JsonRows>;
  for (const table of Object.keys(rows.tables) as ExtractionTable[]) tables[table] = jsonRows(rows.tables[table]);
  return { id: rows.report.id, report: { columns: Object.keys(rows.report), json: toJson(rows.report), count: 1 }, tables, names: rows.names.map((n) => toJson(n)) };
}

/**
 * A report's rows for a store without protection, validated as saving validates
 * (`own`: the extraction is Casefile's own, checked without the schema pass, see
 * validateOwn). An extraction that fails is handed back as it is, for the store to
 * refuse with the reason it gives any caller.
 */
export function clearRowsOf(report: Report, extraction: Extraction, own = false): { rows: RowsJson } | { extraction: Extraction } {
  try {
    const valid = own ? validateOwn(report, extraction) : validateForSave(report, extraction);
    return { rows: rowsJson(reportRows(valid.report, new Uint8Array(), valid.extraction)) };
  } catch {
    return { extraction };
  }
}

/** an escaped lone surrogate: a \uD800-\uDFFF escape after an even run of backslashes */
const LONE_SURROGATE = /(?<=(?:^|[^\\])(?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/**
 * JSON for the database. JSON.stringify escapes a lone surrogate, which PostgreSQL
 * refuses and SQLite would store as broken UTF-8; bound as a string it became U+FFFD,
 * and so it does here.
 */
function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\ud') ? json.replace(LONE_SURROGATE, '\\ufffd') : json;
}
