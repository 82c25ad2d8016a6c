// #/map: the matching events at their finest known place, offline. Country
// boundaries are Natural Earth's (world-atlas, bundled), province boundaries too
// (province-shapes.topo.json, built by scripts/build-province-shapes.mjs); no tile
// server, no fonts, nothing from another host. Points are clustered and sized by
// event count, coloured by their most frequent type; provinces are shaded by count
// (a province without a bundled shape as a disc at its gazetteer point). A click
// lists the place's events by type with links that narrow the query to it.
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { el, message } from '../dom.js';
import { placeHref, placeLink } from '../views/entity-links.js';
import { TYPE_COLOURS } from './colours.js';
import type { Explore } from './explore-api.js';
import { toggled, viewHref, type Filter } from './filter.js';
import { exploreView } from './layout.js';
import { readable } from '../labels.js';

type Topology = Parameters<typeof import('topojson-client').feature>[0];

/** Country and province boundaries, loaded with the map rather than with the app. */
async function boundaries(): Promise<{ countries: FeatureCollection; provinces: FeatureCollection }> {
  const [{ feature }, atlas, shapes] = await Promise.all([import('topojson-client'), import('world-atlas/countries-50m.json'), import('./province-shapes.topo.json')]);
  const world = (atlas as unknown as { default: Topology }).default;
  const regions = (shapes as unknown as { default: Topology }).default;
  return {
    countries: feature(world, world.objects.countries) as unknown as FeatureCollection,
    provinces: feature(regions, regions.objects.provinces) as unknown as FeatureCollection,
  };
}

type Province = Explore['map']['provinces'][number];

/** Each counted province as its outline where one is bundled, else as a point for a disc. */
function provinceLayers(counted: Province[], outlines: FeatureCollection) {
  const count = new Map(counted.map((p) => [p.id, p.count]));
  const shaped = outlines.features.filter((f) => count.has(String(f.id)))
    .map((f) => ({ ...f, properties: { id: String(f.id), count: count.get(String(f.id))! } }));
  const withShape = new Set(shaped.map((f) => f.properties.id));
  const discs = counted.filter((p) => !withShape.has(p.id) && p.lat !== null && p.lon !== null)
    .map((p) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [p.lon!, p.lat!] }, properties: { id: p.id, count: p.count } }));
  return { shapes: { type: 'FeatureCollection' as const, features: shaped }, discs: { type: 'FeatureCollection' as const, features: discs } };
}

/** The matching places with some margin, or the Korean peninsula and its borderlands when there are none. */
function startBounds(places: Explore['map']['places']): [[number, number], [number, number]] {
  if (places.length === 0) return [[119, 33], [134, 44]];
  const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
  // at least about the peninsula's size, so one place does not open at street level
  const pad = (lo: number, hi: number, min: number) => Math.max((min - (hi - lo)) / 2, (hi - lo) * 0.15);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const [dx, dy] = [pad(w, e, 8), pad(s, n, 6)];
  return [[Math.max(-180, w - dx), Math.max(-85, s - dy)], [Math.min(180, e + dx), Math.min(85, n + dy)]];
}

let maplibre: Promise<typeof import('maplibre-gl')> | null = null;
/** MapLibre with its worker served from this origin, allowed by the page's one Trusted Types policy. */
function loadMapLibre() {
  return (maplibre ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')]).then(([lib, worker]) => {
    const tt = (window as unknown as { trustedTypes?: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes;
    if (tt) {
      lib.setTrustedTypesPolicy(tt.createPolicy('maplibre', {
        createScriptURL: (url: string) => {
          if (new URL(url, location.href).origin !== location.origin) throw new TypeError(`blocked script ${url}`);
          return url;
        },
        // nothing the map shows may become HTML: attributions are off, popups are DOM
        createHTML: () => { throw new TypeError('the map may not create HTML'); },
      }) as never);
    }
    lib.setWorkerUrl(new URL(worker.default, location.href).href);
    return lib;
  }));
}

const dominant = (byType: Record<string, number>) => Object.entries(byType).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';

function points(places: Explore['map']['places']): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, name: p.name, count: p.count, type: dominant(p.byType), byType: JSON.stringify(p.byType) },
    })),
  };
}

function popupContent(f: Filter, p: { id: string; name: string; count: number; byType: Record<string, number> }): HTMLElement {
  return el('div', { class: 'map-popup' },
    el('strong', {}, p.name), ` — ${p.count} event${p.count === 1 ? '' : 's'}`,
    el('ul', {}, ...Object.entries(p.byType).sort((a, b) => b[1] - a[1]).map(([t, n]) => el('li', {}, el('span', { class: 'swatch', 'data-type': t }), `${readable(t)}: ${n}`))),
    el('a', { href: placeHref(p.id) }, 'About this place'), ' · ',
    el('a', { href: viewHref('explore', toggled(f, 'place', p.id)) }, 'Show these events'), ' · ',
    el('a', { href: viewHref('map', toggled(f, 'place', p.id)) }, 'Narrow the map to here'));
}

