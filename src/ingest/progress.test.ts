import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IngestProgress } from './ingest.js';
import { progressPrinter } from './progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } };
}

const line = (filesDone: number, files = 10): IngestProgress => ({ filesDone, files, stored: filesDone, present: 0, failed: 0, reportsPerSecond: 2.5 });

describe('progressPrinter', () => {
  it('stays quiet during the first second of a batch', () => {
    const { writes, stream } = fakeStream(true);
    let t = 0;
    const p = progressPrinter(stream, { now: () => t });
    t = 500;
    p.update(line(1));
    p.update(line(10));
    assert.deepEqual(writes, []);
  });

  it('rewrites one line on a terminal, at most five times a second, and always shows the end', () => {
    const { writes, stream } = fakeStream(true);
    let t = 0;
    const p = progressPrinter(stream, { now: () => t });
    t = 1000;
    p.update(line(3));
    t = 1100;
    p.update(line(4));
    t = 1150;
    p.update(line(10));
    p.done();
    assert.deepEqual(writes, [
      '\r\x1b[Kingest: 3/10 files, 3 stored, 0 already present, 0 failed, 2.5 reports/s',
      '\r\x1b[Kingest: 10/10 files, 10 stored, 0 already present, 0 failed, 2.5 reports/s',
      '\n',
    ]);
  });

  it('writes whole lines every five seconds to a log, and messages on lines of their own', () => {
    const { writes, stream } = fakeStream(false);
    let t = 0;
    const p = progressPrinter(stream, { now: () => t });
    t = 1000;
    p.update(line(2));
    t = 3000;
    p.update(line(5));
    p.message('casefile: bad.json: the input is not valid JSON');
    t = 6500;
    p.update(line(6));
    p.done();
    assert.deepEqual(writes, [
      'ingest: 2/10 files, 2 stored, 0 already present, 0 failed, 2.5 reports/s\n',
      'casefile: bad.json: the input is not valid JSON\n',
      'ingest: 6/10 files, 6 stored, 0 already present, 0 failed, 2.5 reports/s\n',
    ]);
  });
});
