import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

const read = (path: string, s: string) => readBytes({ path, bytes: new TextEncoder().encode(s) });

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Test Feed Outlet</title><link>https://example.org</link>
<item><title>Arrests in Onsong</title><link>https://example.org/a</link>
<pubDate>Tue, 05 Mar 2024 04:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Police in Onsong arrested two brokers.</p><p>A source said the <b>crackdown</b> continues.</p><script>x()</script>]]></content:encoded></item>
<item><title>Directive on border</title><description>&lt;p&gt;A new directive was read out.&lt;/p&gt;</description></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Outlet</title>
<entry><title>Market inspection</title><link rel="alternate" href="https://example.org/e1"/><link rel="edit" href="https://example.org/edit/e1"/>
<published>2024-02-01T10:00:00Z</published><content type="html">&lt;p&gt;An inspection group fined traders in Hyesan.&lt;/p&gt;</content></entry>
</feed>`;

describe('RSS/Atom reader', () => {
  it('reads each RSS item as a report with the channel as outlet and the HTML body as text', async () => {
    const results = await read('news.rss', rss);
    assert.deepEqual(results.map((r) => r.origin), ['news.rss#1', 'news.rss#2']);
    assert.deepEqual(results[0].input, {
      title: 'Arrests in Onsong',
      text: 'Police in Onsong arrested two brokers.\n\nA source said the crackdown continues.',
      published: '2024-03-05',
      url: 'https://example.org/a',
      outlet: 'Test Feed Outlet',
    });
    assert.equal(results[1].input.text, 'A new directive was read out.');
  });

  it('reads Atom entries, taking the alternate link', async () => {
    const [r] = await read('feed.xml', atom);
    assert.deepEqual(r.input, { title: 'Market inspection', text: 'An inspection group fined traders in Hyesan.', published: '2024-02-01', url: 'https://example.org/e1', outlet: 'Atom Outlet' });
  });

  it('recognises a feed without a feed extension', async () => {
    const results = await read('download', atom);
    assert.equal(results[0].input.title, 'Market inspection');
  });

  it('refuses XML that is not a feed, a feed without items, and an item without text', async () => {
    await rejectsWith(read('other.xml', '<?xml version="1.0"?><note><to>x</to></note>'), 'E_READ_UNREADABLE', 'other.xml', 'not an RSS or Atom feed');
    await rejectsWith(read('empty.rss', '<rss><channel><title>T</title></channel></rss>'), 'E_READ_EMPTY', 'empty.rss');
    await rejectsWith(read('notext.rss', '<rss><channel><title>T</title><item><title>Only a title</title></item></channel></rss>'), 'E_VALIDATION', 'notext.rss#1', 'text is empty');
  });
});
