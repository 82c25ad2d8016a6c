// Ingest skips the schema pass over the configured extractor's output (ExtractorFactory.own):
// that is safe only while the output is what a parse would leave, keys in the schema's order too,
// since the stored extraction and event rows are its JSON text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Extraction } from '../core/model.js';
import { configuredExtractor, loadExtractor } from './extractor-factory.js';

const TEXT = [
  'Security agents arrested two traders in Hyesan last month, a source in Ryanggang Province told the outlet.',
  'The Ministry of State Security sent a team to Shenyang to search for a defector who had crossed the Tumen River.',
  'Officials in Sinuiju ordered markets closed on 3 May 2024, according to residents, who said a broker had been detained.',
].join('\n\n');

describe("the configured extractor's output", () => {
  it('is marked own, and is exactly what parsing it against the schema gives', async () => {
    // the built-in extractor, whatever model endpoint this machine's environment names
    delete process.env.CASEFILE_LLM_URL;
    const factory = configuredExtractor('/nonexistent');
    assert.equal(factory.own, true);
    const extractor = await loadExtractor(factory);
    const x = await extractor.extract({ text: TEXT, title: 'Arrests and closures near the border', outlet: 'Test Outlet', published: '2024-05-10', language: 'en' });
    assert.ok(x.events.length > 0 && x.actors.length > 0 && x.places.length > 0);
    assert.equal(JSON.stringify(x), JSON.stringify(Extraction.parse(x)));
  });
});
