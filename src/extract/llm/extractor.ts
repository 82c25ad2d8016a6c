// The optional extractor that asks a language model for the ontology's JSON. It is
// only as good as the evidence it can point to, and it never leaves a report
// without a result: on any failure the built-in extractor answers instead, and the
// extraction says so.
import type { Extraction } from '../../core/model.js';
import type { ExtractInput, Extractor } from '../extractor.js';
import { parseAnswer } from './answer.js';
import { buildExtraction, type Resolver } from './build.js';
import { chatCompletion } from './client.js';
import type { LlmConfig } from './config.js';
import { systemPrompt, userPrompt } from './prompt.js';

export interface LlmExtractorDeps {
  /** answers when the model cannot: unreachable, slow, or an answer that does not fit */
  fallback: Extractor;
  resolver: Resolver;
  /** told why the model's answer was not used */
  onFallback?: (reason: string) => void;
}

export function createLlmExtractor(config: LlmConfig, deps: LlmExtractorDeps): Extractor {
  const name = `llm:${config.model}`;
  const system = systemPrompt();
  return {
    name,
    async extract(input: ExtractInput): Promise<Extraction> {
      try {
        const content = await chatCompletion(config, [
          { role: 'system', content: system },
          { role: 'user', content: userPrompt(input) },
        ]);
        return buildExtraction(parseAnswer(content), input.text, deps.resolver, name);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        deps.onFallback?.(reason);
        const result = await deps.fallback.extract(input);
        return { ...result, extractor: `${result.extractor} (fallback: ${name} failed: ${reason})` };
      }
    },
  };
}
