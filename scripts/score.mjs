#!/usr/bin/env node
// Scores `casefile extract --jsonl` output against hand-annotated reports (the gold
// format of eval/README.md): event types, events (type and place), dates of matched
// events, organisations, people, places and sources (by stated location).
//   node scripts/score.mjs --gold DIR --cmd "COMMAND" [--verbose] [--json]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { execSync } from 'node:child_process';

const argv = process.argv.slice(2);
const value = (name) => { const i = argv.indexOf(name); return i < 0 ? undefined : argv[i + 1]; };
const goldDir = value('--gold');
const cmd = value('--cmd');
if (!goldDir || !cmd) {
  console.error('usage: score.mjs --gold DIR --cmd "COMMAND" [--verbose] [--json]');
  process.exit(2);
}
const verbose = argv.includes('--verbose');

const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => resolve(join(goldDir, f)));
const quoted = files.map((f) => `'${f.replace(/'/g, `'\\''`)}'`).join(' ');
const predicted = new Map();
for (const line of execSync(`${cmd} ${quoted}`, { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n')) {
  if (!line.trim()) continue;
  const p = JSON.parse(line);
  predicted.set(basename(String(p.input ?? '')), p);
}

// Names meet after folding case, accents and apostrophes, dropping level words and
// leading articles, and a few spellings of the same province.
const SPELLINGS = {
  yanggang: 'ryanggang', jagang: 'chagang', 'hamgyong bukto': 'north hamgyong', 'hamgyong namdo': 'south hamgyong',
  'pyongan bukto': 'north pyongan', 'pyongan namdo': 'south pyongan', 'north phyongan': 'north pyongan',
  'south phyongan': 'south pyongan', 'hwanghae bukto': 'north hwanghae', 'hwanghae namdo': 'south hwanghae',
  dprk: 'north korea', 'the north': 'north korea', rok: 'south korea', 'the south': 'south korea', 'rajin sonbong': 'rason',
};
const LEVEL_WORDS = /\b(?:province|provinces|county|city|district|prefecture|region|area|do|si|gun|dong|ri)\b/g;
export function canonical(name) {
  let s = String(name ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’`]/g, '');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (SPELLINGS[s]) return SPELLINGS[s];
  s = s.replace(/^the /, '').replace(LEVEL_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return SPELLINGS[s] ?? s;
}
const nameList = (x) => (typeof x === 'string' ? [x] : [x?.name, ...(x?.aliases ?? []), ...(x?.alternateNames ?? [])].filter(Boolean));
const keys = (names) => new Set(names.map(canonical).filter(Boolean));
const shares = (a, b) => [...a].some((x) => b.has(x));

/**
 * Largest one-to-one pairing of gold and predicted items (augmenting paths): pairs[g] = p or -1.
 * Among pairings of that size, swaps then raise the total `affinity`, so two punishments both
 * placed "North Korea" pair by their provinces, not crosswise, before their dates are compared.
 */
function pairUp(gold, pred, fits, affinity = () => 0) {
  const ownerOf = new Array(pred.length).fill(-1);
  const tryGold = (g, seen) => {
    for (let p = 0; p < pred.length; p++) {
      if (seen[p] || !fits(gold[g], pred[p])) continue;
      seen[p] = true;
      if (ownerOf[p] < 0 || tryGold(ownerOf[p], seen)) { ownerOf[p] = g; return true; }
    }
    return false;
  };
  gold.forEach((_, g) => tryGold(g, new Array(pred.length).fill(false)));
  const pairs = new Array(gold.length).fill(-1);
  ownerOf.forEach((g, p) => { if (g >= 0) pairs[g] = p; });
  const gain = (g, p) => (p >= 0 && fits(gold[g], pred[p]) ? affinity(gold[g], pred[p]) : -Infinity);
  for (let improved = true; improved;) {
    improved = false;
    // g takes p from its holder h, handing h its own partner (or nothing when g had none)
    for (let g = 0; g < gold.length; g++) {
      for (let p = 0; p < pred.length; p++) {
        const h = pairs.indexOf(p);
        if (p === pairs[g] || (pairs[g] < 0 && h < 0)) continue;
        const score = (x, q) => (x >= 0 && q >= 0 ? gain(x, q) : 0);
        if (score(g, p) + score(h, pairs[g]) <= score(g, pairs[g]) + score(h, p)) continue;
        if (h >= 0) pairs[h] = pairs[g];
        pairs[g] = p;
        improved = true;
      }
    }
  }
  return pairs;
}

