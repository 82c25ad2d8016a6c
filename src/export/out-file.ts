// An export file appears whole or not at all: it is written beside its final
// name and renamed into place only when complete.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeWhole<T>(file: string, write: (out: WriteStream) => Promise<T>): Promise<T> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.part`);
  const out = createWriteStream(temp, { flags: 'wx' });
  try {
    const result = await write(out);
    await rename(temp, file);
    return result;
  } catch (err) {
    // the file opens asynchronously: removing it before the stream has closed could run
    // before the open and leave the part file behind
    if (!out.closed) await new Promise<void>((done) => { out.once('close', () => done()); out.destroy(); });
    await rm(temp, { force: true });
    throw err;
  }
}
