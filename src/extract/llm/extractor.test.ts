// The language-model extractor against a small chat-completions server on
// 127.0.0.1 that answers as each case needs: a good answer, one with a quote that
// is not in the report, broken JSON, an HTTP error, and no answer in time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Extraction, Span } from '../../core/model.js';
import { createBuiltinExtractor } from '../builtin.js';
import type { ExtractInput } from '../extractor.js';
import { loadKnowledge } from '../../knowledge/load.js';
import type { LlmConfig } from './config.js';
import { createLlmExtractor } from './extractor.js';
import { knowledgeResolver } from './resolver.js';

const text = [
  'Agents of the Ministry of State Security (국가보위성) arrested two women in Hyesan, Ryanggang Province, in early March, a source in Ryanggang Province told this outlet on Tuesday.',
  '',
  'The women, both from Sinŭiju, had tried to cross the Yalu at night, the source said. “They were beaten during questioning,” the source added.',
  '',
  'Another source in Dandong said the women had paid 8,000 yuan to a broker, and that the\nprovincial Party committee has ordered a crackdown on crossings.',
].join('\n');

const input: ExtractInput = { text, title: 'Two women arrested in Hyesan', outlet: null, published: '2024-03-20', language: 'en' };

/** What a well-behaved model answers: straight quotes, a lost line break, a lower-cased name. */
const goodAnswer = {
  places: [
    { id: 'p1', name: 'Hyesan', level: 'city', country: 'North Korea', mentions: ['Hyesan'] },
    { id: 'p2', name: 'Sinuiju', level: 'city', country: 'North Korea', mentions: ['Sinŭiju'] },
    { id: 'p3', name: 'Dandong', level: 'city', country: 'China', mentions: ['dandong'] },
    { id: 'p4', name: 'Chongjin', level: 'city', country: 'North Korea', mentions: ['Chongjin'] },
  ],
  actors: [
    { id: 'a1', name: 'Ministry of State Security', kind: 'organization', mentions: ['Ministry of State Security', '국가보위성'] },
    { id: 'a2', name: 'two women', kind: 'role', mentions: ['two women'] },
    { id: 'a3', name: 'provincial Party committee', kind: 'organization', mentions: ['provincial Party committee'] },
    { id: 'a4', name: 'Reconnaissance General Bureau', kind: 'organization', mentions: ['Reconnaissance General Bureau'] },
  ],
  sources: [
    { id: 's1', descriptor: 'a source in Ryanggang Province', location: 'Ryanggang Province', kind: 'anonymous_insider', mentions: ['the source', 'the source'] },
    { id: 's2', descriptor: 'Another source in Dandong', location: 'Dandong', kind: 'anonymous_insider', mentions: [] },
  ],
  events: [
    {
      type: 'ARREST', modality: 'asserted', trigger: 'arrested',
      evidence: 'Agents of the Ministry of State Security (국가보위성) arrested two women in Hyesan, Ryanggang Province, in early March',
      date: { value: '2024-03', precision: 'month' }, places: ['p1'],
      participants: [{ actor: 'a1', role: 'agent' }, { actor: 'a2', role: 'target' }, { actor: 'a4', role: 'agent' }],
      count: 2, sources: ['s1'],
    },
    {
      type: 'DEFECTION', modality: 'attempted', trigger: 'tried to cross',
      evidence: 'The women, both from Sinŭiju, had tried to cross the Yalu at night',
      places: ['p2', 'p4'], participants: [{ actor: 'a2', role: 'agent' }], sources: ['s1'],
    },
    {
      type: 'VIOLENCE', modality: 'asserted', trigger: 'beaten',
      evidence: '"They were beaten during questioning," the source added.',
      participants: [{ actor: 'a2', role: 'target' }], sources: ['s1'],
    },
    {
      type: 'DIRECTIVE', modality: 'ordered', trigger: 'has ordered',
      evidence: 'the provincial Party committee has ordered a crackdown on crossings',
      participants: [{ actor: 'a3', role: 'agent' }], sources: ['s2'],
    },
    {
      type: 'PUNISHMENT', modality: 'asserted', trigger: 'sent',
      evidence: 'The women were sent to a labour camp near Hyesan.',
      places: ['p1'], participants: [{ actor: 'a2', role: 'target' }], sources: ['s1'],
    },
  ],
  claims: [
    { id: 'c1', speaker: 's1', content: 'They were beaten during questioning', evidence: '“They were beaten during questioning,” the source added.', stance: 'asserts' },
    { id: 'c2', speaker: 's2', content: 'the women were released the same day', stance: 'asserts', contestedWith: ['c1'] },
  ],
};

