// On a report page: the incidents the report's events belong to, the report it
// copies, and the reports that copy it.
import '../incidents.css';
import { el, mount } from '../dom.js';
import { incidentApi } from '../incident-api.js';
import { href } from '../route.js';

export function reportLinks(reportId: string, signal: AbortSignal): HTMLElement {
  const section = el('section', { class: 'report-links', 'aria-live': 'polite' }, el('h2', {}, 'Incidents'));
  incidentApi.reportLinks(reportId, signal).then((links) => {
    if (!links.linked) {
      mount(section, el('h2', {}, 'Incidents'), el('p', { class: 'meta' }, 'Not linked yet (run `casefile link`).'));
      return;
    }
    mount(section,
      links.duplicateOf ? el('p', { class: 'repost-note' }, 'A repost of ', el('a', { href: href(['reports', links.duplicateOf.id]) }, links.duplicateOf.title), links.duplicateOf.reason ? ` — ${links.duplicateOf.reason}` : '') : null,
      el('h2', {}, `Incidents (${links.incidents.length})`),
      links.incidents.length
        ? el('ul', {}, ...links.incidents.map((i) => el('li', {}, el('a', { href: href(['incidents', i.id]) }, i.title), el('span', { class: 'meta' }, ` — ${i.corroboration} independent outlet${i.corroboration === 1 ? '' : 's'}, ${i.reports} report${i.reports === 1 ? '' : 's'}${i.about ? '' : ' (mentioned as background)'}`))))
        : el('p', { class: 'meta' }, 'None.'),
      links.duplicates.length ? el('h2', {}, `Copies of this report (${links.duplicates.length})`) : null,
      links.duplicates.length ? el('ul', {}, ...links.duplicates.map((d) => el('li', {}, el('a', { href: href(['reports', d.id]) }, d.title), el('span', { class: 'meta' }, ` — ${[d.outlet, d.published].filter(Boolean).join(' · ')}`)))) : null);
  }).catch(() => {
    if (!signal.aborted) mount(section, el('h2', {}, 'Incidents'), el('p', { class: 'meta' }, 'Links could not be loaded.'));
  });
  return section;
}