const totals = {};
const tally = (measure, tp, fp, fn) => {
  const t = (totals[measure] ??= { tp: 0, fp: 0, fn: 0 });
  t.tp += tp; t.fp += fp; t.fn += fn;
};
let datesRight = 0;
let datesScored = 0;

function compare(measure, gold, pred, fits, show, notes, affinity) {
  const pairs = pairUp(gold, pred, fits, affinity);
  const tp = pairs.filter((p) => p >= 0).length;
  tally(measure, tp, pred.length - tp, gold.length - tp);
  const used = new Set(pairs);
  gold.forEach((g, i) => { if (pairs[i] < 0) notes.push(`  ${measure} missed ${show(g)}`); });
  pred.forEach((p, k) => { if (!used.has(k)) notes.push(`  ${measure} extra ${show(p)}`); });
  return pairs;
}

for (const file of files) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const g = doc.gold;
  const p = predicted.get(basename(file)) ?? {};
  const notes = [];

  const types = (evs) => [...new Set((evs ?? []).map((e) => String(e.type).toUpperCase()))];
  compare('eventType', types(g.events), types(p.events), (a, b) => a === b, String, notes);

  const goldEvents = g.events.map((e) => ({ ...e, where: keys(e.places) }));
  const seen = new Set();
  const predEvents = (p.events ?? []).map((e) => ({ type: String(e.type).toUpperCase(), where: keys((e.places ?? []).flatMap(nameList)), date: typeof e.date === 'string' ? e.date : e.date?.value ?? null }))
    .filter((e) => { const k = `${e.type}|${[...e.where].sort()}`; return !seen.has(k) && seen.add(k); });
  const showEvent = (e) => `${e.type} @ ${[...e.where].join('/') || '-'}`;
  const sharedPlaces = (ge, pe) => [...ge.where].filter((x) => pe.where.has(x)).length;
  const pairs = compare('event', goldEvents, predEvents, (ge, pe) => ge.type === pe.type && (ge.where.size === 0 || shares(ge.where, pe.where)), showEvent, notes, sharedPlaces);
  goldEvents.forEach((ge, i) => {
    if (!ge.date || pairs[i] < 0) return;
    datesScored++;
    const got = predEvents[pairs[i]].date;
    if (got && String(got).startsWith(ge.date)) datesRight++;
    else notes.push(`  date ${showEvent(ge)}: gold ${ge.date} got ${got ?? 'none'}`);
  });

  const actors = p.actors ?? [];
  const groupsOf = (kind) => actors.filter((a) => a.kind === kind).map((a) => keys(nameList(a)));
  const first = (set) => [...set][0] ?? '-';
  compare('organization', (g.organizations ?? []).map(keys), groupsOf('organization'), shares, first, notes);
  compare('person', (g.people ?? []).map(keys), groupsOf('person'), shares, first, notes);
  compare('place', (g.places ?? []).map(keys), (p.places ?? []).map((x) => keys(nameList(x))), shares, first, notes);

  const where = (s) => (s.location == null ? '' : canonical(typeof s.location === 'string' ? s.location : s.location.name));
  const sameLocation = (a, b) => a === b || (a !== '' && b !== '' && (a.includes(b) || b.includes(a)));
  compare('source', (g.sources ?? []).map(where), (p.sources ?? []).map(where), sameLocation, (x) => x || 'no location', notes);

  if (verbose && notes.length) console.log(`${doc.id}: ${doc.title}\n${notes.join('\n')}`);
}

const rate = (a, b) => (b ? a / b : 0);
const summary = { reports: files.length, dateAccuracy: datesScored ? datesRight / datesScored : null, dateCount: datesScored };
for (const [measure, t] of Object.entries(totals)) {
  const precision = rate(t.tp, t.tp + t.fp);
  const recall = rate(t.tp, t.tp + t.fn);
  summary[measure] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, ...t };
}
if (argv.includes('--json')) console.log(JSON.stringify(summary));
else {
  const pct = (x) => (x == null ? '    -' : (100 * x).toFixed(1).padStart(5));
  console.log(`reports ${files.length}\nmeasure           P      R     F1   (tp/fp/fn)`);
  for (const m of ['eventType', 'event', 'organization', 'person', 'place', 'source']) {
    const s = summary[m];
    console.log(`${m.padEnd(13)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  console.log(`date accuracy ${pct(summary.dateAccuracy)}  on ${datesScored} matched events with gold dates`);
}
