// The language-model extractor is off unless the user configures an endpoint: no
// outbound traffic otherwise. Settings are read once, at start; a bad one stops the
// program naming the setting.
import { CasefileError } from '../../core/errors.js';

export interface LlmConfig {
  /** base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1 */
  baseUrl: string;
  model: string;
  /** sent as a bearer token when set */
  apiKey: string | null;
  /** per request; a slower answer counts as a failure and the built-in result is used */
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** The configured endpoint, or null when CASEFILE_LLM_URL is unset (the default: off). */
export function readLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  const raw = env.CASEFILE_LLM_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CasefileError('E_CONFIG', `CASEFILE_LLM_URL is not a URL: "${raw.slice(0, 80)}"`, { where: 'CASEFILE_LLM_URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CasefileError('E_CONFIG', `CASEFILE_LLM_URL must be an http:// or https:// URL, got "${url.protocol}"`, { where: 'CASEFILE_LLM_URL' });
  }
  const model = env.CASEFILE_LLM_MODEL?.trim();
  if (!model) {
    throw new CasefileError('E_CONFIG', 'CASEFILE_LLM_MODEL must name the model when CASEFILE_LLM_URL is set', { where: 'CASEFILE_LLM_MODEL' });
  }
  const timeoutRaw = env.CASEFILE_LLM_TIMEOUT_MS?.trim();
  const timeoutMs = timeoutRaw ? Number(timeoutRaw) : DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new CasefileError('E_CONFIG', `CASEFILE_LLM_TIMEOUT_MS must be a positive whole number of milliseconds, got "${timeoutRaw}"`, { where: 'CASEFILE_LLM_TIMEOUT_MS' });
  }
  return {
    baseUrl: url.href.replace(/\/+$/, ''),
    model,
    apiKey: env.CASEFILE_LLM_KEY?.trim() || null,
    timeoutMs,
  };
}
