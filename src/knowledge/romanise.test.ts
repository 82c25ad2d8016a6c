import { test } from 'node:test';
import assert from 'node:assert/strict';
import { romanisationVariants } from './romanise.js';
import { fold } from './fold.js';

const folded = (name: string) => romanisationVariants(name).map(fold).sort();

test('McCune-Reischauer names get Revised Romanization and mixed spellings', () => {
  assert.deepEqual(folded('Chaeryŏng'), ['jaeryeong', 'jaeryong']);
  assert.ok(romanisationVariants("Kimch'aek").includes('Gimchaek'));
  assert.ok(romanisationVariants("Ch'ŏngjin").includes('Cheongjin'), 'an aspirated initial stays');
  assert.ok(romanisationVariants('Sinŭiju').includes('Sinuiju'));
  assert.ok(romanisationVariants('Kanggye').includes('Ganggye'));
  assert.ok(romanisationVariants('Kyŏngwŏn').includes('Gyeongwon'), 'ŏ after w is o in Revised Romanization');
  assert.ok(romanisationVariants("North P'yŏngan").includes('North Phyŏngan'), "North Korea's own aspirate spelling");
  assert.ok(romanisationVariants("T'aech'ŏn").includes('Thaechŏn'));
});

test('short and non-Latin names get none', () => {
  assert.deepEqual(romanisationVariants('Anju'), []);
  assert.deepEqual(romanisationVariants('혜산'), []);
});
