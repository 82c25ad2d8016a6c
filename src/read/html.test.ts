import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBytes } from './index.js';
import { rejectsWith } from './test-assert.case.js';

const read = (path: string, s: string) => readBytes({ path, bytes: new TextEncoder().encode(s) });

const page = `<!doctype html>
<html lang="en-GB"><head>
<title>Guards detain smugglers | Test Outlet</title>
<meta property="og:title" content="Guards detain smugglers near Hyesan">
<meta property="og:site_name" content="Test Outlet">
<meta property="article:published_time" content="2024-03-05T09:00:00+09:00">
<link rel="canonical" href="https://example.org/news/1">
<script>document.title = 'changed'; fetch('https://tracker.example/');</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
  <h1>Guards detain smugglers near Hyesan</h1>
  <p>Border guards in Hyesan detained two smugglers and a broker
     last week, a source in Ryanggang Province said.</p>
  <p>The source added that the guards were <b>rewarded</b> for the arrests &amp; that
     the broker's family was questioned.</p>
  <p>Residents said the crackdown had frightened traders along the Yalu River, and
     that several of them had stopped crossing at night altogether.</p>
</article>
<aside>Most read: unrelated story</aside>
<footer>Print Friendly, PDF &amp; Email</footer>
</body></html>`;

describe('HTML reader', () => {
  it('reads the article text and the report fields from meta tags', async () => {
    const [r] = await read('page.html', page);
    assert.equal(r.input.title, 'Guards detain smugglers near Hyesan');
    assert.equal(r.input.outlet, 'Test Outlet');
    assert.equal(r.input.published, '2024-03-05');
    assert.equal(r.input.url, 'https://example.org/news/1');
    assert.equal(r.input.language, 'en');
    assert.match(r.input.text, /^Border guards in Hyesan detained two smugglers and a broker last week, a source in Ryanggang Province said\.\n\nThe source added that the guards were rewarded for the arrests & that the broker's family was questioned\./);
  });

  it('leaves out scripts, styles, navigation and widgets, and never keeps markup', async () => {
    const [r] = await read('page.html', page);
    for (const junk of ['fetch', 'color: red', 'Home', 'Most read', 'Print Friendly', '<', 'changed']) assert.ok(!r.input.text.includes(junk), junk);
  });

  it('falls back to the page title and body text when there is no article markup', async () => {
    const [r] = await read('short.htm', '<html><head><title>Short note</title></head><body><p>A cadre in Onsong was dismissed.</p></body></html>');
    assert.equal(r.input.title, 'Short note');
    assert.equal(r.input.text, 'A cadre in Onsong was dismissed.');
    assert.equal(r.input.url, undefined);
  });

  it('ignores a relative canonical link rather than storing a bad address', async () => {
    const [r] = await read('rel.html', '<html><head><title>T</title><link rel="canonical" href="/news/2"></head><body><p>Some report text here.</p></body></html>');
    assert.equal(r.input.url, undefined);
  });

  it('refuses a page without text', async () => {
    await rejectsWith(read('empty.html', '<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>'), 'E_VALIDATION', 'empty.html', 'text is empty');
  });
});
