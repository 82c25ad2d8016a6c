// Backups of a store. SQLite: the online backup API copies a consistent snapshot
// page by page while the server and ingests keep working. PostgreSQL: pg_dump's
// logical dump (one repeatable-read snapshot), restored with pg_restore. A backup
// is written readable by its owner only; stored fields go in as they are stored.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, closeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Config } from '../core/config.js';
import { CasefileError } from '../core/errors.js';
import { sqliteFile } from './open.js';
import { redactUrl } from './postgres/open.js';

export type BackupKind = 'sqlite' | 'postgres';

/** Writes a snapshot of the configured store to `file`; returns its kind. */
export async function backupStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, file: string): Promise<BackupKind> {
  if (existsSync(file)) throw new CasefileError('E_CONFIG', 'the backup file exists already; name a new one', { where: file });
  if (config.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${config.databaseUrl}`], redactUrl(config.databaseUrl));
    chmodSync(file, 0o600);
    return 'postgres';
  }
  const source = sqliteFile(config.dataDir);
  if (!existsSync(source)) throw new CasefileError('E_STORE', 'no database in this data folder', { where: config.dataDir });
  const db = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    closeSync(openSync(file, 'wx', 0o600));
    await db.backup(file);
  } finally {
    db.close();
  }
  return 'sqlite';
}

/** What a backup file holds, from its first bytes. */
export function backupKind(file: string): BackupKind {
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new CasefileError('E_READ_UNREADABLE', 'no such backup file', { where: file, cause: e });
  }
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  throw new CasefileError('E_READ_FORMAT', 'not a Casefile backup (neither an SQLite database nor a pg_dump archive)', { where: file });
}

/**
 * Brings a backup back: an SQLite backup into an empty data folder, a PostgreSQL one
 * into the empty database of DATABASE_URL. Refuses to overwrite a store.
 */
export async function restoreStore(file: string, config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<BackupKind> {
  const kind = backupKind(file);
  if (kind === 'postgres') {
    if (!config.databaseUrl) throw new CasefileError('E_CONFIG', 'a PostgreSQL backup is restored into the database of DATABASE_URL; set it', { where: file });
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${config.databaseUrl}`, file], redactUrl(config.databaseUrl));
    return kind;
  }
  const target = sqliteFile(config.dataDir);
  if (existsSync(target)) throw new CasefileError('E_CONFIG', 'the data folder holds a database already; restore into a new folder', { where: config.dataDir });
  const check = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(check.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') throw new CasefileError('E_STORE', `the backup is damaged (${integrity})`, { where: file });
  } finally {
    check.close();
  }
  if (!existsSync(config.dataDir)) mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  copyFileSync(file, target);
  chmodSync(target, 0o600);
  return kind;
}

function run(command: string, args: string[], shownUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b) => (err += b));
    child.on('error', (e) => reject(new CasefileError('E_CONFIG', `${command} is needed for PostgreSQL backups and was not found (${e.message})`, { where: command })));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new CasefileError('E_STORE', `${command} failed on ${shownUrl}: ${err.trim().split('\n').slice(-3).join(' ').replaceAll(/postgres(ql)?:\/\/\S+/g, shownUrl)}`, { where: command })),
    );
  });
}
