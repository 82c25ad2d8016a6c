import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc, textOf } from '../testing.case.js';

const claimsOf = (text: string, opts = {}) => {
  const doc = extractDoc(text, opts);
  const sources = doc.layers.sources!;
  return doc.layers.claims!.map((c) => ({
    content: textOf(doc, c.content),
    speaker: c.speaker && 'sourceKey' in c.speaker ? textOf(doc, sources.find((s) => s.key === (c.speaker as { sourceKey: string }).sourceKey)!.span)
      : c.speaker ? textOf(doc, doc.layers.actors![c.speaker.actorIndex].span) : null,
    stance: c.stance,
    allegedFalse: c.allegedFalse,
    contestedWith: c.contestedWith,
  }));
};

test('quotes go to the source that the sentence names, not to the last one mentioned', () => {
  const found = claimsOf('A source in China said agents came. "They searched every guesthouse," a separate source in Ryanggang Province said.');
  const quote = found.find((c) => c.content.startsWith('They searched'))!;
  assert.equal(quote.speaker, 'a separate source in Ryanggang Province');
});

test('"he added" gives the quote to the source named before', () => {
  const found = claimsOf('A source in China told Daily NK that the team was small. "The team has few men," he added.');
  assert.equal(found.find((c) => c.content.startsWith('The team has'))!.speaker, 'A source in China');
});

test('claims set against each other are contested, with their stances', () => {
  const found = claimsOf(
    'Senior cadres claimed that he fled because of debts, but his relatives insist that he fled because of the cadres.',
    { actors: [{ name: 'Senior cadres', kind: 'role' }, { name: 'his relatives', kind: 'role' }] },
  );
  assert.equal(found.length, 2);
  assert.deepEqual(found.map((c) => [c.speaker, c.stance, c.contestedWith]), [['Senior cadres', 'alleges', [1]], ['his relatives', 'asserts', [0]]]);
});

test('a statement the other side calls fabricated is alleged false', () => {
  const found = claimsOf(
    'The director reported that the clerk had embezzled the funds. Colleagues tell a different story. ' +
      '"The director lost the money and fabricated the accounts," a source in Hyesan said.',
    { actors: [{ name: 'The director', kind: 'role' }] },
  );
  const report = found.find((c) => c.content.startsWith('the clerk'))!;
  assert.equal(report.speaker, 'The director');
  assert.equal(report.allegedFalse, true);
  assert.equal(report.contestedWith.length, 1);
});

test('testimony given in a fabrication is alleged false; scare quotes are no claims', () => {
  const found = claimsOf('The cadres fabricated testimonies, saying that he wanted to go abroad. He was accused of "hostile thinking."');
  assert.deepEqual(found.map((c) => [c.content, c.allegedFalse]), [['he wanted to go abroad.', true]]);
});

test('reported speech without "that" is a claim; a sentence announcing different stories contests the pair after it', () => {
  const found = claimsOf(
    'The two sides tell different stories about why she left. Officials say she owed money to a broker; her brother insists the officials had threatened her.',
    { actors: [{ name: 'Officials', kind: 'role' }, { name: 'her brother', kind: 'role' }] },
  );
  assert.deepEqual(found.map((c) => [c.content, c.speaker, c.contestedWith]), [
    ['she owed money to a broker', 'Officials', [1]],
    ['the officials had threatened her.', 'her brother', [0]],
  ]);
});

test('a listener after "told" is not the start of reported speech', () => {
  assert.deepEqual(claimsOf('A source in Hyesan told the reporters about the raid.'), []);
});
