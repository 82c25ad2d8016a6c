// casefile key init | rotate | status: the key that encrypts source descriptors,
// reviewer notes, raw files and report texts at rest (store/crypto/). The key file
// is the user's to hold; without it the store still serves everything else.
import type { Command } from 'commander';
import { CasefileError } from '../../core/errors.js';
import type { Config } from '../../core/config.js';

interface KeyFlags {
  keyFile?: string;
  data?: string;
  passphrase?: boolean;
}

export function registerKey(program: Command): void {
  const key = program.command('key').description('encrypt source descriptors, notes, raw files and report texts with a key you hold');
  key.command('init')
    .description('write a new key file (owner-only) and encrypt the store of the data folder or DATABASE_URL with it')
    .option('--key-file <file>', 'the key file to create (default: CASEFILE_KEY_FILE)')
    .option('--passphrase', 'derive the key from a passphrase (Argon2id; CASEFILE_PASSPHRASE, or asked); the file holds only salt and parameters')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action(runInit);
  key.command('rotate')
    .description('encrypt everything again with a new key, in one transaction; the key file is replaced and the old one kept beside it as .retired-DATE')
    .option('--key-file <file>', 'the current key file (default: CASEFILE_KEY_FILE)')
    .option('--passphrase', 'the new key comes from a passphrase (CASEFILE_NEW_PASSPHRASE, or asked)')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action(runRotate);
  key.command('status')
    .description('say whether the store is encrypted and whether the key given opens it')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action(runStatus);
}

async function configFor(flags: KeyFlags): Promise<Config & { keyFile: string }> {
  const { loadConfig } = await import('../../core/config.js');
  const config = loadConfig({ dataDir: flags.data });
  const keyFile = flags.keyFile ? (await import('node:path')).resolve(flags.keyFile) : config.keyFile;
  if (!keyFile) throw new CasefileError('E_BAD_PARAM', 'give --key-file FILE or set CASEFILE_KEY_FILE', { where: 'key' });
  return { ...config, keyFile };
}

/** A store to (re)key: the PostgreSQL database, or the data folder's SQLite file when there is one. */
async function hasStore(config: Config): Promise<boolean> {
  if (config.databaseUrl) return true;
  const [{ existsSync }, { sqliteFile }] = await Promise.all([import('node:fs'), import('../../store/open.js')]);
  return existsSync(sqliteFile(config.dataDir));
}

async function newKeyFile(file: string, passphrase: boolean, env: 'CASEFILE_PASSPHRASE' | 'CASEFILE_NEW_PASSPHRASE'): Promise<Uint8Array> {
  const { writeKeyFile, writePassphraseFile } = await import('../../store/crypto/key-file.js');
  if (!passphrase) return writeKeyFile(file);
  const given = process.env[env];
  const words = given ?? await askTwice('new passphrase: ');
  return writePassphraseFile(file, words);
}

async function runInit(flags: KeyFlags): Promise<void> {
  const config = await configFor(flags);
  const { openStore } = await import('../../store/open.js');
  const store = (await hasStore(config)) ? await openStore(config, { key: null }) : null;
  try {
    if (store?.protection === 'locked') throw new CasefileError('E_KEY', 'this store is already encrypted with a key: use `casefile key rotate` with that key', { where: 'key init' });
    await store?.assertAlone();
    const key = await newKeyFile(config.keyFile, flags.passphrase ?? false, 'CASEFILE_PASSPHRASE');
    process.stdout.write(`key: written to ${config.keyFile} (owner-only); keep a copy apart from the data: without it the encrypted fields cannot be read\n`);
    if (store) {
      const n = await store.rekey(key);
      process.stdout.write(`key: the store is encrypted (${n.reports} reports, ${n.notes} notes)\n`);
    }
    process.stdout.write(`key: set CASEFILE_KEY_FILE=${config.keyFile} for every casefile command on this store\n`);
  } finally {
    await store?.close();
  }
}

async function runRotate(flags: KeyFlags): Promise<void> {
  const config = await configFor(flags);
  const [{ openStore }, { rename }] = await Promise.all([import('../../store/open.js'), import('node:fs/promises')]);
  // opening with the current key checks it is the store's
  const store = await openStore(config);
  try {
    if (store.protection !== 'on') throw new CasefileError('E_KEY', 'this store is not encrypted yet: use `casefile key init`', { where: 'key rotate' });
    await store.assertAlone();
    const next = `${config.keyFile}.new`;
    const key = await newKeyFile(next, flags.passphrase ?? false, 'CASEFILE_NEW_PASSPHRASE');
    const n = await store.rekey(key);
    // the store now opens with the new key only; the old one stays for backups made before
    const retired = `${config.keyFile}.retired-${new Date().toISOString().replace(/[-:]|\.\d+Z$/g, '')}`;
    await rename(config.keyFile, retired);
    await rename(next, config.keyFile);
    process.stdout.write(`key: ${n.reports} reports and ${n.notes} notes encrypted with a new key, now in ${config.keyFile}\n`);
    process.stdout.write(`key: the old key is in ${retired}: backups made before now need it; delete it when they are gone\n`);
  } finally {
    await store.close();
  }
}

async function runStatus(flags: KeyFlags): Promise<void> {
  const [{ loadConfig }, { openStore }] = await Promise.all([import('../../core/config.js'), import('../../store/open.js')]);
  const store = await openStore(loadConfig({ dataDir: flags.data }));
  try {
    process.stdout.write(`${describeProtection(store.protection)}\n`);
  } finally {
    await store.close();
  }
}

export function describeProtection(state: 'off' | 'on' | 'locked'): string {
  return {
    off: 'protection: off: source descriptors, notes and raw files are stored in clear (`casefile key init` encrypts them)',
    on: 'protection: on: source descriptors, notes, raw files and report texts are encrypted, and the key is set',
    locked: 'protection: locked: the store is encrypted and no key is set (CASEFILE_KEY_FILE): source descriptors, notes and raw files are withheld, and texts show source spans masked',
  }[state];
}

async function askTwice(question: string): Promise<string> {
  const first = await askHidden(question);
  if ((await askHidden('again: ')) !== first) throw new CasefileError('E_BAD_PARAM', 'the two passphrases differ', { where: 'key' });
  return first;
}

async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new CasefileError('E_BAD_PARAM', 'no terminal to ask the passphrase on: set CASEFILE_PASSPHRASE', { where: 'key' });
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // echo the question, not the typed passphrase
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => { if (s.startsWith(question)) process.stderr.write(question); };
  try {
    return await rl.question(question);
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
