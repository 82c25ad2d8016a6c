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

export function isWidgetLine(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s,|:;·•/()[\]]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  return words.every((w) => WIDGET_WORDS.has(w)) && words.some((w) => ACTION_WORDS.has(w));
}
