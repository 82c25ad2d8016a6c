// A readable summary of one extraction for the terminal. Source descriptors are
// sensitive, so the summary names a source by its kind and location only.
import type { Extraction, Report } from '../core/model.js';

export function formatSummary(input: string, report: Pick<Report, 'title' | 'published' | 'outlet'>, x: Extraction): string {
  const lines = [`${input}: ${report.title}`, `  outlet ${report.outlet ?? '-'}, published ${report.published ?? '-'}`];
  const sourceIndex = new Map(x.sources.map((s, i) => [s.id, i + 1]));
  lines.push(`  events (${x.events.length})`);
  for (const e of x.events) {
    const where = e.places.map((p) => p.name).join(', ') || '-';
    const when = e.date.value ?? '-';
    const modality = e.modality === 'asserted' ? '' : ` [${e.modality}]`;
    const count = e.count ? `, ${e.count} people` : '';
    const by = e.sources.length ? `, sources ${e.sources.map((s) => `#${sourceIndex.get(s)}`).join(' ')}` : '';
    lines.push(`    ${e.type}${modality} at ${where} on ${when}${count}${by}`);
  }
  const orgs = x.actors.filter((a) => a.kind !== 'role').map((a) => a.name);
  lines.push(`  actors: ${orgs.join('; ') || '-'}`);
  lines.push(`  places: ${x.places.map((p) => p.name).join('; ') || '-'}`);
  lines.push(`  sources (${x.sources.length}): ${x.sources.map((s, i) => `#${i + 1} ${s.kind}${s.location ? ` in ${s.location}` : ''}`).join('; ') || '-'}`);
  const contested = x.claims.filter((c) => c.contestedWith.length).length;
  const alleged = x.claims.filter((c) => c.allegedFalse).length;
  lines.push(`  claims: ${x.claims.length} (${contested} contested, ${alleged} alleged false)`);
  return lines.join('\n');
}
