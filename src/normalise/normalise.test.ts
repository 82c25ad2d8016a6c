import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseText } from './normalise.js';

const norm = (raw: string, language?: string) => normaliseText(raw, { language }).text;

describe('normaliseText: broken lines', () => {
  it('joins hard-wrapped lines inside a paragraph with one space', () => {
    assert.equal(norm('The inspection team\narrived in Hyesan\nlast week.'), 'The inspection team arrived in Hyesan last week.');
  });

  it('joins a line that starts with a comma or period to the previous one without a space', () => {
    assert.equal(norm('cadres drew up exit routes\n, fearing a purge'), 'cadres drew up exit routes, fearing a purge');
    assert.equal(norm('the guards were paid off\n. Then they left'), 'the guards were paid off. Then they left');
  });

  it('rejoins a word torn after its first letter', () => {
    assert.equal(norm('"Later, t\nhe brokers raised their fee," he said.'), '"Later, the brokers raised their fee," he said.');
    assert.equal(norm('under wraps. T\nhe team left.'), 'under wraps. The team left.');
  });

  it('rejoins a lone letter that starts a line onto the word before', () => {
    assert.equal(norm('they drew up escape plan\ns, citing fear'), 'they drew up escape plans, citing fear');
  });

  it('keeps real one-letter words and letters that are not torn words apart', () => {
    assert.equal(norm('he carried a\nbag of rice'), 'he carried a bag of rice');
    assert.equal(norm('then I\nleft'), 'then I left');
    assert.equal(norm('under Plan B\nwas the fallback'), 'under Plan B was the fallback');
    assert.equal(norm('a wall 5 m\nhigh'), 'a wall 5 m high');
    assert.equal(norm("the city's\nmarket and the guards'\npost"), "the city's market and the guards' post");
    assert.equal(norm('Kim\u2019s\nfamily'), "Kim's family");
  });

  it('removes a typesetting hyphen and keeps a compound hyphen', () => {
    assert.equal(norm('a full in-\nvestigation began'), 'a full investigation began');
    assert.equal(norm('the three-\nman team'), 'the three-man team');
    assert.equal(norm('a well-\nknown broker'), 'a well-known broker');
    // the text itself shows the compound elsewhere
    assert.equal(norm('a cross-border trader met another cross-\nborder trader'), 'a cross-border trader met another cross-border trader');
    // and the whole word elsewhere wins over a compound head
    assert.equal(norm('the crossroads at Hyesan and the cross-\nroads at Musan'), 'the crossroads at Hyesan and the crossroads at Musan');
  });

  it('joins a dash at a line end without a space, as the dash style has none', () => {
    assert.equal(norm('border towns–\nHyesan, Musan–and beyond'), 'border towns–Hyesan, Musan–and beyond');
  });

  it('keeps blank-line paragraphs as exactly two newlines and makes sentence-ending single breaks paragraphs', () => {
    assert.equal(norm('First line\nwraps here.\n\n\n   Second paragraph.  \nThird one starts.'), 'First line wraps here.\n\nSecond paragraph.\n\nThird one starts.');
  });

  it('does not break a paragraph after an abbreviation or an initial', () => {
    assert.equal(norm('officials from the U.S.\nState Department'), 'officials from the U.S. State Department');
    assert.equal(norm('towns such as Musan, Hyesan, etc.\nBut also'), 'towns such as Musan, Hyesan, etc. But also');
  });

  it('collapses runs of spaces and trims the text', () => {
    assert.equal(norm('  hard to  save   their lives  '), 'hard to save their lives');
  });

  it('unifies quote, dash and space variants', () => {
    assert.equal(norm('Kim\u2019s \u201Cdirective\u201D\u00A0\u2010 a \u2015 b'), 'Kim\'s "directive" - a — b');
  });

  it('strips share and print widget lines at the end', () => {
    assert.equal(norm('The report ends here.\n\nPrint Friendly, PDF & Email\nShare this:\nFacebook | Twitter | Email'), 'The report ends here.');
    assert.equal(norm('The report ends here.\n\n공유하기 카카오톡 페이스북'), 'The report ends here.');
    // a sentence that mentions sharing is text
    assert.equal(norm('Body.\n\nShe refused to share the email with the police.'), 'Body.\n\nShe refused to share the email with the police.');
  });

  it('applies the English torn-word rules only to English', () => {
    assert.equal(norm('보위부가 t\nhe 조사를 했다', 'ko'), '보위부가 t he 조사를 했다');
  });
});

describe('normaliseText: language', () => {
  it('detects Korean by its share of Hangul and English otherwise', () => {
    assert.equal(normaliseText('국가보위성은 혜산에서 밀수꾼 세 명을 체포했다. (Hyesan)').language, 'ko');
    assert.equal(normaliseText('State security arrested three smugglers in Hyesan (혜산).').language, 'en');
  });

  it('keeps a language the input states', () => {
    assert.equal(normaliseText('State security arrested three smugglers.', { language: 'EN' }).language, 'en');
  });
});

describe('normaliseText: offsets back to the raw text', () => {
  const raw = 'Agents of the\r\n보위부 (State\u00A0Security)  arrived in Sin\u0075\u0306iju\non the 3rd.\n\nThe in-\nvestigation into t\nhe family of the Hoeryŏng cadre\n, said a source, was \u201Cunusual.\u201D\n\nPrint Friendly, PDF & Email\n';
  const { text, offsetMap } = normaliseText(raw);

  it('produces the repaired text', () => {
    assert.equal(text, 'Agents of the 보위부 (State Security) arrived in Sinŭiju on the 3rd.\n\nThe investigation into the family of the Hoeryŏng cadre, said a source, was "unusual."');
  });

  it('maps every word of the normalised text to the same word in the raw text', () => {
    for (const word of ['Agents', '보위부', 'Security', 'arrived', 'family', 'Hoeryŏng', 'cadre', 'said', 'source', 'unusual']) {
      const start = text.indexOf(word);
      const mapped = offsetMap.spanToRaw({ start, end: start + word.length });
      assert.equal(raw.slice(mapped.start, mapped.end), word, word);
    }
  });

  it('maps repaired words onto the raw characters they came from', () => {
    const at = (w: string) => {
      const start = text.indexOf(w);
      const m = offsetMap.spanToRaw({ start, end: start + w.length });
      return raw.slice(m.start, m.end);
    };
    assert.equal(at('Sinŭiju'), 'Sin\u0075\u0306iju');
    assert.equal(at('investigation'), 'in-\nvestigation');
    assert.equal(at('the family'), 't\nhe family');
    assert.equal(at('"unusual."'), '\u201Cunusual.\u201D');
    assert.equal(at('State Security'), 'State\u00A0Security');
  });

  it('maps the start and end of the text and an empty span', () => {
    assert.deepEqual(offsetMap.spanToRaw({ start: 0, end: 0 }), { start: 0, end: 0 });
    const end = offsetMap.toRaw(text.length, 'end');
    assert.equal(raw.slice(0, end).endsWith('\u201D'), true);
  });

  it('maps offsets monotonically', () => {
    let prev = 0;
    for (let i = 0; i <= text.length; i++) {
      const r = offsetMap.toRaw(i, 'start');
      assert.ok(r >= prev, `offset ${i} went back`);
      prev = r;
    }
  });
});
