import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vocabularyOf } from './vocabulary.js';

describe('vocabularyOf', () => {
  it('finds a word written whole, in any case', () => {
    const v = vocabularyOf('The Investigation began; investigators left.');
    assert.equal(v.has('investigation'), true);
    assert.equal(v.has('investigators'), true);
  });

  it('does not take part of a longer word or compound for the word', () => {
    const v = vocabularyOf('investigators met a cross-border trader');
    assert.equal(v.has('investigator'), false);
    assert.equal(v.has('cross'), false);
    assert.equal(v.has('border'), false);
    assert.equal(v.has('cross-border'), true);
  });

  it('treats a hyphen without a letter beyond it as no part of the word', () => {
    const v = vocabularyOf('a well- and ill-known -border case');
    assert.equal(v.has('well'), true);
    assert.equal(v.has('border'), true);
    assert.equal(v.has('ill'), false);
  });

  it('holds only Latin letters and digits', () => {
    const v = vocabularyOf('혜산 Sinŭiju 2019');
    assert.equal(v.has('혜산'), false);
    assert.equal(v.has('2019'), true);
  });
});
