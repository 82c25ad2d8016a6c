#!/usr/bin/env node
// npm run eval [-- --verbose]: scores `casefile extract --jsonl` on the hand-annotated
// dev set in ../shared/eval when that folder exists (it is not part of the project).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.CASEFILE_EVAL_DIR ?? resolve(root, '..', 'shared', 'eval');
const scorer = join(evalDir, 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`eval: no evaluation set at ${evalDir} (score.mjs absent); nothing to score`);
  process.exit(0);
}
const passthrough = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json');
const cmd = `node --import tsx ${JSON.stringify(join(root, 'src', 'cli', 'main.ts'))} extract --jsonl`;
const run = spawnSync(process.execPath, [scorer, '--gold', join(evalDir, 'dev'), '--cmd', cmd, ...passthrough], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
