// casefile jobs: what the team queue holds: queued, retrying, running, failed (with
// reasons) and done, per queue.
import { Command } from 'commander';

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('show the team queue on PostgreSQL (DATABASE_URL): jobs queued, running, failed with reasons, done')
    .option('--failed <n>', 'how many recent failures to list (default 20)', (v) => Math.max(0, Number.parseInt(v, 10) || 0))
    .action(async (flags: { failed?: number }) => {
      process.stdout.write(await describeJobs(flags.failed ?? 20));
    });
}

export async function describeJobs(failedToList: number): Promise<string> {
  const [{ loadConfig }, { openQueue, closeQueue }, { queueCounts, failures, describeFailure }] = await Promise.all([
    import('../../core/config.js'),
    import('../../queue/queue.js'),
    import('../../queue/status.js'),
  ]);
  const boss = await openQueue(loadConfig().databaseUrl);
  try {
    const counts = await queueCounts(boss);
    const header = ['queue', 'queued', 'retrying', 'running', 'failed', 'done'];
    const rows = Object.entries(counts).map(([name, c]) => [name, c.queued, c.retrying, c.running, c.failed, c.done].map(String));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd() + '\n';
    let out = line(header) + rows.map(line).join('');
    const failed = failedToList > 0 ? await failures(boss, { limit: failedToList }) : [];
    if (failed.length > 0) out += `\nrecent failures:\n${failed.map((f) => `  ${f.queue}: ${describeFailure(f)}\n`).join('')}`;
    return out;
  } finally {
    await closeQueue(boss);
  }
}