interface Reply {
  status?: number;
  content?: string;
  /** never answer: the client's timeout must fire */
  hang?: boolean;
}

let server: Server;
let baseUrl: string;
let reply: Reply = {};
const requests: { path: string | undefined; auth: string | undefined; body: any }[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

before(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({ path: req.url, auth: req.headers.authorization, body: JSON.parse(body) });
    if (reply.hang) return;
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'cmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: reply.content ?? '' }, finish_reason: 'stop' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const knowledge = loadKnowledge();
const builtin = createBuiltinExtractor();
const fallbacks: string[] = [];

function extractor(timeoutMs = 5000) {
  const config: LlmConfig = { baseUrl, model: 'test-model', apiKey: 'secret-key', timeoutMs };
  return createLlmExtractor(config, { fallback: builtin, resolver: knowledgeResolver(knowledge), onFallback: (r) => fallbacks.push(r) });
}

const at = (s: Span): string => text.slice(s.start, s.end);

test('a good answer is mapped to offsets in the report, Hangul and accents included', async () => {
  reply = { content: '```json\n' + JSON.stringify(goodAnswer) + '\n```' };
  const x = await extractor().extract(input);
  assert.equal(x.extractor, 'llm:test-model');

  const req = requests.at(-1)!;
  assert.equal(req.path, '/v1/chat/completions');
  assert.equal(req.auth, 'Bearer secret-key');
  assert.equal(req.body.model, 'test-model');
  assert.equal(req.body.messages[0].role, 'system');
  assert.match(req.body.messages[0].content, /COLLECTIVE_PUNISHMENT/);
  assert.ok(req.body.messages[1].content.includes(text));

  const mss = x.actors.find((a) => a.mentions.some((m) => at(m) === '국가보위성'))!;
  assert.deepEqual(mss.mentions.map(at), ['Ministry of State Security', '국가보위성']);
  assert.equal(mss.mentions[1].start, text.indexOf('국가보위성'));
  assert.ok(mss.canonId, 'the Ministry of State Security resolves to its canon entry');

  const sinuiju = x.places.find((p) => p.mentions.some((m) => at(m) === 'Sinŭiju'));
  assert.ok(sinuiju, 'Sinŭiju is located by its accented spelling');
  const dandong = x.places.find((p) => p.mentions.some((m) => at(m) === 'Dandong'));
  assert.ok(dandong, 'a lower-cased quote finds the capitalised name');
  const hyesan = x.places.find((p) => p.mentions.some((m) => at(m) === 'Hyesan'))!;
  assert.equal(hyesan.id, [...knowledge.places.values()].find((p) => p.name === 'Hyesan')?.id, 'Hyesan gets its gazetteer id');

  assert.deepEqual(x.events.map((e) => e.type), ['ARREST', 'DEFECTION', 'VIOLENCE', 'DIRECTIVE']);
  const [arrest, defection, violence, directive] = x.events;
  assert.equal(at(arrest.trigger), 'arrested');
  assert.equal(at(arrest.evidence), goodAnswer.events[0].evidence);
  assert.deepEqual(arrest.places, [{ id: hyesan.id, name: hyesan.name }]);
  assert.equal(arrest.count, 2);
  assert.equal(at(defection.trigger), 'tried to cross');
  assert.equal(at(violence.evidence), '“They were beaten during questioning,” the source added.', 'straight quotes map to the curly ones');
  assert.equal(at(directive.evidence), 'the\nprovincial Party committee has ordered a crackdown on crossings', 'a line break in the report matches a space in the quote');
  for (const e of x.events) assert.ok(e.trigger.start >= e.evidence.start && e.trigger.end <= e.evidence.end, `${e.type} trigger lies inside its evidence`);

  const [s1, s2] = x.sources;
  assert.equal(s1.descriptor, 'a source in Ryanggang Province');
  assert.deepEqual(s1.mentions.map((m) => m.start), [text.indexOf('a source in'), text.indexOf('the source said'), text.indexOf('the source added')]);
  assert.equal(s2.placeId, dandong.id);
  assert.deepEqual(arrest.sources, [s1.id]);
  assert.deepEqual(directive.sources, [s2.id]);

  assert.equal(x.claims.length, 1);
  assert.equal(at(x.claims[0].content), 'They were beaten during questioning');
  assert.deepEqual(x.claims[0].speaker, { sourceId: s1.id });
});

test('items whose quotes are not in the report are dropped with every reference to them', async () => {
  reply = { content: JSON.stringify(goodAnswer) };
  const x = await extractor().extract(input);
  assert.ok(!x.events.some((e) => e.type === 'PUNISHMENT'), 'an event quoting a sentence the report lacks is dropped');
  assert.ok(!x.actors.some((a) => a.name === 'Reconnaissance General Bureau'), 'an actor the report never names is dropped');
  assert.ok(!x.places.some((p) => p.name === 'Chongjin'), 'a place the report never names is dropped');
  const [arrest, defection] = x.events;
  assert.equal(arrest.participants.length, 2, 'the dropped actor is no longer a participant');
  assert.equal(defection.places.length, 1, 'the dropped place is no longer an event place');
  assert.ok(!x.claims.some((c) => c.contestedWith.length > 0), 'a claim quoting words not in the report is dropped, and its contest with it');
});

async function assertFallback(expectedReason: RegExp, timeoutMs?: number): Promise<Extraction> {
  const before = fallbacks.length;
  const x = await extractor(timeoutMs).extract(input);
  const expected = await builtin.extract(input);
  assert.match(x.extractor, new RegExp(`^${builtin.name} \\(fallback: llm:test-model failed: .*${expectedReason.source}`));
  assert.deepEqual({ ...x, extractor: expected.extractor }, expected, 'the result is the built-in extractor\'s');
  assert.equal(fallbacks.length, before + 1);
  assert.match(fallbacks.at(-1)!, expectedReason);
  return x;
}

test('an answer that is not JSON falls back to the built-in extractor', async () => {
  reply = { content: '{"events": [{"type": "ARREST", "modality": ' };
  await assertFallback(/not JSON/);
});

test('an answer outside the schema falls back to the built-in extractor', async () => {
  reply = { content: JSON.stringify({ events: [{ ...goodAnswer.events[0], type: 'KIDNAPPING' }] }) };
  await assertFallback(/does not fit the schema at events\.0\.type/);
});

test('an HTTP 500 falls back to the built-in extractor', async () => {
  reply = { status: 500, content: 'overloaded' };
  await assertFallback(/HTTP 500/);
});

test('an endpoint that does not answer in time falls back to the built-in extractor', async () => {
  reply = { hang: true };
  const started = Date.now();
  await assertFallback(/no answer within 300 ms/, 300);
  assert.ok(Date.now() - started < 4000, 'the timeout, not the server, ended the wait');
});

test('an unreachable endpoint falls back to the built-in extractor', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const x = await createLlmExtractor(
    { baseUrl: `http://127.0.0.1:${port}/v1`, model: 'test-model', apiKey: null, timeoutMs: 2000 },
    { fallback: builtin, resolver: knowledgeResolver(knowledge) },
  ).extract(input);
  assert.match(x.extractor, /fallback: llm:test-model failed: .*request failed/);
});
