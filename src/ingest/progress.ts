// Progress of a long ingest on stderr: a line rewritten in place on a terminal, a
// line every few seconds in a log. Short batches print nothing but errors.
import type { IngestProgress } from './ingest.js';

/** stderr, or anything that takes text like it */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressPrinter {
  update(p: IngestProgress): void;
  /** prints a message on a line of its own */
  message(text: string): void;
  done(): void;
}

export function progressPrinter(stream: TextSink, opts: { quietForMs?: number; now?: () => number } = {}): ProgressPrinter {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const quietFor = opts.quietForMs ?? 1000;
  const every = stream.isTTY ? 200 : 5000;
  let last = -Infinity;
  let shown = false;
  const clear = () => {
    if (shown && stream.isTTY) stream.write('\r\x1b[K');
  };
  return {
    update(p) {
      const t = now();
      const finished = p.filesDone === p.files;
      if (t - started < quietFor || (!finished && t - last < every)) return;
      last = t;
      const line = `ingest: ${p.filesDone}/${p.files} files, ${p.stored} stored, ${p.present} already present, ${p.failed} failed, ${p.reportsPerSecond.toFixed(1)} reports/s`;
      if (stream.isTTY) stream.write(`\r\x1b[K${line}`);
      else stream.write(`${line}\n`);
      shown = true;
    },
    message(text) {
      clear();
      stream.write(`${text}\n`);
      shown = false;
    },
    done() {
      if (shown && stream.isTTY) stream.write('\n');
      shown = false;
    },
  };
}
