// Browser check of the actor, place and source pages on the demo reports: names in
// the explore table, the network and a report's event details open them; a place
// page lists what is inside it and around it, an actor page its canon names over
// time, a source page the acts it is given for; every page opens the explore
// views on its acts. Screenshots go to CASEFILE_SCREENS (default: the temporary folder).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, watch, type Harness } from './harness.js';

const SCREENS = process.env.CASEFILE_SCREENS ?? tmpdir();
let h: Harness;

before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `explore-${name}.png`), fullPage: true });
const heading = (page: Page) => page.locator('h1[data-entity]').textContent();

test('a place name in the table opens its page: acts, cases, places around and inside, and the explore views on it', async () => {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { foreign, problems } = watch(page, h.baseUrl);
  await page.goto(`${h.baseUrl}#/explore`);
  const link = page.locator('table.events a.entity-place').first();
  const name = await link.textContent();
  await link.click();
  await page.waitForSelector('h1[data-entity="place"]');
  assert.match(page.url(), /#\/place\//);
  assert.equal(await heading(page), name);
  const acts = await page.locator('[data-section^="acts"] h2').textContent();
  const total = Number(/\((\d+)\)/.exec(acts ?? '')?.[1]);
  assert.ok(total >= 1, `acts heading: ${acts}`);
  // the place's events in the table view are exactly its acts
  await page.click('.explore-links a:has-text("Table")');
  await page.waitForFunction((n) => document.querySelector('.match-count')?.textContent?.startsWith(`${n} event`), total);
  assert.match(page.url(), /#\/explore\?place=/);

  // a province lists the places inside it with their events, and its other names
  await page.goto(`${h.baseUrl}#/place/KP.ryanggang`);
  await page.waitForSelector('h1[data-entity="place"]');
  assert.equal(await heading(page), 'Ryanggang');
  assert.ok((await page.locator('[data-section="names"]').textContent())!.includes('Yanggang'));
  assert.ok(await page.locator('.within a.entity-place').count() >= 1, 'the country around it');
  const inside = page.locator('.inside-list a.entity-place');
  assert.ok(await inside.count() >= 1, 'a place inside it with events');
  await shot(page, 'place');
  const child = await inside.first().textContent();
  await inside.first().click();
  await page.waitForFunction((n) => document.querySelector('h1[data-entity="place"]')?.textContent === n, child);
  assert.ok((await page.locator('.within').textContent())!.includes('Ryanggang'), 'the province around the city');
  assert.deepEqual(foreign, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an actor name opens its page with the names the canon knows over time; the network offers the page of a clicked actor', async () => {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { problems } = watch(page, h.baseUrl);
  await page.goto(`${h.baseUrl}#/explore`);
  const link = page.locator('table.events a.entity-actor').first();
  const name = await link.textContent();
  await link.click();
  await page.waitForSelector('h1[data-entity="actor"]');
  assert.ok((await page.locator('[data-section="names"]').textContent())!.includes(name!), 'the name as the reports wrote it');
  assert.ok(await page.locator('[data-section^="acts"] table.events tbody tr').count() >= 1);
  await shot(page, 'actor');

  // renamings: the secret police's names with the years each was used
  await page.goto(`${h.baseUrl}#/actor/kp.mss`);
  await page.waitForSelector('h1[data-entity="actor"]');
  const rows = await page.$$eval('[data-section="names"] table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
  assert.ok(rows.some((r) => r.includes('국가안전보위부') && r.includes('1993–2016')), rows.join(' | '));

  await page.goto(`${h.baseUrl}#/network`);
  await page.waitForSelector('.network[data-nodes]', { timeout: 30_000 });
  const actorNode = await page.evaluate(() => {
    const item = [...document.querySelectorAll('.network-list li')].find((li) => li.textContent?.includes('— actor'));
    return item?.querySelector('a')?.getAttribute('href') ?? null;
  });
  assert.ok(actorNode, 'an actor in the network list');
  await page.click('.network-list summary');
  await page.click(`.network-list a[href="${actorNode}"]`);
  await page.waitForSelector('h1[data-entity="actor"]');
  assert.deepEqual(problems, []);

  // an unknown actor says so where the page would be (the browser logs the API's 404)
  await page.goto(`${h.baseUrl}#/actor/org:nobody%20at%20all`);
  await page.waitForSelector('.message.error');
  assert.match((await page.locator('.message.error').textContent())!, /no actor/);
  await page.close();
});

test('a source in the event details opens its page with the acts it is given for', async () => {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { problems } = watch(page, h.baseUrl);
  await page.goto(`${h.baseUrl}#/explore`);
  // the first event of the table whose details name a source (the table fills in once the query answers)
  await page.waitForSelector('table.events tbody td a[href^="#/reports/"]');
  const reports = await page.$$eval('table.events tbody td a[href^="#/reports/"]', (as) => as.map((a) => a.getAttribute('href')!));
  let found = false;
  for (const to of reports) {
    await page.goto(`${h.baseUrl}${to}`);
    await page.waitForSelector('[data-field="sources"]');
    if (await page.locator('[data-field="sources"] a.entity-source').count() > 0) { found = true; break; }
  }
  assert.ok(found, 'an event with a source');
  await page.locator('[data-field="sources"] a.entity-source').first().click();
  await page.waitForSelector('h1[data-entity="source"]');
  assert.match(page.url(), /#\/source\/[^/]+\/[^/]+$/);
  assert.ok(await page.locator('[data-section^="acts it is given for"] li').count() >= 1);
  await shot(page, 'source');
  assert.deepEqual(problems, []);
  await page.close();
});

test('narrow screens: an entity page fits the width; a malformed entity route is not found', async () => {
  const page = await h.browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${h.baseUrl}#/place/KP.ryanggang`);
  await page.waitForSelector('h1[data-entity="place"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the screen`);
  await page.goto(`${h.baseUrl}#/place/KP/extra`);
  await page.waitForSelector('h1:has-text("Not found")');
  await page.close();
});
