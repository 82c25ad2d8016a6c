// Furniture of Korean news pages: photo captions and credits (/사진=데일리NK, ⓒ연합,
// ▲ before a caption, 자료사진), bylines (서울-김세원 xxx@rfa.org, 홍길동 기자 =,
// (서울=연합뉴스) 홍길동 기자 =), stamps (입력 : 2016-09-26 09:05) and player or share
// lines. A caption is a line of its own and never ends a sentence with 다: report text does.
import type { Span } from '../../core/model.js';

/** A picture's credit or caption marker. */
const CAPTION_MARK = /\/\s*사진\s*[=:]|(?:^|\s)사진\s*[=:-]\s*\S|ⓒ|©|^\s*[▲△]\s*\S|자료\s?사진\s*$|화면\s?캡[쳐처]|\((?:사진|그래픽)\s*[=:]|사진\s?제공|\/\s*AP Photo|\/\s*(?:연합뉴스|뉴시스|뉴스1)\s*$/;
/** The end of a Korean sentence: 다, 요, 까 with its closing punctuation. */
const SENTENCE_END = /[다요까][.”"’')\]]*\s*$/;
/** Whole lines of furniture, each with its kind: the first that matches names it. */
const SHARE_WORDS = '공유|스크랩|인쇄|이메일|글자크기|댓글|트위터|페이스북|카카오톡|미투데이|요즘';
const LINES: readonly [RegExp, KoreanFurnitureKind][] = [
  // 서울-김세원 xallsl@rfa.org, 강정숙 기자 kjs@...
  [/^\s*(?:[가-힣]{2,6}\s*[-=]\s*[가-힣]{2,4}\s+\S+@\S+|[가-힣]{2,4}\s*(?:기자|특파원|객원기자)\s*(?:\S+@\S+)?\s*$)/, 'byline'],
  // 입력 : 2016-09-26 09:05:18 수정 : ...
  [/^\s*(?:입력|수정|승인|기사입력|최종수정|등록)\s*[:：]?\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}/, 'dateline'],
  // a player's clock (0:00 / 0:00) and share buttons
  [new RegExp(`^\\s*(?:\\d{1,2}:\\d{2}\\s*\\/\\s*\\d{1,2}:\\d{2}|(?:${SHARE_WORDS})(?:\\s+(?:${SHARE_WORDS}))*)\\s*$`), 'prompt'],
];
/** 아주경제 강정숙 기자 = ..., (서울=연합뉴스) 홍길동 기자 = ...: the byline that opens a report's first paragraph. */
const LEAD_BYLINE = /^(?:\([^()\n]{1,20}=[^()\n]{1,20}\)\s*)?(?:[가-힣A-Za-z]{1,12}\s+)?[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*/;

/** Whether a text has any Hangul: a page without it has no Korean furniture to look for. */
export const hasHangul = (text: string): boolean => /[\uac00-\ud7a3]/.test(text);

export type KoreanFurnitureKind = 'caption' | 'byline' | 'dateline' | 'prompt';

/** The furniture lines of one paragraph of a Korean page, with their kind. */
export function koreanFurnitureLines(text: string, start: number, end: number): { span: Span; kind: KoreanFurnitureKind }[] {
  const out: { span: Span; kind: KoreanFurnitureKind }[] = [];
  for (let at = start; at < end; ) {
    let stop = text.indexOf('\n', at);
    if (stop < 0 || stop > end) stop = end;
    const line = text.slice(at, stop);
    if (line.trim()) {
      const kind = LINES.find(([re]) => re.test(line))?.[1];
      if (kind) out.push({ span: { start: at, end: stop }, kind });
      else if (CAPTION_MARK.test(line) && !SENTENCE_END.test(stripCredit(line))) out.push({ span: { start: at, end: stop }, kind: 'caption' });
      else if (at === start) {
        const lead = LEAD_BYLINE.exec(line);
        if (lead) out.push({ span: { start: at, end: at + lead[0].length }, kind: 'byline' });
      }
    }
    at = stop + 1;
  }
  return out;
}

/** A caption's text without its trailing credit (… 전경. /사진=데일리NK): what is left tells a sentence from a caption. */
function stripCredit(line: string): string {
  const m = /\s*(?:\/\s*사진\s*[=:].*|ⓒ.*|©.*|\/\s*AP Photo.*)$/.exec(line);
  return m ? line.slice(0, m.index) : line;
}
