// Browser check: the built Casefile serves the demo reports, a report page shows
// its evidence highlighted, clicking an event shows its details, a report leads to
// its incident page, and no page requests anything from outside this machine. Needs `npm run build` first and
// Debian's chromium; starts its own server on a free port with a temporary data folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { root, startHarness, watch, type Harness } from './harness.js';
import { readable } from '../../web/src/labels.js';

interface ApiEvent {
  id: string;
  type: string;
  places: { id: string; name: string }[];
  participants: { actorId: string; role: string }[];
  trigger: { start: number; end: number };
  evidence: { start: number; end: number };
}
interface ApiReport {
  report: { id: string; text: string };
  extraction: { events: ApiEvent[]; places: { name: string; mentions: { start: number; end: number }[] }[] };
}

let harness: Harness;
let baseUrl: string;
let browser: Browser;
let serverLog = '';

before(async () => {
  harness = await startHarness();
  ({ baseUrl, browser } = harness);
  serverLog = harness.log();
});

after(async () => { await harness?.close(); });

/** A demo report with an event that names both a place and an actor, the richest to check. */
async function pickReport(): Promise<{ view: ApiReport; event: ApiEvent }> {
  const events = (await (await fetch(`${baseUrl}api/events?limit=500`)).json()) as { total: number; items: (ApiEvent & { reportId: string })[] };
  assert.ok(events.total > 0, `the demo data holds no events; server log:\n${serverLog}`);
  const candidates = events.items.filter((e) => e.places.length > 0 && e.participants.length > 0);
  assert.ok(candidates.length > 0, 'no demo event names both a place and an actor');
  const { reportId, id } = candidates[0];
  const view = (await (await fetch(`${baseUrl}api/reports/${reportId}`)).json()) as ApiReport;
  return { view, event: view.extraction.events.find((e) => e.id === id)! };
}

/** The text of every piece of one highlighted item, joined (a crossing span is cut in pieces). */
const markText = (page: Page, kind: string, id: string) =>
  page.$$eval(`mark[data-kind="${kind}"][data-id="${id}"]`, (marks) => marks.map((m) => m.textContent).join(''));

