// casefile backup FILE and casefile restore FILE --data DIR: a consistent snapshot
// of the store while it serves, and bringing one back into an empty store.
import type { Command } from 'commander';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write a consistent snapshot of the store to FILE (SQLite online backup, or pg_dump with DATABASE_URL); safe while serving')
    .argument('<file>', 'the backup file to create')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action(async (file: string, flags: { data?: string }) => {
      const [{ loadConfig }, { backupStore }] = await Promise.all([import('../../core/config.js'), import('../../store/backup.js')]);
      const kind = await backupStore(loadConfig({ dataDir: flags.data }), file);
      process.stdout.write(`backup: ${kind} snapshot written to ${file}\n`);
    });
  program
    .command('restore')
    .description('bring a backup back into an empty data folder (or the empty database of DATABASE_URL)')
    .argument('<file>', 'a file written by casefile backup')
    .option('--data <dir>', 'data folder to restore into (default: CASEFILE_DATA or ./data)')
    .action(async (file: string, flags: { data?: string }) => {
      const [{ loadConfig }, { restoreStore }] = await Promise.all([import('../../core/config.js'), import('../../store/backup.js')]);
      const config = loadConfig({ dataDir: flags.data });
      const kind = await restoreStore(file, config);
      process.stdout.write(`restore: ${kind} backup restored into ${kind === 'sqlite' ? config.dataDir : 'DATABASE_URL'}\n`);
    });
}
