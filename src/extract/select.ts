// Which extractor a run uses: the built-in one, unless the user configured a
// language-model endpoint (CASEFILE_LLM_URL), which then answers first and falls
// back to the built-in one.
import { loadKnowledge } from '../knowledge/load.js';
import { createBuiltinExtractor } from './builtin.js';
import type { Extractor } from './extractor.js';
import { readLlmConfig, type LlmConfig } from './llm/config.js';
import { createLlmExtractor } from './llm/extractor.js';
import { knowledgeResolver } from './llm/resolver.js';

export interface ExtractorConfig {
  /** from readLlmConfig(); null keeps Casefile offline */
  llm: LlmConfig | null;
  /** user knowledge folder (default <dataDir>/knowledge) */
  knowledgeDir?: string;
  /** told when the model's answer was not used; defaults to a warning on stderr */
  onFallback?: (reason: string) => void;
}

export function createExtractor(config: ExtractorConfig): Extractor {
  const builtin = createBuiltinExtractor({ knowledgeDir: config.knowledgeDir });
  if (!config.llm) return builtin;
  const knowledge = loadKnowledge(config.knowledgeDir ? { userDir: config.knowledgeDir } : {});
  const onFallback = config.onFallback ?? ((reason: string) => process.stderr.write(`casefile: using the built-in extractor: ${reason}\n`));
  return createLlmExtractor(config.llm, { fallback: builtin, resolver: knowledgeResolver(knowledge), onFallback });
}

/**
 * The extractor the environment asks for (CASEFILE_LLM_URL and friends, read once
 * here). Takes plain data only, so a worker thread can build its own from a module
 * URL and this export's name.
 */
export function createExtractorFromEnv(opts: { knowledgeDir?: string } = {}): Extractor {
  return createExtractor({ llm: readLlmConfig(), knowledgeDir: opts.knowledgeDir });
}