test('a demo report page shows highlighted evidence and the details of a clicked event', async () => {
  const { view, event } = await pickReport();
  const { text } = view.report;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { foreign, problems } = watch(page, baseUrl);

  await page.goto(`${baseUrl}#/reports/${view.report.id}`);
  await page.waitForSelector('mark.hl-event');

  // every event's trigger is highlighted with exactly its words
  for (const e of view.extraction.events) {
    assert.equal(await markText(page, 'event', e.id), text.slice(e.trigger.start, e.trigger.end), `trigger of ${e.type} ${e.id}`);
  }
  const placeMarks = await page.$$eval('mark[data-kind="place"]', (marks) => marks.map((m) => m.textContent));
  const placeWords = view.extraction.places.flatMap((p) => p.mentions.map((m) => text.slice(m.start, m.end)));
  assert.ok(placeMarks.length > 0, 'no place is highlighted');
  for (const word of placeMarks) assert.ok(placeWords.includes(word!), `highlighted place "${word}" is not a place mention`);

  await page.click(`mark[data-kind="event"][data-id="${event.id}"]`);
  const details = page.locator('.details');
  await details.waitFor();
  assert.equal(await details.locator('[data-field="type"]').textContent(), readable(event.type));
  assert.equal(await details.locator('[data-field="evidence"]').textContent(), text.slice(event.evidence.start, event.evidence.end));
  const places = await details.locator('[data-field="places"]').textContent();
  for (const p of event.places) assert.ok(places?.includes(p.name), `details list place ${p.name}: got "${places}"`);
  assert.ok((await details.locator('[data-field="actors"] li').count()) >= event.participants.length);
  assert.ok(await page.locator(`mark.hl-evidence.selected[data-id="${event.id}"]`).count() > 0, 'the evidence of the clicked event is marked in the text');

  // the keyboard reaches events too: focus another trigger and press Enter
  const other = view.extraction.events.find((e) => e.id !== event.id);
  if (other) {
    await page.focus(`mark[data-kind="event"][data-id="${other.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((type) => document.querySelector('.details [data-field="type"]')?.textContent === type, readable(other.type));
  }

  // the address names the selected event, so the view can be linked to
  await page.goto(`${baseUrl}#/reports/${view.report.id}?event=${event.id}`);
  await page.reload();
  assert.equal(await page.locator('.details [data-field="type"]').textContent(), readable(event.type));

  const shot = join(tmpdir(), `casefile-e2e-report-${process.pid}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);

  await page.goto(`${baseUrl}#/events?type=${event.type}`);
  await page.waitForSelector('table.events tbody tr');
  assert.ok((await page.locator('table.events tbody tr').count()) > 0);

  assert.deepEqual(foreign, [], 'the page requested something outside this machine');
  assert.deepEqual(problems, [], 'the page logged errors (a CSP violation shows up here)');
  await page.close();
});

test('a demo report links to its incident, whose page shows events, reports, corroboration and a timeline', async () => {
  // an incident two demo outlets report, and the first report on it
  const list = (await (await fetch(`${baseUrl}api/incidents?minReports=2&sort=corroboration`)).json()) as { items: { id: string; title: string }[] };
  assert.ok(list.items.length > 0, `the demo holds no incident with two reports; server log:\n${serverLog}`);
  const incident = (await (await fetch(`${baseUrl}api/incidents/${list.items[0].id}`)).json()) as {
    id: string; title: string; corroboration: number; members: unknown[]; reportList: { id: string }[]; timeline: { reportId: string }[];
  };
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(`${baseUrl}#/reports/${incident.reportList[0].id}`);
  await page.click(`.report-links a[href="#/incidents/${incident.id}"]`);

  await page.waitForSelector('article.incident');
  assert.equal(await page.locator('article.incident h1').textContent(), incident.title);
  assert.match((await page.locator('.corroboration h2').textContent())!, new RegExp(`^Corroboration: ${incident.corroboration} independent outlets?, \\d+ sources?`));
  assert.equal(await page.locator('table.events tbody tr:not(.act-group)').count(), incident.members.length);
  const linked = await page.$$eval('table.events tbody a[href^="#/reports/"]', (as) => as.map((a) => a.getAttribute('href')!.split('?')[0]));
  assert.deepEqual([...new Set(linked)].sort(), incident.reportList.map((r) => `#/reports/${r.id}`).sort());
  assert.equal(await page.locator('.timeline .tick:not(.incident)').count(), incident.timeline.length, 'a tick per report');
  assert.equal(await page.locator('.timeline-list li').count(), incident.timeline.length);
  assert.deepEqual(problems, []);
  await page.close();
});

/** Runs the built casefile on the test's data folder; resolves with its exit code and output. */
function casefile(...args: string[]): Promise<{ code: number | null; out: string }> {
  const { DATABASE_URL: _server, ...env } = process.env;
  const child = spawn(process.execPath, [join(root, 'bin/casefile.js'), ...args, '--data', harness.dataDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => { out += c; });
  child.stderr!.on('data', (c) => { out += c; });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

test('a person reviews a demo report from proposed to fully reviewed with the keyboard only; decisions survive re-extraction', async () => {
  const queue = (await (await fetch(`${baseUrl}api/review/queue`)).json()) as { items: { id: string; items: number; checked: number }[] };
  const target = queue.items.find((r) => r.items >= 5 && r.checked === 0);
  assert.ok(target, 'no demo report to review');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  let serverMs = 0;
  let decisions = 0;
  page.on('requestfinished', (req) => {
    if (req.method() === 'POST' && req.url().includes('/review')) { decisions++; serverMs += req.timing().responseStart - req.timing().requestStart; }
  });
  let keystrokes = 0;
  const decision = () => page.waitForResponse((res) => res.request().method() === 'POST' && res.url().includes('/review'));
  const press = async (key: string) => { keystrokes++; await page.keyboard.press(key); };
  const pressAndSave = async (key: string) => {
    const saved = decision();
    await press(key);
    assert.equal((await saved).status(), 200, `the decision after ${key} was refused`);
  };

  await page.goto(`${baseUrl}#/reports/${target.id}`);
  await page.waitForSelector('.review-item.current[data-item^="event:"]');
  const first = await page.getAttribute('.review-item.current', 'data-item');
  // an event's type reads as a word here as on every other page ("arrest", not ARREST)
  assert.doesNotMatch(await page.textContent('.review-item.current') ?? '', /\b[A-Z]{3,}(?:_[A-Z]+)* ·/);

  // e: edit the first event; Tab to its modality, change it, Tab to the date field, Enter saves
  await press('e');
  await page.waitForSelector('.review-edit select[name="modality"]');
  const before = await page.inputValue('.review-edit select[name="modality"]');
  await press('Tab');
  await press('ArrowDown');
  await press('Tab');
  await pressAndSave('Enter');
  await page.waitForSelector(`.review-item[data-item="${first}"][data-review="corrected"]`);

  // r: reject the next unchecked item
  const second = await page.getAttribute('.review-item.current', 'data-item');
  await pressAndSave('r');
  await page.waitForSelector(`.review-item[data-item="${second}"][data-review="rejected"]`);

  // s: the words selected in the text become a new item (the test selects them as a reader would with shift+arrows)
  await page.evaluate(() => {
    const root = document.querySelector('.report-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && (node.textContent ?? '').trim().length < 12);
    const range = document.createRange();
    const start = (node!.textContent ?? '').search(/\S/);
    range.setStart(node!, start);
    range.setEnd(node!, start + 10);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await press('s');
  await page.waitForSelector('.review-edit select[name="kind"]');
  await press('Tab');
  await press('Tab');
  await pressAndSave('Enter');
  await page.waitForSelector('.review-item[data-review="added"]');

  // a: accept everything else, one key per item
  for (let guard = 0; guard < 500 && !(await page.textContent('.review-progress'))!.includes('fully reviewed'); guard++) {
    await pressAndSave('a');
  }
  assert.match((await page.textContent('.review-progress'))!, /fully reviewed/);
  const reviewed = (await (await fetch(`${baseUrl}api/reports/${target.id}`)).json()) as { items: { id: string; review: string; value: { modality?: string } }[] };
  const states = reviewed.items.map((i) => i.review);
  assert.equal(states.includes('proposed'), false);
  assert.notEqual(reviewed.items.find((i) => i.id === first)!.value.modality, before);
  console.log(`review of one demo report: ${reviewed.items.length} items, ${keystrokes} keystrokes, ${(serverMs / 1000).toFixed(2)} s of server time for ${decisions} decisions`);
  assert.deepEqual(problems, []);
  await page.close();

  const verify = await casefile('audit', 'verify');
  assert.equal(verify.code, 0, verify.out);
  assert.match(verify.out, /chain intact/);
  const again = await casefile('ingest', '--reextract');
  assert.equal(again.code, 0, again.out);
  const after = (await (await fetch(`${baseUrl}api/reports/${target.id}`)).json()) as { items: { id: string; review: string }[] };
  assert.deepEqual(after.items.map((i) => [i.id, i.review]), reviewed.items.map((i) => [i.id, i.review]), 'every decision survives re-extraction');
});
