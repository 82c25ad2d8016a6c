// PostgreSQL compresses a report's long values (its text, extraction JSON, search
// vector and raw bytes) as it writes them; with the default pglz that was a fifth of
// the server's CPU for saving reports, lz4 takes about a third of that (for some 10%
// more bytes on disk) and reads back faster too. Values already stored keep pglz;
// both read alike. A server built without lz4 keeps pglz. SQLite compresses nothing.
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  // SET COMPRESSION is PostgreSQL 14's: older servers keep pglz (the statements run through
  // EXECUTE so that an older server never parses them)
  await sql.raw(`do $$ begin
    if current_setting('server_version_num')::int >= 140000 then
      execute 'alter table reports alter column text set compression lz4, alter column extraction set compression lz4,
        alter column text_sealed set compression lz4, alter column search set compression lz4';
      execute 'alter table report_raw alter column bytes set compression lz4';
    end if;
  exception when feature_not_supported then null;
  end $$`).execute(db);
}
