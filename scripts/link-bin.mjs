// npx resolves bins from node_modules/.bin only, and npm does not link a project's
// own bin there; linking it lets `npx casefile ...` run inside the checkout.
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