export const exploreMap = exploreView('map', 'Map', async (slot, f, summary) => {
  const box = el('div', { class: 'map', id: 'map', role: 'region', 'aria-label': 'Map of the matching events' });
  const shown = new Set(summary.map.places.flatMap((p) => Object.keys(p.byType)));
  const legend = el('ul', { class: 'legend-types' }, ...Object.keys(TYPE_COLOURS).filter((t) => shown.has(t))
    .map((t) => el('li', {}, el('span', { class: 'swatch', 'data-type': t }), readable(t))),
    // the map draws no text (no fonts are fetched), so the two shapes without a type say here what they are
    summary.map.places.length > 1 ? el('li', {}, el('span', { class: 'swatch cluster' }), 'several places nearby (click to zoom in)') : '',
    summary.map.provinces.length ? el('li', {}, el('span', { class: 'swatch province' }), 'province, shaded by its number of events') : '');
  const note = summary.map.unplaced > 0 ? el('p', { class: 'meta' }, `${summary.map.unplaced} matching event${summary.map.unplaced === 1 ? ' has' : 's have'} no place with coordinates and ${summary.map.unplaced === 1 ? 'is' : 'are'} not on the map.`) : null;
  const list = el('details', { class: 'map-list places' }, el('summary', {}, `Places (${summary.map.places.length})`),
    el('ul', {}, ...summary.map.places.map((p) => el('li', {}, placeLink(p.id, p.name), ` — `, el('a', { href: viewHref('explore', toggled(f, 'place', p.id)) }, `${p.count} event${p.count === 1 ? '' : 's'}`)))));
  slot.append(box, legend, note ?? '', list);
  if (summary.map.places.length === 0 && summary.map.provinces.length === 0) box.append(message('No matching event has a place with coordinates.'));

  const [lib, shapes] = await Promise.all([loadMapLibre(), boundaries()]);
  const provinces = provinceLayers(summary.map.provinces, shapes.provinces);
  // the shading in words, for those who cannot see it
  const outlined = new Set(provinces.shapes.features.map((f) => f.properties.id));
  if (summary.map.provinces.length) slot.append(el('details', { class: 'map-list provinces' }, el('summary', {}, `Provinces (${summary.map.provinces.length})`),
    el('ul', {}, ...summary.map.provinces.map((p) => el('li', { 'data-outline': String(outlined.has(p.id)) }, placeLink(p.id, p.name), ' — ',
      el('a', { href: viewHref('explore', toggled(f, 'place', p.id)) }, `${p.count} event${p.count === 1 ? '' : 's'}`))))));
  const most = Math.max(1, ...summary.map.provinces.map((p) => p.count));
  const shade: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'count'], 0, 0.08, most, 0.45];
  const map = new lib.Map({
    container: box,
    attributionControl: false,
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: shapes.countries },
        provinces: { type: 'geojson', data: provinces.shapes },
        'province-discs': { type: 'geojson', data: provinces.discs },
        events: { type: 'geojson', data: points(summary.map.places), cluster: true, clusterRadius: 40, clusterMaxZoom: 9, clusterProperties: { count: ['+', ['get', 'count']] } },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f2' } },
        { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': ['match', ['get', 'name'], 'North Korea', '#f3eee2', '#ffffff'], 'fill-outline-color': '#9aa3b5' } },
        { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#8a94a8', 'line-width': 0.8 } },
        { id: 'provinces', type: 'fill', source: 'provinces', paint: { 'fill-color': '#b3261e', 'fill-opacity': shade } },
        { id: 'province-edges', type: 'line', source: 'provinces', paint: { 'line-color': '#b3261e', 'line-opacity': 0.35, 'line-width': 0.6 } },
        { id: 'province-discs', type: 'circle', source: 'province-discs', paint: { 'circle-radius': 34, 'circle-color': '#b3261e', 'circle-blur': 0.6, 'circle-opacity': shade } },
        { id: 'clusters', type: 'circle', source: 'events', filter: ['has', 'point_count'], paint: {
          'circle-color': '#1d2330', 'circle-opacity': 0.75, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 8, 30, 40] } },
        { id: 'places', type: 'circle', source: 'events', filter: ['!', ['has', 'point_count']], paint: {
          'circle-color': ['match', ['get', 'type'], ...Object.entries(TYPE_COLOURS).flat(), '#555'] as unknown as ExpressionSpecification,
          'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 6, 30, 36] } },
      ],
    },
    bounds: startBounds(summary.map.places),
  });
  map.addControl(new lib.NavigationControl({ showCompass: false }));
  map.on('click', 'clusters', async (e) => {
    const feature = e.features?.[0];
    if (!feature) return;
    const source = map.getSource('events') as import('maplibre-gl').GeoJSONSource;
    const zoom = await source.getClusterExpansionZoom(feature.properties.cluster_id as number);
    map.easeTo({ center: (feature.geometry as Point).coordinates as [number, number], zoom });
  });
  map.on('click', 'places', (e) => {
    const feature = e.features?.[0];
    if (!feature) return;
    const p = feature.properties as { id: string; name: string; count: number; byType: string };
    new lib.Popup({ maxWidth: '280px' }).setLngLat((feature.geometry as Point).coordinates as [number, number])
      .setDOMContent(popupContent(f, { ...p, byType: JSON.parse(p.byType) as Record<string, number> })).addTo(map);
  });
  for (const layer of ['clusters', 'places']) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }
  // idle: every layer drawn, nothing left to load
  map.once('idle', () => box.setAttribute('data-loaded', 'true'));
});
