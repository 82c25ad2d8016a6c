// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item is a report, its HTML body read
// as text, the channel's title as the outlet.
import { XMLParser } from 'fast-xml-parser';
import { CasefileError } from '../core/errors.js';
import { decodeText } from './decode.js';
import { htmlFragmentText } from './html-text.js';
import { checkHtmlDepth, parserFailure } from './limits.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

export const readFeed: Reader = async ({ path, bytes }) => {
  const xml = decodeText(bytes, path);
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (err) {
    throw parserFailure(err, 'XML', path);
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = rss ?? (rdf?.channel as Node | undefined) ?? atom;
  const items = ((rss?.item ?? rdf?.item ?? atom?.entry) as Node[] | undefined) ?? [];
  if (!channel && items.length === 0) throw new CasefileError('E_READ_UNREADABLE', 'not an RSS or Atom feed', { where: path });
  if (items.length === 0) throw new CasefileError('E_READ_EMPTY', 'the feed has no items', { where: path });
  const outlet = text(channel?.title);
  return items.map((item, i) => {
    const origin = `${path}#${i + 1}`;
    const body = text(item['content:encoded'] ?? item.content ?? item.description ?? item.summary);
    const candidate = {
      title: text(item.title),
      text: body ? (checkHtmlDepth(body, origin), htmlFragmentText(body)) : '',
      published: text(item.pubDate ?? item['dc:date'] ?? item.published ?? item.updated),
      url: link(item),
      outlet,
    };
    // an item's bytes are not its own file: each item keeps the whole feed as raw
    return { input: toReportInput(candidate, origin), raw: bytes, origin };
  });
};

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return text((v as Node)['#text']);
  return undefined;
}

function link(item: Node): string | undefined {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const l of links) {
    // Atom: <link rel="alternate" href="..."/>; RSS: <link>url</link>
    const href = typeof l === 'object' && l !== null ? ((l as Node)['@rel'] ?? 'alternate') === 'alternate' && (l as Node)['@href'] : l;
    if (typeof href === 'string' && URL.canParse(href.trim())) return href.trim();
  }
  return undefined;
}
