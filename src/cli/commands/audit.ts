// casefile audit verify|list: checks the hash chain of the audit log (an altered
// or deleted entry is found and named), or prints the newest entries.
import type { Command } from 'commander';
import { withStore } from './user.js';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the log of every change and every read of source descriptors');
  audit.command('verify')
    .description('check that no entry of the audit log was altered or deleted (exit status 1 if one was)')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action((flags: { data?: string }) => withStore(flags.data, async (store) => {
      const check = await store.audit.verify();
      for (const p of check.problems) console.error(`casefile: audit entry ${p.seq}: ${p.reason}`);
      if (check.problems.length > 0) {
        process.exitCode = 1;
        console.log(`audit: ${check.entries} entries, ${check.problems.length} problems: the log was tampered with`);
      } else {
        console.log(`audit: ${check.entries} entries, chain intact; head ${check.head} (keep it elsewhere to detect entries cut from the end)`);
      }
    }));
  audit.command('list')
    .description('print the newest entries, one JSON object a line')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .option('--user <name>').option('--action <action>').option('--report <id>')
    .option('--limit <n>', 'how many', (v) => Number(v), 50)
    .action((flags: { data?: string; user?: string; action?: string; report?: string; limit: number }) => withStore(flags.data, async (store) => {
      const page = await store.audit.list({ actor: flags.user, action: flags.action, reportId: flags.report, limit: flags.limit });
      for (const e of page.items) console.log(JSON.stringify(e));
    }));
}
