// HTML pages: the article text is found with Readability (the page's navigation,
// comments and widgets left out) and the report fields come from the page's meta
// tags. The page is parsed, never rendered: no script runs, nothing is fetched.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText } from './decode.js';
import { nodeText } from './html-text.js';
import { checkHtmlDepth, checkSourceSize } from './limits.js';
import type { Reader } from './types.js';
import { titleFromText } from './title.js';
import { toReportInput } from './validate.js';

type Doc = ReturnType<typeof parseHTML>['document'];

export const readHtml: Reader = async ({ path, bytes }) => {
  // a page is mostly markup: up to 8 bytes of it per character of article text
  checkSourceSize(bytes, 8, path);
  const html = decodeText(bytes, path);
  checkHtmlDepth(html, path);
  const meta = pageMeta(parseHTML(html).document);
  // Readability rewrites the document it reads, so it gets its own copy
  const article = new Readability(withoutChrome(html) as never).parse();
  let text = article?.content ? nodeText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as never) : '';
  if (text.length === 0) {
    const body = withoutChrome(html).body;
    text = body ? nodeText(body as never) : '';
  }
  const input = toReportInput(
    {
      title: meta.title ?? article?.title ?? meta.h1 ?? titleFromText(text),
      text,
      published: meta.published ?? article?.publishedTime ?? undefined,
      url: meta.url,
      outlet: meta.outlet ?? article?.siteName ?? undefined,
      language: meta.language,
    },
    path,
  );
  return [{ input, raw: bytes, origin: path }];
};

interface PageMeta {
  title?: string;
  h1?: string;
  published?: string;
  url?: string;
  outlet?: string;
  language?: string;
}

function pageMeta(doc: Doc): PageMeta {
  const content = (...selectors: string[]): string | undefined => {
    for (const sel of selectors) {
      const el = doc.querySelector(sel);
      const v = (el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href'))?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const url = content('link[rel="canonical"]', 'meta[property="og:url"]');
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0];
  return {
    title: content('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (doc.querySelector('title')?.textContent?.trim() || undefined),
    h1: doc.querySelector('h1')?.textContent?.trim() || undefined,
    published: content(
      'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
      'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]',
      'time[datetime]',
    ),
    // a relative or malformed link is no address
    url: url && URL.canParse(url) ? url : undefined,
    outlet: content('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    language: lang && /^[a-z]{2,3}$/.test(lang) ? lang : undefined,
  };
}

/** The page without navigation, footers and forms, which are never the article even when the article is short. */
function withoutChrome(html: string): Doc {
  const doc = parseHTML(html).document;
  for (const el of Array.from(doc.querySelectorAll('nav, header, footer, aside, form, [role="navigation"]')) as { remove(): void }[]) el.remove();
  return doc;
}

