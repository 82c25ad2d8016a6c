// An extractor named by module and export, so a worker thread can load its own copy.
import type { Extractor } from '../extract/extractor.js';

export interface ExtractorFactory {
  /** module URL or specifier */
  module: string;
  /** name of an exported function returning an Extractor (or a promise of one) */
  name: string;
  /** passed to that function; crosses to worker threads, so plain data only */
  options?: Record<string, unknown>;
  /**
   * Casefile's own extractor, whose output fits the model's schema (the built-in one is
   * typed and tested; a language model's answer is parsed by llm/build.ts): its
   * extractions are not parsed against the schema again. Unset for any other module.
   */
  own?: true;
}

const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';

/**
 * The extractor the environment asks for: the built-in one, or a configured
 * language model that falls back to it. User knowledge comes from knowledgeDir.
 */
export function configuredExtractor(knowledgeDir?: string): ExtractorFactory {
  return {
    module: new URL(`../extract/select.${ext}`, import.meta.url).href,
    name: 'createExtractorFromEnv',
    options: knowledgeDir ? { knowledgeDir } : {},
    own: true,
  };
}

export async function loadExtractor(factory: ExtractorFactory): Promise<Extractor> {
  const mod = (await import(factory.module)) as Record<string, unknown>;
  const create = mod[factory.name];
  if (typeof create !== 'function') throw new Error(`${factory.module} exports no function ${factory.name}`);
  return (await create(factory.options ?? {})) as Extractor;
}
