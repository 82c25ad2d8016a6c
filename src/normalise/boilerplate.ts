// Share and print widgets that web pages leave at the end of an article's text
// ("Print Friendly, PDF & Email", "Share this:", "Facebook Twitter Email"). A line
// is a widget line when every word on it is widget vocabulary and at least one word
// names a share/print action or a service, so real sentences never match.

const SERVICES = [
  'share', 'shares', 'print', 'email', 'e-mail', 'tweet', 'facebook', 'twitter', 'linkedin', 'whatsapp',
  'telegram', 'reddit', 'pinterest', 'kakaotalk', 'kakao', 'naver', 'band', 'messenger',
  '공유', '공유하기', '인쇄', '이메일', '카카오톡', '페이스북', '트위터', '스크랩',
];
const FILLER = [
  'this', 'article', 'story', 'page', 'post', 'on', 'via', 'to', 'and', '&', 'or', 'friendly', 'pdf',
  'printer', 'mail', 'copy', 'link', 'url', 'save', 'bookmark', 'x', 'click', 'open', 'in', 'new',
  'window', 'opens', 'it', 'with', 'your', 'friends', 'more', 'loading', 'like',
];
const ACTION_WORDS = new Set(SERVICES);
const WIDGET_WORDS = new Set([...SERVICES, ...FILLER]);

const MAX_WORDS = 12;
const SEPARATORS = /[\s,|:;·•/()[\]]+/gu;
const EDGES = /^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu;

export function isWidgetLine(line: string): boolean {
  // word by word, so that a line of prose stops at its first word that is no widget's
  let count = 0;
  let action = false;
  SEPARATORS.lastIndex = 0;
  for (let from = 0; from <= line.length; ) {
    const sep = SEPARATORS.exec(line);
    const word = line.slice(from, sep ? sep.index : line.length).toLowerCase().replace(EDGES, '');
    from = sep ? SEPARATORS.lastIndex : line.length + 1;
    if (word.length === 0) continue;
    if (++count > MAX_WORDS || !WIDGET_WORDS.has(word)) return false;
    action ||= ACTION_WORDS.has(word);
  }
  return action;
}
