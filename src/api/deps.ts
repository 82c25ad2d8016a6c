import type { Store } from '../store/port.js';

/** What every route needs: the store. Who is asking comes with each request (auth/guard.ts: callerOf, roleOf). */
export interface ApiDeps {
  store: Store;
  /** the user's knowledge additions (default <dataDir>/knowledge) */
  knowledgeDir?: string;
}
