// Passwords (Argon2id, from @node-rs/argon2) and session tokens. Only hashes are
// stored: a token's SHA-256, never the token.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { CasefileError } from '../../core/errors.js';

// Argon2id (the library's default algorithm) with OWASP's second recommended setting: 19 MiB, 2 passes.
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD = 10;

export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD) throw new CasefileError('E_VALIDATION', `the password must have at least ${MIN_PASSWORD} characters`, { where: 'password' });
  return hash(password, ARGON);
}

// Checked against when the name is unknown, so a wrong name takes as long as a wrong password.
let decoy: Promise<string> | null = null;

export async function checkPassword(storedHash: string | null, password: string): Promise<boolean> {
  const target = storedHash ?? (await (decoy ??= hash(randomBytes(16).toString('hex'), ARGON)));
  const ok = await verify(target, password).catch(() => false);
  return storedHash !== null && ok;
}

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
