import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUILTIN_NAME } from './builtin.js';
import { readLlmConfig } from './llm/config.js';
import { createExtractor, createExtractorFromEnv } from './select.js';

const input = { text: 'Border guards detained a trader in Hyesan on March 3.', title: 'Trader detained', outlet: null, published: '2024-03-10', language: 'en' };

test('without an endpoint the built-in extractor is used', async () => {
  const x = createExtractor({ llm: readLlmConfig({}) });
  assert.equal(x.name, BUILTIN_NAME);
  assert.equal((await x.extract(input)).extractor, BUILTIN_NAME);
});

test('with an endpoint the language model answers first, and the built-in one when it fails', async () => {
  const server = createServer((_req, res) => res.writeHead(503).end('busy'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const reasons: string[] = [];
    const x = createExtractor({
      llm: readLlmConfig({ CASEFILE_LLM_URL: `http://127.0.0.1:${port}/v1`, CASEFILE_LLM_MODEL: 'local-model' }),
      onFallback: (r) => reasons.push(r),
    });
    assert.equal(x.name, 'llm:local-model');
    const result = await x.extract(input);
    assert.match(result.extractor, new RegExp(`^${BUILTIN_NAME} \\(fallback: llm:local-model failed: .*HTTP 503`));
    assert.ok(result.events.some((e) => e.type === 'ARREST'), 'the built-in result is kept');
    assert.equal(reasons.length, 1);
  } finally {
    server.close();
  }
});

test('the environment chooses the extractor, and a bad setting stops with E_CONFIG', () => {
  const saved = { ...process.env };
  try {
    delete process.env.CASEFILE_LLM_URL;
    assert.equal(createExtractorFromEnv().name, BUILTIN_NAME);
    process.env.CASEFILE_LLM_URL = 'http://127.0.0.1:9/v1';
    process.env.CASEFILE_LLM_MODEL = 'env-model';
    assert.equal(createExtractorFromEnv().name, 'llm:env-model');
    process.env.CASEFILE_LLM_URL = 'localhost:8080';
    assert.throws(() => createExtractorFromEnv(), /CASEFILE_LLM_URL/);
  } finally {
    process.env = saved;
  }
});
