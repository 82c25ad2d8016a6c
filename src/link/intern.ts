// Shares equal, never-changed parts of events between reports. A run from scratch
// holds every event in memory, and most of them name the same few places,
// organisations, sources and dates: one object each instead of one per event.
export class Interner {
  private readonly values = new Map<string, unknown>();

  /** The value filed under `key`, made by `make` the first time. */
  get<T>(key: string, make: () => T): T {
    let v = this.values.get(key) as T | undefined;
    if (v === undefined) this.values.set(key, (v = make()));
    return v;
  }
}
