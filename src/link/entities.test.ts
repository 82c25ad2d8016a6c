// Entity resolution as linking sees it, through the real extractor and knowledge
// base: an organisation's old and new names are one canon actor, a city meets its
// province through the gazetteer, and role actors stay roles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledge } from '../knowledge/load.js';
import { createBuiltinExtractor } from '../extract/builtin.js';
import { outletsFromKnowledge, placesFromKnowledge } from './corroboration/knowledge-outlets.js';
import { prepareLinkReport } from './prepare.js';
import { linkInto } from './run.js';
import { LinkWorkspace } from './workspace.js';

const knowledge = loadKnowledge({ userDir: '/nonexistent' });
const extractor = createBuiltinExtractor({ knowledgeDir: '/nonexistent' });
const linkReport = (id: string, outlet: string, published: string, text: string) => {
  const input = { title: id, text, outlet, published, language: 'en' };
  return prepareLinkReport({ id, ...input }, extractor.extractSync(input), outletsFromKnowledge(knowledge), placesFromKnowledge(knowledge));
};

test('a renamed organisation, a city within its province and a shared role link two outlets\' reports', () => {
  const old = linkReport('dnk', 'Daily NK', '2015-06-10', 'Agents of the State Security Department arrested three traders in Hyesan on June 2, a source in Ryanggang Province told Daily NK.');
  const renamed = linkReport('rfa', 'Radio Free Asia', '2015-06-12', 'The Ministry of State Security detained three traders in Ryanggang Province on June 3, a resident told RFA.');
  const keys = (r: typeof old) => r.events.flatMap((e) => e.actors.map((a) => a.key));
  assert.ok(keys(old).includes('kp.mss') && keys(renamed).includes('kp.mss'), `${keys(old)} / ${keys(renamed)}`);
  assert.ok(keys(old).filter((k) => k.startsWith('role:')).length > 0, 'the traders stay a role actor');

  const run = linkInto(new LinkWorkspace(), [old, renamed]);
  const joined = run.assignments.find((a) => a.reportId === 'rfa' && a.linkedTo?.startsWith('dnk#'));
  assert.ok(joined, JSON.stringify(run.assignments));
  assert.match(joined.explanation, /Hyesan within Ryanggang/);
  assert.match(joined.explanation, /both: Ministry of State Security/);
});
