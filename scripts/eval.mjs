#!/usr/bin/env node
// npm run eval [-- --verbose]: scores `casefile extract --jsonl` on the project's held-out
// reports (every eval/heldout* folder, scored by scripts/score.mjs) and, when
// ../shared/eval exists (it is not part of the project), on the hand-annotated sets
// there (dev, real/tune, real/check, ko/tune, ko/check) with their own scorer.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const passthrough = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json');
const cmd = `node --import tsx ${JSON.stringify(join(root, 'src', 'cli', 'main.ts'))} extract --jsonl`;

function score(title, scorer, goldDir) {
  console.log(`== ${title} (${goldDir})`);
  const run = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--cmd', cmd, ...passthrough], { cwd: root, stdio: 'inherit' });
  return run.status ?? 1;
}

const ownScorer = join(root, 'scripts', 'score.mjs');
// heldout, heldout-2, ...: in the order they were written
const setNumber = (dir) => Number(dir.split('-')[1] ?? 1);
const heldout = readdirSync(join(root, 'eval'))
  .filter((dir) => /^heldout(-\d+)?$/.test(dir))
  .sort((a, b) => setNumber(a) - setNumber(b))
  .map((dir) => score(`held-out set ${setNumber(dir)}`, ownScorer, join(root, 'eval', dir)))
  .reduce((a, b) => a || b, 0);
const evalDir = process.env.CASEFILE_EVAL_DIR ?? resolve(root, '..', 'shared', 'eval');
const sharedScorer = join(evalDir, 'score.mjs');
// the shared sets: dev (written for the project), then real reports from the web (English, Korean)
const sharedSets = ['dev', 'real/tune', 'real/check', 'ko/tune', 'ko/check'].filter((set) => existsSync(join(evalDir, set)));
const dev = existsSync(sharedScorer)
  ? sharedSets.map((set) => score(`${set} set`, sharedScorer, join(evalDir, set))).reduce((a, b) => a || b, 0)
  : 0;
if (!existsSync(sharedScorer)) console.log(`eval: no dev set at ${evalDir} (score.mjs absent); scored the held-out sets only`);
process.exit(heldout || dev);
