// One call to an OpenAI-compatible chat-completions endpoint. Every way it can go
// wrong (network, timeout, status, reply shape) becomes one error with a reason the
// extractor records when it falls back.
import { z } from 'zod';
import { CasefileError } from '../../core/errors.js';
import type { LlmConfig } from './config.js';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const Completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

const where = 'llm endpoint';

export async function chatCompletion(config: LlmConfig, messages: ChatMessage[]): Promise<string> {
  const url = `${config.baseUrl}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: config.model, messages, temperature: 0, response_format: { type: 'json_object' } }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (err) {
    const e = err as Error;
    const reason = e.name === 'TimeoutError' ? `no answer within ${config.timeoutMs} ms` : `request failed: ${e.message}`;
    throw new CasefileError('E_LLM', reason, { where, cause: err });
  }
  let body: string;
  try {
    body = await res.text();
  } catch (err) {
    const e = err as Error;
    const reason = e.name === 'TimeoutError' ? `no complete answer within ${config.timeoutMs} ms` : `reading the answer failed: ${e.message}`;
    throw new CasefileError('E_LLM', reason, { where, cause: err });
  }
  if (!res.ok) throw new CasefileError('E_LLM', `HTTP ${res.status} ${res.statusText}: ${body.slice(0, 200)}`, { where });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new CasefileError('E_LLM', `the endpoint did not answer JSON: ${body.slice(0, 200)}`, { where, cause: err });
  }
  const completion = Completion.safeParse(json);
  if (!completion.success || completion.data.choices[0].message.content === null) {
    throw new CasefileError('E_LLM', 'the endpoint answered without a chat completion message', { where });
  }
  return completion.data.choices[0].message.content;
}
