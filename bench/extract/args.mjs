// Command-line options shared by the benchmark and its baseline process.
import { parseArgs as parse } from 'node:util';

const usage = (msg) => {
  process.stderr.write(`bench:extract: ${msg} (options: --json, --words N, --seed N, --stages)\n`);
  process.exit(2);
};

function whole(name, value, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) usage(`--${name} needs a positive whole number, got "${value}"`);
  return n;
}

export function parseArgs(argv) {
  let values;
  try {
    ({ values } = parse({
      args: argv,
      options: { json: { type: 'boolean' }, stages: { type: 'boolean' }, words: { type: 'string' }, seed: { type: 'string' } },
    }));
  } catch (err) {
    usage(err.message);
  }
  return {
    json: values.json ?? false,
    profileStages: values.stages ?? false,
    words: whole('words', values.words, 2_000_000),
    seed: whole('seed', values.seed, 20240611),
  };
}
