// Feeds the team follows: a table beside the queue's, polled by a periodic job
// through the same queue. Each poll is a conditional request (If-None-Match,
// If-Modified-Since), so an unchanged feed costs a 304; a changed one becomes a
// file job, and its items already stored are found present by content hash.
// Feeds are Casefile's only outbound traffic, and only once one is added.
import type { Sealer } from '../store/crypto/sealer.js';
import type PgBoss from 'pg-boss';
import { CasefileError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../read/index.js';
import { insertFileJobs } from './enqueue.js';
import { QUEUES, SCHEMA } from './queue.js';

const TABLE = `${SCHEMA}.feed`;

export interface Feed {
  url: string;
  everyMinutes: number;
  etag: string | null;
  lastModified: string | null;
  checkedOn: Date | null;
  nextCheck: Date;
  /** "changed", "not modified", or the error of the last poll */
  lastStatus: string | null;
  /** polls that found new content */
  changes: number;
}

export const DEFAULT_EVERY_MINUTES = 30;

async function ensureTable(boss: PgBoss): Promise<void> {
  await boss.getDb().executeSql(
    `create table if not exists ${TABLE} (
      url text primary key,
      every_minutes integer not null,
      added_on timestamptz not null default now(),
      etag text,
      last_modified text,
      checked_on timestamptz,
      next_check timestamptz not null default now(),
      last_status text,
      changes integer not null default 0
    )`,
    [],
  );
}

export function checkFeedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CasefileError('E_BAD_PARAM', `"${url.slice(0, 200)}" is not a URL`, { where: 'feed' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new CasefileError('E_BAD_PARAM', `a feed is fetched over http or https, not ${parsed.protocol}`, { where: url });
  return parsed.toString();
}

/** Adds a feed (or changes its interval) and asks for a poll now; the schedule checks for due feeds every minute. */
export async function addFeed(boss: PgBoss, url: string, everyMinutes = DEFAULT_EVERY_MINUTES): Promise<string> {
  const clean = checkFeedUrl(url);
  await ensureTable(boss);
  await boss.getDb().executeSql(`insert into ${TABLE} (url, every_minutes) values ($1, $2) on conflict (url) do update set every_minutes = excluded.every_minutes, next_check = now()`, [clean, everyMinutes]);
  await boss.schedule(QUEUES.feeds, '* * * * *');
  await boss.send(QUEUES.feeds, {});
  return clean;
}

/** Removes a feed; returns whether it was there. The schedule stops with the last feed. */
export async function removeFeed(boss: PgBoss, url: string): Promise<boolean> {
  await ensureTable(boss);
  const { rows } = await boss.getDb().executeSql(`delete from ${TABLE} where url = $1 or url = $2 returning url`, [url, URL.canParse(url) ? new URL(url).toString() : url]);
  const { rows: left } = await boss.getDb().executeSql(`select 1 from ${TABLE} limit 1`, []);
  if (left.length === 0) await boss.unschedule(QUEUES.feeds);
  return rows.length > 0;
}

export async function listFeeds(boss: PgBoss): Promise<Feed[]> {
  await ensureTable(boss);
  const { rows } = await boss.getDb().executeSql(`select * from ${TABLE} order by added_on, url`, []);
  return rows.map((r) => ({ url: r.url, everyMinutes: r.every_minutes, etag: r.etag, lastModified: r.last_modified, checkedOn: r.checked_on, nextCheck: r.next_check, lastStatus: r.last_status, changes: r.changes }));
}

/** Marks every feed due and asks for a poll now. */
export async function pollNow(boss: PgBoss): Promise<number> {
  await ensureTable(boss);
  const { rows } = await boss.getDb().executeSql(`update ${TABLE} set next_check = now() returning url`, []);
  if (rows.length > 0) await boss.send(QUEUES.feeds, {});
  return rows.length;
}

export interface PollResult {
  url: string;
  status: 'changed' | 'not modified' | 'failed';
  error?: string;
}

/** Polls the feeds that are due; each changed feed becomes one file job. */
export async function pollDueFeeds(boss: PgBoss, opts: { maxBytes?: number; timeoutMs?: number; sealer?: Sealer | null } = {}): Promise<PollResult[]> {
  await ensureTable(boss);
  const db = boss.getDb();
  const { rows } = await db.executeSql(`select * from ${TABLE} where next_check <= now() order by next_check`, []);
  const results: PollResult[] = [];
  for (const row of rows) {
    let result: PollResult;
    let etag: string | null = row.etag;
    let lastModified: string | null = row.last_modified;
    try {
      const fetched = await fetchFeed(row.url, { etag, lastModified }, opts);
      if (fetched.status === 'changed') {
        await insertFileJobs(boss, [{ name: feedFileName(row.url), bytes: Buffer.from(fetched.bytes).toString('base64'), feed: row.url, maxBytes: opts.maxBytes }], opts.sealer ?? null);
        etag = fetched.etag;
        lastModified = fetched.lastModified;
      }
      result = { url: row.url, status: fetched.status };
    } catch (err) {
      result = { url: row.url, status: 'failed', error: err instanceof Error ? err.message : String(err) };
    }
    await db.executeSql(
      `update ${TABLE} set etag = $2, last_modified = $3, checked_on = now(), next_check = now() + every_minutes * interval '1 minute',
         last_status = $4, changes = changes + $5 where url = $1`,
      [row.url, etag, lastModified, result.error ?? result.status, result.status === 'changed' ? 1 : 0],
    );
    results.push(result);
  }
  return results;
}

/** A name the feed reader recognises, telling where the items came from. */
const feedFileName = (url: string) => `${new URL(url).hostname}-feed.xml`;

type Fetched = { status: 'not modified' } | { status: 'changed'; bytes: Uint8Array; etag: string | null; lastModified: string | null };

async function fetchFeed(url: string, validators: { etag: string | null; lastModified: string | null }, opts: { maxBytes?: number; timeoutMs?: number }): Promise<Fetched> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1', 'user-agent': 'Casefile feed poller' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const response = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000) });
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 'not modified' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`the feed is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  // read with a running count: a server may send more than it declared
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) throw new Error(`the feed is over the limit of ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return { status: 'changed', bytes: Buffer.concat(chunks), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
}
