import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('picks the script with most letters', () => {
    assert.equal(detectLanguage('보위부가 혜산에서 밀수꾼 두 명을 체포했다고 소식통이 전했다. (Hyesan)'), 'ko');
    assert.equal(detectLanguage('Agents of the 보위부 arrested two smugglers in Hyesan, a source said.'), 'en');
    assert.equal(detectLanguage('Пограничники задержали двух контрабандистов.'), 'ru');
    assert.equal(detectLanguage('边防警察在延吉抓获了两名偷渡者。'), 'zh');
    assert.equal(detectLanguage('国境警備隊が二人を拘束したという。'), 'ja');
  });

  it('counts accented Latin letters as Latin and falls back to English without letters', () => {
    assert.equal(detectLanguage('Sinŭiju, Hoeryŏng, Ŭiju — 혜산'), 'en');
    assert.equal(detectLanguage('2024-03-05 12:00'), 'en');
  });
});
