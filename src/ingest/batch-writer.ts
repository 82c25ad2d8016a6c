// Group commit: files hand their reports to the writer, which saves them in one
// saveReports call once at least `minBatch` have gathered (or the ingest says no more
// are coming), and whatever gathers while a commit runs goes in the next. A commit per
// report would make the store's fsync the bottleneck of a parallel ingest; and every
// commit rewrites the index pages it touched and adds a segment to the search index,
// so a few large commits cost the store less than many small ones.
import type { SaveItem, SaveOutcome, Store } from '../store/port.js';

interface Waiting {
  items: SaveItem[];
  resolve: (outcomes: SaveOutcome[]) => void;
  reject: (err: unknown) => void;
}

export class BatchWriter {
  private queue: Waiting[] = [];
  private queued = 0;
  /** reports of the batch being committed */
  private committing = 0;
  /** callers waiting for the reports held to fall below their limit */
  private waiting: { limit: number; resume: () => void }[] = [];
  private running: Promise<void> | null = null;
  private ending = false;

  constructor(private readonly store: Store, private readonly maxBatch = 1024, private readonly minBatch = 1) {}

  /** reports handed in and not yet committed: waiting, and in the commit under way */
  get held(): number {
    return this.queued + this.committing;
  }

  /**
   * Resolves once fewer than `limit` reports are held: ingest waits here rather than
   * extracting more while the store falls behind, so what is held stays bounded
   * whatever the size of the batch or of the store. A limit above minBatch is always
   * reached: that many held start a commit.
   */
  room(limit: number): Promise<void> {
    if (this.held < limit) return Promise.resolve();
    return new Promise((resume) => this.waiting.push({ limit, resume }));
  }

  /** Saves one file's reports; resolves with an outcome per report once committed. */
  save(items: SaveItem[]): Promise<SaveOutcome[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      this.queued += items.length;
      this.start();
    });
  }

  /** No more reports are coming: what waits is committed, however few. */
  end(): void {
    this.ending = true;
    this.start();
  }

  private get ready(): boolean {
    return this.queue.length > 0 && (this.ending || this.queued >= this.minBatch);
  }

  private start(): void {
    if (this.ready) this.running ??= this.drain();
  }

  private async drain(): Promise<void> {
    // let the files that finish in this turn join the first batch
    await new Promise((r) => setImmediate(r));
    while (this.ready) {
      const batch: Waiting[] = [];
      let size = 0;
      // whole files only, so a file's reports share a commit
      while (this.queue.length > 0 && (size === 0 || size + this.queue[0].items.length <= this.maxBatch)) {
        const next = this.queue.shift()!;
        batch.push(next);
        size += next.items.length;
      }
      this.queued -= size;
      this.committing = size;
      try {
        const outcomes = await this.store.saveReports(batch.flatMap((w) => w.items));
        let at = 0;
        for (const w of batch) {
          w.resolve(outcomes.slice(at, at + w.items.length));
          at += w.items.length;
        }
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
      this.committing = 0;
      this.wake();
    }
    this.running = null;
  }

  private wake(): void {
    const still = this.waiting.filter((w) => this.held >= w.limit);
    for (const w of this.waiting) if (this.held < w.limit) w.resume();
    this.waiting = still;
  }
}
