// Browser check of the explore views on the demo reports: one query narrows the
// table, map, timeline and network alike; the map draws from bundled boundaries
// with no request to another host; the export links of the query load (GeoJSON
// by RFC 7946's rules, FtM through the FollowTheMoney schema check, ACLED with
// its columns); a refused filter is explained beside its control; an unknown
// route says so; narrow screens keep working. Screenshots go to CASEFILE_SCREENS
// (default: the temporary folder).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { ACLED_COLUMNS } from '../../src/export/formats/acled.js';
import type { Explore } from '../../src/store/explore/port.js';
import { root, startHarness, watch, type Harness } from './harness.js';
import { readable } from '../../web/src/labels.js';

const SCREENS = process.env.CASEFILE_SCREENS ?? tmpdir();
const FTM_CHECK = join(root, '../shared/ftm-schema/validate.mjs');
let h: Harness;

before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const api = async <T>(path: string): Promise<T> => (await (await fetch(`${h.baseUrl}${path}`)).json()) as T;
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `explore-${name}.png`), fullPage: true });

test('one query narrows the table, the map, the timeline and the network alike', async () => {
  const all = await api<Explore>('api/explore');
  // a type with fewer events than the whole record, on the map and with actors
  const type = all.facets.type.find((t) => t.count < all.total && t.count > 1)!.value;
  const narrow = await api<Explore>(`api/explore?type=${type}`);
  assert.ok(narrow.total < all.total && narrow.total > 0);

  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { foreign, problems } = watch(page, h.baseUrl);
  await page.goto(`${h.baseUrl}#/explore`);
  await page.waitForSelector('table.events tbody tr');
  await shot(page, 'table');
  await page.locator(`[data-facet="type"] input[value="${type}"]`).check();
  await page.waitForFunction((t) => location.hash.includes(`type=${t}`) && document.querySelector('.match-count')?.textContent?.startsWith(''), type);
  await page.waitForFunction((n) => document.querySelector('.match-count')?.textContent?.startsWith(`${n} event`), narrow.total);
  const types = await page.$$eval('table.events tbody td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
  assert.equal(types.length, Math.min(50, narrow.total));
  assert.ok(types.every((t) => t === readable(type)), `table shows only ${type}: ${types}`);

  // the tabs keep the query
  await page.click('.view-tabs a:has-text("Map")');
  await page.waitForSelector('#map[data-loaded="true"]', { timeout: 30_000 });
  assert.match(page.url(), new RegExp(`#/map\\?type=${type}`));
  assert.equal(await page.locator('.map-list.places li').count(), narrow.map.places.length);
  // provinces are shaded within their bundled outlines, and listed in words
  assert.equal(await page.locator('.map-list.provinces li').count(), narrow.map.provinces.length);
  const outlines = await page.$$eval('.map-list.provinces li', (lis) => lis.map((li) => [li.querySelector('a')?.getAttribute('href'), li.getAttribute('data-outline')]));
  const northKorean = outlines.filter(([href]) => /KP\./.test(decodeURIComponent(href ?? '')));
  assert.ok(northKorean.length > 0 && northKorean.every(([, outline]) => outline === 'true'), `North Korean provinces drawn as outlines: ${JSON.stringify(outlines)}`);
  assert.ok(narrow.map.places.length < all.map.places.length || narrow.map.places.reduce((s, p) => s + p.count, 0) < all.map.places.reduce((s, p) => s + p.count, 0));
  assert.ok(await page.locator('#map canvas').count() > 0, 'the map draws on a canvas');
  // shapes without a type are named in the legend, since the map itself draws no text
  const legend = await page.locator('.legend-types').textContent();
  if (narrow.map.places.length > 1) assert.match(legend ?? '', /several places nearby/);
  if (narrow.map.provinces.length) assert.match(legend ?? '', /province, shaded/);
  await shot(page, 'map');

  await page.click('.view-tabs a:has-text("Timeline")');
  await page.waitForSelector('svg.timeline-chart');
  const barTypes = await page.$$eval('svg.timeline-chart rect.bar', (rs) => [...new Set(rs.map((r) => r.getAttribute('data-type')))]);
  assert.deepEqual(barTypes, narrow.timeline.events.length ? [type] : []);
  await shot(page, 'timeline');

  await page.click('.view-tabs a:has-text("Network")');
  await page.waitForSelector('.network[data-nodes]');
  assert.equal(Number(await page.getAttribute('.network', 'data-nodes')), narrow.network.nodes.length);
  assert.ok(narrow.network.nodes.length <= all.network.nodes.length);
  await shot(page, 'network');

  // brushing the timeline narrows the dates of the query
  await page.goto(`${h.baseUrl}#/timeline`);
  const chart = page.locator('svg.timeline-chart');
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + 30, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(location.hash));
  const brushed = new URLSearchParams(page.url().split('?')[1]);
  const dated = await api<Explore>(`api/explore?from=${brushed.get('from')}&to=${brushed.get('to')}`);
  assert.ok(dated.total < all.total, 'the brushed range holds fewer events');

  assert.deepEqual(foreign, [], 'the page requested something outside this machine');
  assert.deepEqual(problems, [], 'the page logged errors (a CSP violation shows up here)');
  await page.close();
});

