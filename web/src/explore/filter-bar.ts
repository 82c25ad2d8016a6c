// The filter bar: text, dates, corroboration and a list of values with counts for
// each facet. Ticking a value narrows every view at once (the state is the
// address); a refused value is explained beside its control.
import { el } from '../dom.js';
import type { Explore } from './explore-api.js';
import { go, listOf, type Filter, type FilterKey } from './filter.js';
import { readable } from '../labels.js';

export interface FieldError {
  field: FilterKey;
  message: string;
}

const FACETS: { key: FilterKey & keyof Explore['facets']; label: string }[] = [
  { key: 'type', label: 'Event type' },
  { key: 'place', label: 'Place (with what is inside it)' },
  { key: 'actor', label: 'Actor' },
  { key: 'sourceKind', label: 'Source kind' },
  { key: 'review', label: 'Review' },
];

function errorSlot(field: FilterKey, error: FieldError | null): HTMLElement | null {
  return error?.field === field ? el('p', { class: 'field-error', id: `err-${field}`, role: 'alert' }, error.message) : null;
}

function textField(f: Filter, key: 'q' | 'from' | 'to', label: string, hint: string, error: FieldError | null): HTMLElement {
  const bad = error?.field === key;
  return el('div', { class: `field${bad ? ' invalid' : ''}` },
    el('label', { for: `x-${key}` }, label),
    el('input', { id: `x-${key}`, name: key, type: key === 'q' ? 'search' : 'text', value: f[key] ?? '', placeholder: hint, autocomplete: 'off', 'aria-invalid': bad ? 'true' : undefined, 'aria-describedby': bad ? `err-${key}` : undefined }),
    errorSlot(key, error));
}

function facet(f: Filter, key: FilterKey, label: string, values: Explore['facets']['type'], error: FieldError | null): HTMLElement {
  const chosen = listOf(f, key);
  // chosen values stay listed even when the facet's top values no longer hold them
  const shown = [...values, ...chosen.filter((c) => !values.some((v) => v.value === c)).map((c) => ({ value: c, label: c, count: 0 }))];
  const box = el('fieldset', { class: 'facet', 'data-facet': key },
    el('legend', {}, label),
    shown.length === 0 ? el('p', { class: 'meta' }, 'none in these events') : null,
    ...shown.map((v, i) => {
      const input = el('input', { type: 'checkbox', id: `x-${key}-${i}`, value: v.value, checked: chosen.includes(v.value) });
      input.addEventListener('change', () => go({ ...f, [key]: (input.checked ? [...chosen, v.value] : chosen.filter((c) => c !== v.value)).join(',') || undefined }));
      return el('label', { for: `x-${key}-${i}`, class: 'facet-value' }, input, el('span', { class: 'facet-label' }, key === 'type' || key === 'sourceKind' ? readable(v.value) : v.label), el('span', { class: 'count' }, String(v.count)));
    }),
    errorSlot(key, error));
  return box;
}

export function filterBar(f: Filter, facets: Explore['facets'] | null, error: FieldError | null): HTMLElement {
  const corroboration = el('select', { id: 'x-corroboration', name: 'corroboration', 'aria-invalid': error?.field === 'corroboration' ? 'true' : undefined },
    el('option', { value: '' }, 'any'),
    ...[1, 2, 3].map((n) => el('option', { value: String(n), selected: f.corroboration === String(n) }, `${n} or more independent outlet${n === 1 ? '' : 's'}`)));
  const form = el('form', { class: 'filter-bar', role: 'search', 'aria-label': 'Filter the record' },
    textField(f, 'q', 'Words or names', 'e.g. Yanggang, SSD, 혜산', error),
    el('div', { class: 'dates' },
      textField(f, 'from', 'From', 'YYYY, YYYY-MM or YYYY-MM-DD', error),
      textField(f, 'to', 'To', 'YYYY, YYYY-MM or YYYY-MM-DD', error)),
    el('div', { class: 'field' }, el('label', { for: 'x-corroboration' }, 'Corroboration of the case'), corroboration, errorSlot('corroboration', error)),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Apply'), el('a', { href: `#/${location.hash.replace(/^#\/?/, '').split('?')[0] || 'explore'}`, class: 'clear' }, 'Clear all')),
    ...FACETS.map(({ key, label }) => facet(f, key, label, facets?.[key] ?? [], error)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const read = (k: string) => String(data.get(k) ?? '').trim() || undefined;
    go({ ...f, q: read('q'), from: read('from'), to: read('to'), corroboration: read('corroboration') });
  });
  corroboration.addEventListener('change', () => form.requestSubmit());
  // on a narrow screen the filters fold away above the view until asked for
  const wide = window.matchMedia('(min-width: 761px)').matches;
  return el('details', { class: 'filters-panel', open: wide || error !== null }, el('summary', {}, 'Filters'), form);
}
