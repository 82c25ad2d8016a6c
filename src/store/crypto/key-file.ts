// The key file the user holds (CASEFILE_KEY_FILE): either the key itself, or the
// Argon2id salt and parameters that turn a passphrase (CASEFILE_PASSPHRASE) into
// the key. Written owner-only and never overwritten; one readable by others is
// refused, since whoever reads it reads the sources.
import { open, readFile, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { Algorithm, hashRaw } from '@node-rs/argon2';
import { CasefileError } from '../../core/errors.js';
import { KEY_BYTES, newKey } from './sealer.js';

export interface KdfParams {
  kdf: 'argon2id';
  salt: string;
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

type KeyFileJson = { casefile: 'key'; version: 1 } & ({ key: string } | KdfParams);

/** OWASP's first Argon2id choice is 19 MiB x 2; a laptop affords more */
export const DEFAULT_KDF = { memoryCost: 65536, timeCost: 3, parallelism: 1 } as const;

const keyError = (file: string, detail: string) => new CasefileError('E_KEY', detail, { where: file });

async function writeNew(file: string, json: KeyFileJson): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw keyError(file, code === 'EEXIST' ? 'the file exists; a key file is never overwritten (choose a new name)' : (e as Error).message);
  }
  try {
    await handle.writeFile(`${JSON.stringify(json)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A new random key, written to a new file; returns the key. */
export async function writeKeyFile(file: string): Promise<Uint8Array> {
  const key = await newKey();
  await writeNew(file, { casefile: 'key', version: 1, key: Buffer.from(key).toString('base64') });
  return key;
}

/** A new passphrase key file (salt and parameters only); returns the derived key. */
export async function writePassphraseFile(file: string, passphrase: string, kdf: Omit<KdfParams, 'kdf' | 'salt'> = DEFAULT_KDF): Promise<Uint8Array> {
  if (passphrase.length < 12) throw keyError(file, 'the passphrase is shorter than 12 characters');
  const params: KdfParams = { kdf: 'argon2id', salt: randomBytes(16).toString('base64'), ...kdf };
  const key = await derive(params, passphrase);
  await writeNew(file, { casefile: 'key', version: 1, ...params });
  return key;
}

async function derive(p: KdfParams, passphrase: string): Promise<Uint8Array> {
  const raw = await hashRaw(passphrase, {
    algorithm: Algorithm.Argon2id, salt: Buffer.from(p.salt, 'base64'), outputLen: KEY_BYTES,
    memoryCost: p.memoryCost, timeCost: p.timeCost, parallelism: p.parallelism,
  });
  return new Uint8Array(raw);
}

/** The key a key file holds or derives; the passphrase comes from CASEFILE_PASSPHRASE. */
export async function readKeyFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  let text: string;
  try {
    const info = await stat(file);
    if ((info.mode & 0o077) !== 0) throw keyError(file, `the key file is readable by others (mode ${(info.mode & 0o777).toString(8)}): run chmod 600 on it`);
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw e instanceof CasefileError ? e : keyError(file, `cannot read the key file: ${(e as Error).message}`);
  }
  let json: Partial<KeyFileJson & { key: string } & KdfParams>;
  try {
    json = JSON.parse(text);
  } catch {
    throw keyError(file, 'not a Casefile key file (not JSON)');
  }
  if (json.casefile !== 'key' || json.version !== 1) throw keyError(file, 'not a Casefile key file (version 1)');
  if (typeof json.key === 'string') {
    const key = new Uint8Array(Buffer.from(json.key, 'base64'));
    if (key.length !== KEY_BYTES) throw keyError(file, `the key is ${key.length} bytes, not ${KEY_BYTES}`);
    return key;
  }
  if (json.kdf === 'argon2id' && typeof json.salt === 'string' && [json.memoryCost, json.timeCost, json.parallelism].every(Number.isInteger)) {
    const passphrase = env.CASEFILE_PASSPHRASE;
    if (!passphrase) throw keyError(file, 'this key file is opened by a passphrase: set CASEFILE_PASSPHRASE');
    return derive(json as KdfParams, passphrase);
  }
  throw keyError(file, 'the key file holds neither a key nor Argon2id parameters');
}
