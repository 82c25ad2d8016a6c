// Folders expand to the files inside them, recursively and in a stable order,
// skipping hidden files and folders (.git, .DS_Store, editor droppings).
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CasefileError } from '../core/errors.js';

export async function listInputFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) await collect(path, files, true);
  return files;
}

async function collect(path: string, files: string[], named: boolean): Promise<void> {
  // a path the user named is read even if hidden; hidden ones inside folders are not
  if (!named && basename(path).startsWith('.')) return;
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    if (named) throw unreadable(path, err);
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const name of entries) await collect(join(path, name), files, false);
  } else if (info.isFile()) {
    files.push(path);
  }
}

export function unreadable(path: string, err: unknown): CasefileError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (err as Error)?.message ?? String(err);
  return new CasefileError('E_READ_UNREADABLE', reason, { where: path, cause: err });
}
