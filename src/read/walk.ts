// Folders expand to the files inside them, recursively and in a stable order,
// skipping hidden files and folders (.git, .DS_Store, editor droppings). An entry
// that cannot be read (a name that is not UTF-8, a broken link, no permission) is
// handed to onRefused with the reason, never dropped silently.
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CasefileError } from '../core/errors.js';

export type OnRefused = (error: CasefileError) => void;

/** Every file under the paths. A named path that cannot be read throws; an entry inside a folder goes to onRefused (or throws without one). */
export async function listInputFiles(paths: readonly string[], onRefused?: OnRefused): Promise<string[]> {
  const files: string[] = [];
  const refuse: OnRefused =
    onRefused ??
    ((error) => {
      throw error;
    });
  for (const path of paths) await collect(path, files, true, refuse);
  return files;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function collect(path: string, files: string[], named: boolean, refuse: OnRefused): Promise<void> {
  // a path the user named is read even if hidden; hidden ones inside folders are not
  if (!named && basename(path).startsWith('.')) return;
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    if (named) throw unreadable(path, err);
    refuse(unreadable(path, err));
    return;
  }
  if (info.isDirectory()) {
    // names as bytes: a name that is not UTF-8 would come back as a string naming no file
    const entries = (await readdir(path, { encoding: 'buffer' })).sort(Buffer.compare);
    for (const raw of entries) {
      let name: string;
      try {
        name = utf8.decode(raw);
      } catch {
        const shown = join(path, raw.toString('utf8'));
        refuse(new CasefileError('E_READ_UNREADABLE', `its name is not valid UTF-8 (bytes ${raw.toString('hex')}; shown with \uFFFD for the bad bytes); rename it to read it`, { where: shown }));
        continue;
      }
      await collect(join(path, name), files, false, refuse);
    }
  } else if (info.isFile()) {
    files.push(path);
  }
}

export function unreadable(path: string, err: unknown): CasefileError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ELOOP' ? 'a link that loops' : (err as Error)?.message ?? String(err);
  return new CasefileError('E_READ_UNREADABLE', reason, { where: path, cause: err });
}
