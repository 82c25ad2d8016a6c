// After `git pull` without `npm run build`, the old compiled code in dist/ reads the
// new knowledge files and fails with a message about the files, not the cause. When a
// command fails, this says so if the sources beside dist/ are newer than the build.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Newest modification time (ms) of the files under dir, 0 when it does not exist. */
function newestUnder(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/**
 * A hint naming the cause when the compiled CLI (dist/cli/main.js) is older than the
 * project's src/ or knowledge/; undefined for a fresh build or an installed package
 * (which ships no src/).
 */
export function staleBuildHint(builtFile: string = fileURLToPath(import.meta.url)): string | undefined {
  const root = resolve(dirname(builtFile), '../..');
  let built: number;
  try {
    built = statSync(builtFile).mtimeMs;
  } catch {
    return undefined;
  }
  const changed = ['src', 'knowledge'].filter((d) => newestUnder(join(root, d)) > built);
  if (!changed.length) return undefined;
  return `the compiled code in dist/ is older than ${changed.join(' and ')}/ (changed since the last build): run \`npm run build\` in ${root} and try again`;
}
