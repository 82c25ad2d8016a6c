import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLlmConfig } from './config.js';
import { CasefileError } from '../../core/errors.js';

test('the language-model extractor is off unless CASEFILE_LLM_URL is set', () => {
  assert.equal(readLlmConfig({}), null);
  assert.equal(readLlmConfig({ CASEFILE_LLM_URL: '  ', CASEFILE_LLM_MODEL: 'm' }), null);
});

test('a configured endpoint is read with its model, key and timeout', () => {
  const c = readLlmConfig({ CASEFILE_LLM_URL: 'http://127.0.0.1:8080/v1/', CASEFILE_LLM_MODEL: 'qwen', CASEFILE_LLM_KEY: 'k', CASEFILE_LLM_TIMEOUT_MS: '5000' });
  assert.deepEqual(c, { baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen', apiKey: 'k', timeoutMs: 5000 });
  assert.equal(readLlmConfig({ CASEFILE_LLM_URL: 'https://api.example.org', CASEFILE_LLM_MODEL: 'm' })!.apiKey, null);
});

function assertConfigError(env: NodeJS.ProcessEnv, setting: string): void {
  assert.throws(
    () => readLlmConfig(env),
    (e: unknown) => e instanceof CasefileError && e.code === 'E_CONFIG' && e.where === setting && e.message.includes(setting),
  );
}

test('a bad setting is an E_CONFIG error naming the setting', () => {
  assertConfigError({ CASEFILE_LLM_URL: 'not a url', CASEFILE_LLM_MODEL: 'm' }, 'CASEFILE_LLM_URL');
  assertConfigError({ CASEFILE_LLM_URL: 'ftp://host/v1', CASEFILE_LLM_MODEL: 'm' }, 'CASEFILE_LLM_URL');
  assertConfigError({ CASEFILE_LLM_URL: 'http://127.0.0.1:1/v1' }, 'CASEFILE_LLM_MODEL');
  assertConfigError({ CASEFILE_LLM_URL: 'http://127.0.0.1:1/v1', CASEFILE_LLM_MODEL: 'm', CASEFILE_LLM_TIMEOUT_MS: '-3' }, 'CASEFILE_LLM_TIMEOUT_MS');
});
