// The served data folder's knowledge (actor canon and gazetteer), loaded once on first
// use and shared by every route that names things: it is large, and a server that never
// shows an actor's page or a place label never pays for it.
import type { Knowledge } from '../knowledge/load.js';

export type KnowledgeOnce = () => Promise<Knowledge>;

export function knowledgeOnce(userDir: string | undefined): KnowledgeOnce {
  let loaded: Promise<Knowledge> | null = null;
  return () => (loaded ??= import('../knowledge/load.js').then(({ loadKnowledge }) => loadKnowledge({ userDir })));
}
