// Links bin/casefile.js as node_modules/.bin/casefile, where `npx casefile` finds it
// and runs it in place. package.json names no `bin` on purpose: npm 10 and later
// install a package that names its own bin into npx's cache before running it, which
// runs `prepare` (a full build) again on first use, silently, and leaves a broken
// cache if interrupted.
import { mkdirSync, rmSync, symlinkSync, chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'casefile');
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync('../../bin/casefile.js', link);
chmodSync(join(root, 'bin', 'casefile.js'), 0o755);
