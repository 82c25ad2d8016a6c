import type { Store } from '../store/port.js';
import type { KnowledgeOnce } from './knowledge.js';

/** What every route needs: the store. Who is asking comes with each request (auth/guard.ts: callerOf, roleOf). */
export interface ApiDeps {
  store: Store;
  /** the canon and gazetteer with the user's knowledge additions, loaded on first use */
  knowledge: KnowledgeOnce;
}
