import type { AccessRole } from '../core/access.js';
import type { Store } from '../store/port.js';

/** What every route needs: the store and the role of whoever is asking. */
export interface ApiDeps {
  store: Store;
  role: AccessRole;
  /** the user's knowledge additions (default <dataDir>/knowledge) */
  knowledgeDir?: string;
}
