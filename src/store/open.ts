// Picks the adapter from the config: PostgreSQL when DATABASE_URL is set, else the
// embedded SQLite file in the data folder. Migrations run before the store is returned.
// The key (CASEFILE_KEY_FILE, or given) opens a protected store's sensitive fields.
import { join } from 'node:path';
import type { KyselyPlugin } from 'kysely';
import type { Config } from '../core/config.js';
import { readKeyFile } from './crypto/key-file.js';
import type { Store } from './port.js';

export interface OpenOptions {
  /** Kysely plugins (query logging; tests use one to inject failures) */
  plugins?: KyselyPlugin[];
  /** the key itself (null: none), instead of config.keyFile */
  key?: Uint8Array | null;
}

export const sqliteFile = (dataDir: string) => join(dataDir, 'casefile.sqlite');

export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl' | 'keyFile'>, opts: OpenOptions = {}): Promise<Store> {
  const key = opts.key !== undefined ? opts.key : config.keyFile ? await readKeyFile(config.keyFile) : null;
  // Each adapter loads only its own driver.
  if (config.databaseUrl) {
    const { openPostgresStore } = await import('./postgres/open.js');
    return openPostgresStore(config.databaseUrl, opts.plugins, key);
  }
  const { openSqliteStore } = await import('./sqlite/open.js');
  return openSqliteStore(sqliteFile(config.dataDir), opts.plugins, key);
}
