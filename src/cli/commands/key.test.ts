// casefile key end to end on the embedded store: the demo ingested with a key file
// leaves no source descriptor in any file of the data folder (nor in a backup), while
// export --include-sources still prints them; without the key they read as withheld;
// rotation keeps them readable with the new key only. Plus: link waits for the
// store's link lock instead of running beside another linker.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { openStore } from '../../store/open.js';
import { WITHHELD } from '../../store/crypto/protection.js';

let dir: string, data: string, keyFile: string;
const env = () => {
  const { DATABASE_URL: _, CASEFILE_KEY_FILE: __, ...rest } = process.env;
  return { ...rest, CASEFILE_DATA: data };
};
const casefile = (args: string[], extra: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: process.cwd(), env: { ...env(), ...extra }, maxBuffer: 1 << 26 });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-cli-key-'));
  data = join(dir, 'data');
  keyFile = join(dir, 'casefile.key');
});
after(() => rm(dir, { recursive: true, force: true }));

async function descriptors(): Promise<{ all: string[]; cited: string[] }> {
  const store = await openStore({ dataDir: data, databaseUrl: null, keyFile });
  try {
    const sources = await store.listSources({ limit: 1000 });
    const cited = new Set<string>();
    for (const reportId of new Set(sources.map((s) => s.reportId))) {
      const { extraction } = (await store.getReport(reportId))!;
      const used = new Set(extraction.events.flatMap((e) => e.sources));
      for (const s of extraction.sources) if (used.has(s.id)) cited.add(s.descriptor);
    }
    return { all: [...new Set(sources.map((s) => s.descriptor))], cited: [...cited] };
  } finally {
    await store.close();
  }
}

async function assertAbsent(files: string[], words: string[]): Promise<void> {
  for (const file of files) {
    const text = (await readFile(file)).toString('utf8').toLowerCase();
    for (const w of words) assert.ok(!text.includes(w.toLowerCase()), `"${w}" is in clear in ${file}`);
  }
}

test('with CASEFILE_KEY_FILE no source descriptor is in any file of the data folder, and export --include-sources still prints them', async () => {
  const init = await casefile(['key', 'init', '--key-file', keyFile]);
  assert.match(init.stdout, /key: written to/);
  assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
  await assert.rejects(casefile(['key', 'init', '--key-file', keyFile]), /never overwritten/);

  await casefile(['ingest', 'demo/reports', '--workers', '1'], { CASEFILE_KEY_FILE: keyFile });
  const { all, cited } = await descriptors();
  assert.ok(all.length >= 8 && all.every((d) => d.length > 0 && d !== WITHHELD), `descriptors: ${all.join(' | ')}`);

  const files = (await readdir(data, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
  assert.ok(files.some((f) => f.endsWith('casefile.sqlite')));
  await assertAbsent(files, all);

  const exported = (await casefile(['export', '--include-sources', '--format', 'csv'], { CASEFILE_KEY_FILE: keyFile })).stdout;
  for (const d of cited) assert.ok(exported.includes(d), `export lacks "${d}"`);

  // without the key: everything else is served, the descriptors are withheld and say so
  const locked = (await casefile(['export', '--include-sources', '--format', 'csv'])).stdout;
  assert.ok(locked.includes(WITHHELD));
  for (const d of all) assert.ok(!locked.includes(d), `export without the key holds "${d}"`);
  assert.match((await casefile(['key', 'status'])).stdout, /protection: locked/);
  assert.match((await casefile(['key', 'status'], { CASEFILE_KEY_FILE: keyFile })).stdout, /protection: on/);

  const backup = join(dir, 'casefile.backup');
  await casefile(['backup', backup], { CASEFILE_KEY_FILE: keyFile });
  await assertAbsent([backup], all);

  const rotated = await casefile(['key', 'rotate'], { CASEFILE_KEY_FILE: keyFile });
  const retired = /the old key is in (\S+):/.exec(rotated.stdout)?.[1];
  assert.ok(retired && existsSync(retired), rotated.stdout);
  assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
  await assert.rejects(casefile(['key', 'status'], { CASEFILE_KEY_FILE: retired }), /different key/);
  const after = (await casefile(['export', '--include-sources', '--format', 'csv'], { CASEFILE_KEY_FILE: keyFile })).stdout;
  for (const d of cited) assert.ok(after.includes(d), `export after rotation lacks "${d}"`);
});

/** A data folder made by linking one short report (the first run creates the store); the report's file too. */
async function linkedFolder(name: string): Promise<{ folder: string; input: string }> {
  const folder = join(dir, name);
  const input = join(dir, `${name}.txt`);
  await writeFile(input, 'Traders detained in Hyesan\n\nPolice arrested two copper traders in Hyesan last week, a source in Ryanggang Province said.\n');
  await casefile(['link', '--data', folder, input]);
  return { folder, input };
}

test('link waits for the store\'s link lock held by another process, says so, and finishes once it is free', async () => {
  const { folder, input } = await linkedFolder('linked');
  const lock = join(folder, '.link.lock');
  // held by a live process (this test's): the linker must wait
  await writeFile(lock, String(process.pid), { mode: 0o600 });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'link', '--data', folder, input], { cwd: process.cwd(), env: env() });
  let stderr = '';
  child.stderr.on('data', (b) => { stderr += b; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 120_000;
  while (!stderr.includes('waiting for') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.match(stderr, new RegExp(`waiting for casefile process ${process.pid}, which is linking this store`));
  assert.equal(child.exitCode, null);
  await rm(lock);
  assert.equal(await exited, 0);
});

test('key init and rotate refuse while another process has the store open, naming it, and go ahead once it has closed', async () => {
  const { folder } = await linkedFolder('shared');
  const newKey = join(dir, 'shared.key');
  // this test's process holds the store open, as a running `casefile serve` would
  const open = await openStore({ dataDir: folder, databaseUrl: null, keyFile: null });
  await assert.rejects(casefile(['key', 'init', '--key-file', newKey, '--data', folder]), new RegExp(`open in other casefile processes \\(pid ${process.pid}\\)`));
  assert.equal(open.protection, 'off');
  assert.ok(!existsSync(newKey), 'a refused init left a key file behind');
  await open.close();
  assert.match((await casefile(['key', 'init', '--key-file', newKey, '--data', folder])).stdout, /the store is encrypted \(1 reports/);

  const keyed = await openStore({ dataDir: folder, databaseUrl: null, keyFile: newKey });
  await assert.rejects(casefile(['key', 'rotate', '--data', folder], { CASEFILE_KEY_FILE: newKey }), /open in other casefile processes/);
  assert.ok(!existsSync(`${newKey}.new`), 'a refused rotation left a key file behind');
  await keyed.close();
  assert.match((await casefile(['key', 'rotate', '--data', folder], { CASEFILE_KEY_FILE: newKey })).stdout, /encrypted with a new key/);
});
