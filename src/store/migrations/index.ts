// One numbered migration series for both adapters. A new migration is a new file
// (NNNN_what.ts exporting `up(db, dialect)`) plus one line in MIGRATIONS.
import { Migrator, type Kysely, type Migration } from 'kysely';
import { CasefileError } from '../../core/errors.js';
import * as core from './0001_core.js';
import * as incidents from './0002_incidents.js';
import * as review from './0003_review.js';
import * as cases from './0004_cases.js';
import * as listOrder from './0006_list_order.js';
import * as explore from './0007_explore.js';
import * as protection from './0008_protection.js';
import * as exploreRows from './0009_explore_rows.js';
import * as witnessSalt from './0010_witness_salt.js';
import * as exploreLinks from './0011_explore_links.js';
import * as exploreDates from './0012_explore_dates.js';
import * as nameKeys from './0013_name_keys.js';
import * as exploreRowsPerBatch from './0014_explore_rows_per_batch.js';
import * as eventWrites from './0015_event_writes.js';
import * as toastLz4 from './0016_toast_lz4.js';
import * as caseChangedWhen from './0017_case_changed_when.js';
import * as caseSpan from './0018_case_span.js';

export type SqlDialect = 'sqlite' | 'postgres';

export interface DialectMigration {
  up(db: Kysely<any>, dialect: SqlDialect): Promise<void>;
}

const MIGRATIONS: [name: string, migration: DialectMigration][] = [
  ['0001_core', core],
  ['0002_incidents', incidents],
  ['0003_review', review],
  ['0004_cases', cases],
  ['0006_list_order', listOrder],
  ['0007_explore', explore],
  ['0008_protection', protection],
  ['0009_explore_rows', exploreRows],
  ['0010_witness_salt', witnessSalt],
  ['0011_explore_links', exploreLinks],
  ['0012_explore_dates', exploreDates],
  ['0013_name_keys', nameKeys],
  ['0014_explore_rows_per_batch', exploreRowsPerBatch],
  ['0015_event_writes', eventWrites],
  ['0016_toast_lz4', toastLz4],
  ['0017_case_changed_when', caseChangedWhen],
  ['0018_case_span', caseSpan],
];

export async function migrate(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const [name, m] of MIGRATIONS) migrations[name] = { up: (d) => m.up(d, dialect) };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    const detail = error instanceof Error ? error.message : String(error);
    throw new CasefileError('E_STORE', `migration ${failed} failed: ${detail}`, { where: dialect, cause: error });
  }
}