test('the export links of a query load as GeoJSON, FollowTheMoney and ACLED', async () => {
  const page = await h.browser.newPage();
  await page.goto(`${h.baseUrl}#/explore?place=KP`);
  await page.waitForSelector('[data-export="geojson"]');
  const link = async (format: string) => new URL((await page.getAttribute(`[data-export="${format}"]`, 'href'))!, h.baseUrl).href;
  const narrow = await api<Explore>('api/explore?place=KP');

  const geo = (await (await fetch(await link('geojson'))).json()) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> }[] };
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, narrow.total);
  for (const f of geo.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(typeof f.properties, 'object');
    if (f.geometry) {
      assert.equal(f.geometry.type, 'Point');
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(f.geometry.coordinates.length === 2 && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, 'RFC 7946: [longitude, latitude]');
    }
  }
  assert.ok(geo.features.some((f) => f.geometry), 'some event is placed');
  assert.ok(geo.features.every((f) => !JSON.stringify(f).includes('"descriptor"')), 'public exports carry no source descriptors');

  const ftm = await (await fetch(await link('ftm'))).text();
  const schemata = new Set(ftm.trim().split('\n').map((l) => (JSON.parse(l) as { schema: string }).schema));
  for (const s of ['Event', 'Organization', 'Address', 'Mention', 'Article']) assert.ok(schemata.has(s), `FtM export has ${s}`);
  assert.ok(existsSync(FTM_CHECK), `the FollowTheMoney schema check is missing at ${FTM_CHECK}`);
  const file = join(await mkdtemp(join(tmpdir(), 'casefile-ftm-')), 'events.ftm.json');
  await writeFile(file, ftm);
  const out = execFileSync(process.execPath, [FTM_CHECK, file], { cwd: root, encoding: 'utf8' });
  assert.match(out, / 0 with problems/);

  const acled = parse(await (await fetch(await link('acled'))).text(), { columns: true }) as Record<string, string>[];
  assert.equal(acled.length, narrow.total);
  assert.deepEqual(Object.keys(acled[0]), [...ACLED_COLUMNS]);
  const types = new Set(['Strategic developments', 'Violence against civilians', 'Protests']);
  assert.ok(acled.every((r) => types.has(r.event_type) && r.sub_event_type !== ''), 'every row has an ACLED event and sub-event type');
  assert.ok(acled.every((r) => r.location === '' || (r.country !== '' && Number.isFinite(Number(r.latitude)))), 'a located row has its country and coordinates');
  assert.ok(acled.some((r) => r.country === 'North Korea' && r.iso === '408'));
  await page.close();
});

test('a refused filter is explained beside its control and the page keeps working; unknown routes say not found', async () => {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${h.baseUrl}#/map?from=2025-13`);
  const error = page.locator('.field.invalid #err-from');
  await error.waitFor();
  assert.match((await error.textContent())!, /YYYY/);
  assert.equal(await page.getAttribute('#x-from', 'aria-invalid'), 'true');
  await shot(page, 'error');
  await page.fill('#x-from', '2025');
  await page.click('.filter-bar button[type="submit"]');
  await page.waitForSelector('#map');
  assert.equal(await page.locator('.field-error').count(), 0);

  await page.goto(`${h.baseUrl}#/nowhere/at/all`);
  await page.waitForSelector('h1:has-text("Not found")');
  await page.close();
});

test('narrow screens: the explore views fit the width', async () => {
  const page = await h.browser.newPage({ viewport: { width: 390, height: 844 } });
  for (const view of ['explore', 'timeline', 'network', 'map']) {
    await page.goto(`${h.baseUrl}#/${view}`);
    await page.waitForSelector('.view-body[aria-busy="false"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `#/${view} is ${overflow}px wider than the screen`);
  }
  await page.waitForSelector('#map[data-loaded="true"]', { timeout: 30_000 });
  await shot(page, 'narrow-map');
  await page.close();
});
