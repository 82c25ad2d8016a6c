// casefile feed add|list|remove|poll: RSS/Atom feeds the team queue polls on a
// schedule with conditional requests; new items become reports. The only outbound
// traffic Casefile makes, and only for feeds added here.
import { Command, InvalidArgumentError } from 'commander';
import type PgBoss from 'pg-boss';

async function withQueue<T>(run: (boss: PgBoss) => Promise<T>): Promise<T> {
  const [{ loadConfig }, { openQueue, closeQueue }] = await Promise.all([import('../../core/config.js'), import('../../queue/queue.js')]);
  const boss = await openQueue(loadConfig().databaseUrl);
  try {
    return await run(boss);
  } finally {
    await closeQueue(boss);
  }
}

function minutes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 7 * 24 * 60) throw new InvalidArgumentError('expected whole minutes from 1 to 10080');
  return n;
}

export function registerFeed(program: Command): void {
  const feed = program.command('feed').description('RSS/Atom feeds polled through the team queue (DATABASE_URL); their new items become reports');
  feed
    .command('add')
    .description('follow a feed: polled now, then every --every minutes by running workers')
    .argument('<url>', 'http(s) address of an RSS or Atom feed')
    .option('--every <minutes>', 'minutes between polls (default 30)', minutes)
    .action(async (url: string, flags: { every?: number }) => {
      const { addFeed, DEFAULT_EVERY_MINUTES } = await import('../../queue/feeds.js');
      const added = await withQueue((boss) => addFeed(boss, url, flags.every));
      process.stdout.write(`feed: following ${added} every ${flags.every ?? DEFAULT_EVERY_MINUTES} minutes; a poll is queued\n`);
    });
  feed
    .command('list')
    .description('the feeds followed, with their last poll')
    .action(async () => {
      const { listFeeds } = await import('../../queue/feeds.js');
      const feeds = await withQueue(listFeeds);
      if (feeds.length === 0) process.stdout.write('feed: no feeds (add one with `casefile feed add URL`)\n');
      for (const f of feeds) {
        const last = f.checkedOn ? `last polled ${f.checkedOn.toISOString()}: ${f.lastStatus}` : 'not polled yet';
        process.stdout.write(`${f.url}  every ${f.everyMinutes} min, ${last}, ${f.changes} changes\n`);
      }
    });
  feed
    .command('remove')
    .description('stop following a feed (its reports stay)')
    .argument('<url>', 'the address as listed')
    .action(async (url: string) => {
      const { removeFeed } = await import('../../queue/feeds.js');
      if (await withQueue((boss) => removeFeed(boss, url))) process.stdout.write(`feed: removed ${url}\n`);
      else {
        process.stderr.write(`casefile: no feed ${url} (see \`casefile feed list\`)\n`);
        process.exitCode = 1;
      }
    });
  feed
    .command('poll')
    .description('queue a poll of every feed now, without waiting for the schedule')
    .action(async () => {
      const { pollNow } = await import('../../queue/feeds.js');
      const n = await withQueue(pollNow);
      process.stdout.write(`feed: ${n} feeds to poll; a worker takes the job\n`);
    });
}
