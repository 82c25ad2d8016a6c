// A GeoJSON FeatureCollection (RFC 7946), written feature by feature: a Point at
// the event's finest place with coordinates, or no geometry when none has them.
import { finestPlace, type ExportRecord } from '../record.js';

function feature(r: ExportRecord): object {
  const at = finestPlace(r);
  const { places, within, actors, ...rest } = r;
  return {
    type: 'Feature',
    id: `${r.reportId}#${r.eventId}`,
    geometry: at ? { type: 'Point', coordinates: [at.lon, at.lat] } : null,
    properties: {
      ...rest,
      place: at?.name ?? null,
      placeLevel: at?.level ?? null,
      places: places.map((p) => p.name),
      within: within.map((p) => p.name),
      actors: actors.map((a) => ({ name: a.name, role: a.role, kind: a.kind })),
    },
  };
}

export async function* geojson(records: AsyncIterable<ExportRecord>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const r of records) {
    yield `${first ? '' : ',\n'}${JSON.stringify(feature(r))}`;
    first = false;
  }
  yield '\n]}\n';
}
