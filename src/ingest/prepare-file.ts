// One file to the reports it holds, each repaired and hashed, ready to extract.
import type { Report } from '../core/model.js';
import type { ExtractInput } from '../extract/extractor.js';
import { prepareReport } from '../normalise/prepare.js';
import { readPath } from '../read/index.js';

export interface PreparedInput {
  report: Report;
  raw: Uint8Array;
  origin: string;
}

/** Outlet and publication date for reports whose file gives none (`ingest --outlet --published`). */
export interface FieldDefaults { outlet?: string; published?: string }

export interface PreparedFile {
  items: PreparedInput[];
  /** the readers' warnings about the file, each once */
  warnings: string[];
}

export async function prepareFile(path: string, opts: { maxBytes?: number; now?: Date; fill?: FieldDefaults } = {}): Promise<PreparedFile> {
  const results = await readPath(path, { maxBytes: opts.maxBytes });
  const fill = opts.fill ?? {};
  return {
    items: results.map(({ input, raw, origin }) => ({
      report: prepareReport({ ...input, outlet: input.outlet ?? fill.outlet ?? null, published: input.published ?? fill.published ?? null }, opts.now).report,
      raw, origin,
    })),
    warnings: [...new Set(results.flatMap((r) => r.warnings ?? []))],
  };
}

export const extractInput = (report: Report): ExtractInput => ({
  text: report.text,
  title: report.title,
  outlet: report.outlet,
  published: report.published,
  language: report.language,
});
