// Settings come from flags and the environment once, at start; a bad one stops the
// program naming the setting.
import { join, resolve } from 'node:path';
import { CasefileError } from './errors.js';

export interface Config {
  /** folder for the embedded database, raw files and user knowledge */
  dataDir: string;
  /** a PostgreSQL URL switches storage from the embedded SQLite to that server */
  databaseUrl: string | null;
  /** the user's additions to the bundled knowledge: <dataDir>/knowledge */
  knowledgeDir: string;
  /** the key file that opens a protected store's sensitive fields (CASEFILE_KEY_FILE) */
  keyFile?: string | null;
}

export function loadConfig(overrides: { dataDir?: string; databaseUrl?: string } = {}, env = process.env): Config {
  const dataDir = resolve(overrides.dataDir ?? env.CASEFILE_DATA ?? 'data');
  const databaseUrl = overrides.databaseUrl ?? env.DATABASE_URL ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new CasefileError('E_CONFIG', `DATABASE_URL must start with postgres:// or postgresql://, got "${databaseUrl.slice(0, 40)}"`, { where: 'DATABASE_URL' });
  }
  const keyFile = env.CASEFILE_KEY_FILE ? resolve(env.CASEFILE_KEY_FILE) : null;
  return { dataDir, databaseUrl, knowledgeDir: join(dataDir, 'knowledge'), keyFile };
}
