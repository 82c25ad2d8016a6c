// After `git pull` without `npm run build`, the old compiled code in dist/ reads the
// new knowledge files and fails with a message about the files, not the cause. When a
// command fails, this says so if the sources beside dist/ are newer than the build.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether a file under dir (when it exists) was changed after the given time (ms). */
function changedUnder(dir: string, after: number): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return false;
  }
  return entries.some((e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > after);
}

/**
 * A hint naming the cause when the compiled CLI (dist/cli/main.js) is older than the
 * project's src/ or knowledge/; undefined for a fresh build or an installed package
 * (which ships no src/).
 */
export function staleBuildHint(builtFile: string = fileURLToPath(import.meta.url)): string | undefined {
  // run from the sources (tsx), there is no build to be stale
  if (!builtFile.endsWith('.js')) return undefined;
  const root = resolve(dirname(builtFile), '../..');
  let built: number;
  try {
    built = statSync(builtFile).mtimeMs;
  } catch {
    return undefined;
  }
  const changed = ['src', 'knowledge'].filter((d) => changedUnder(join(root, d), built));
  if (!changed.length) return undefined;
  return `the compiled code in dist/ is older than ${changed.join(' and ')}/ (changed since the last build): run \`npm run build\` in ${root} and try again`;
}
