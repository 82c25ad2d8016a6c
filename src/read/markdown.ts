// Markdown: the marked lexer gives the block structure; the report keeps the words
// only (no markup, no link targets). Report fields may come in YAML front matter
// (title, published, url, outlet, language); otherwise the title is a leading
// heading, or else the first line.
import { decodeHTML } from 'entities';
import { marked, type Token, type Tokens } from 'marked';
import { decodeText } from './decode.js';
import { fileNameDate, frontMatter } from './front-matter.js';
import { htmlFragmentText } from './html-text.js';
import { checkHtmlDepth, checkMarkdownDepth, checkSourceSize } from './limits.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readMarkdown: Reader = async ({ path, bytes }) => {
  checkSourceSize(bytes, 3, path);
  const { fields, body } = frontMatter(decodeText(bytes, path), path);
  checkMarkdownDepth(body, path);
  checkHtmlDepth(body, path);
  const tokens = marked.lexer(body);
  const firstBlock = tokens.findIndex((t) => t.type !== 'space');
  const lead = tokens[firstBlock];
  let candidate: { title: string; text: string };
  if (typeof fields.title === 'string') {
    candidate = { title: fields.title, text: blocksText(tokens) };
  } else if (lead?.type === 'heading') {
    candidate = { title: inlineText((lead as Tokens.Heading).tokens), text: blocksText(tokens.slice(firstBlock + 1)) };
  } else {
    candidate = splitTitle(blocksText(tokens), path);
  }
  return [{ input: toReportInput({ published: fileNameDate(path) ?? undefined, ...fields, ...candidate }, path), raw: bytes, origin: path }];
};

function blocksText(tokens: Token[]): string {
  return tokens
    .map(blockText)
    .filter((t) => t.trim().length > 0)
    .join('\n\n');
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
      return inlineText((token as Tokens.Paragraph).tokens);
    case 'text':
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text);
    case 'list':
      return (token as Tokens.List).items.map((item) => blocksText(item.tokens)).join('\n\n');
    case 'blockquote':
      return blocksText((token as Tokens.Blockquote).tokens);
    case 'code':
      return (token as Tokens.Code).text;
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inlineText(c.tokens)).join(' ');
      return [row(table.header), ...table.rows.map(row)].join('\n\n');
    }
    case 'html':
      return htmlFragmentText((token as Tokens.HTML).text);
    default:
      return '';
  }
}

function inlineText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'text':
          return 'tokens' in t && t.tokens ? inlineText(t.tokens) : decodeHTML(t.text);
        case 'escape':
        case 'codespan':
          return t.text;
        case 'br':
          return '\n';
        case 'image':
          return t.text;
        case 'html':
          return '';
        default:
          return 'tokens' in t && t.tokens ? inlineText(t.tokens) : '';
      }
    })
    .join('');
}
