import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CasefileError } from '../../core/errors.js';
import { EVENT_TYPES } from '../../core/model.js';
import { BUNDLED_LEXICON } from '../lexicon-file.js';
import { buildLexicon } from './lexicon.js';

test('the bundled lexicon has a policy and triggers for all fifteen types', () => {
  const lex = buildLexicon([BUNDLED_LEXICON]);
  const typed = new Set([...lex.index.values()].flat().map((t) => t.type));
  for (const type of EVENT_TYPES) {
    assert.ok(lex.types[type], `policy for ${type}`);
    assert.ok(typed.has(type), `triggers for ${type}`);
  }
  // "arrest~" expands to the regular inflections
  assert.ok(['arrest', 'arrests', 'arrested', 'arresting'].every((w) => lex.index.has(w)));
});

test('a user folder adds triggers and replaces a type policy without code changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-lex-'));
  writeFileSync(join(dir, 'events-local.json'), JSON.stringify({
    types: { SMUGGLING: { scope: 'place' } },
    triggers: [{ type: 'DEFECTION', pattern: 'absconded|absconds' }],
  }));
  const lex = buildLexicon([BUNDLED_LEXICON, dir]);
  assert.equal(lex.index.get('absconded')?.[0].type, 'DEFECTION');
  assert.equal(lex.types.SMUGGLING.scope, 'place');
  assert.ok(lex.index.has('defected'), 'bundled triggers stay');
});

test('a broken lexicon file fails naming the file and the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-lex-'));
  const file = join(dir, 'events-bad.json');
  writeFileSync(file, JSON.stringify({ triggers: [{ type: 'KIDNAP', pattern: 'abducted' }] }));
  assert.throws(() => buildLexicon([BUNDLED_LEXICON, dir]), (err: unknown) => err instanceof CasefileError && err.code === 'E_KNOWLEDGE' && err.message.includes(file) && /triggers\.0\.type/.test(err.message));
  writeFileSync(file, '{ not json');
  assert.throws(() => buildLexicon([BUNDLED_LEXICON, dir]), (err: unknown) => err instanceof CasefileError && err.message.includes(file));
});
