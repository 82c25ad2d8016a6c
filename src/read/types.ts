import type { ReportInput } from '../core/model.js';

/** One report found in an input file, with the bytes it came from. */
export interface ReadResult {
  input: ReportInput;
  /** the original bytes, kept unchanged (for a single-report file, the whole file) */
  raw: Uint8Array;
  /** the file path, with `#n` for the n-th item of an array or feed, or line n of JSON lines or CSV */
  origin: string;
  /** what a library warned about while reading the file (on the file's first result) */
  warnings?: string[];
}

export interface ReadOptions {
  /** files larger than this are refused; default 25 MB */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** A file's bytes as a reader gets them. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

export type Reader = (file: InputFile) => Promise<ReadResult[]>;
