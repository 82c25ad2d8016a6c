// Keyboard-first review of one report. Every extracted item is listed with its
// state; j/k move, a accepts, r rejects, e edits, s adds the selected words as a
// new item, m merges an actor or place into another, t attaches a private note.
// After a decision the next unchecked item is selected, so a report the machine
// got right is reviewed by pressing a once per item.
import '../review.css';
import { api, send } from '../api.js';
import { el, message, mount } from '../dom.js';
import type { ItemKind, ReportView, ReviewItem, Vocabulary } from '../types.js';
import { readable } from '../labels.js';

const KEYS: [string, string][] = [
  ['j / ↓', 'next item'], ['k / ↑', 'previous item'], ['n', 'next unchecked item'], ['a', 'accept'], ['r', 'reject'],
  ['p', 'take the machine\'s new proposal (an item marked as a conflict)'], ['e', 'edit the item'], ['s', 'add the words selected in the text as a new item'], ['m', 'merge this actor or place into another'],
  ['t', 'private note'], ['Esc', 'close a form'], ['?', 'show these keys'],
];

const STATE_LABEL: Record<string, string> = { proposed: 'machine', accepted: 'accepted', corrected: 'corrected', rejected: 'rejected', added: 'added' };

type Field = { name: string; label: string; options?: readonly string[]; kind?: 'number' | 'checkbox' };

const KIND_FIELDS = (vocab: Vocabulary): Record<ItemKind, Field[]> => ({
  event: [{ name: 'type', label: 'Type', options: vocab.eventTypes }, { name: 'modality', label: 'Modality', options: vocab.modalities },
    { name: 'date', label: 'Date (YYYY, YYYY-MM or YYYY-MM-DD)' }, { name: 'count', label: 'People', kind: 'number' }],
  actor: [{ name: 'name', label: 'Name' }, { name: 'kind', label: 'Kind', options: ['organization', 'person', 'role'] }],
  place: [{ name: 'name', label: 'Name' }, { name: 'level', label: 'Level', options: ['country', 'province', 'county', 'city', 'site'] }],
  source: [{ name: 'kind', label: 'Kind', options: ['anonymous_insider', 'official', 'state_media', 'family', 'outlet', 'document', 'other'] }, { name: 'location', label: 'Location' }],
  claim: [{ name: 'stance', label: 'Stance', options: ['asserts', 'denies', 'alleges'] }, { name: 'allegedFalse', label: 'Alleged false', kind: 'checkbox' }],
});

const PRECISION = (v: string) => (v.length === 10 ? 'day' : v.length === 7 ? 'month' : v.length === 4 ? 'year' : 'unknown');

function itemLabel(item: ReviewItem, text: string): string {
  const v = item.value as unknown as Record<string, any>;
  const words = (s: { start: number; end: number } | undefined) => (s ? `“${text.slice(s.start, s.end).slice(0, 60)}”` : '');
  switch (item.kind) {
    case 'event': return `${readable(String(v.type))} · ${v.modality}${v.date?.value ? ` · ${v.date.value}` : ''} ${words(v.trigger)}`;
    case 'actor': return `actor: ${v.name} (${v.kind})`;
    case 'place': return `place: ${v.name} (${v.level})`;
    case 'source': return `source: ${readable(String(v.kind))}${v.descriptor ? ` — ${v.descriptor}` : ''}`;
    case 'claim': return `claim (${v.stance}) ${words(v.content)}`;
  }
}

/** The offset in the report text of a point in the rendered text (marks keep every character). */
function textOffset(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function reviewPanel(view: ReportView, text: HTMLElement, signal: AbortSignal): HTMLElement {
  const items = [...view.items];
  let current = Math.max(0, items.findIndex((i) => i.review === 'proposed'));
  let vocab: Vocabulary | null = null;
  const progress = el('p', { class: 'review-progress', 'aria-live': 'polite' });
  const list = el('ol', { class: 'review-items', 'aria-label': 'Items to review' });
  const form = el('div', { class: 'review-form' });
  const status = el('div', { class: 'review-status', 'aria-live': 'assertive' });
  const help = el('dl', { class: 'review-keys', hidden: true }, ...KEYS.flatMap(([k, what]) => [el('dt', {}, el('kbd', {}, k)), el('dd', {}, what)]));

  function render(): void {
    const checked = items.filter((i) => i.review !== 'proposed').length;
    progress.textContent = `${checked} of ${items.length} items checked${checked === items.length ? ' — fully reviewed' : ''}`;
    mount(list, ...items.map((item, n) => el('li', {
      class: `review-item review-${item.review}${n === current ? ' current' : ''}${item.conflict ? ' conflict' : ''}`,
      'data-item': item.id, 'data-review': item.review, ...(n === current ? { 'aria-current': 'true' } : {}),
    }, el('span', { class: 'badge' }, STATE_LABEL[item.review]), ' ', itemLabel(item, view.report.text),
    item.conflict && item.proposal ? el('span', { class: 'meta' }, ` — re-extraction now proposes ${itemLabel({ ...item, value: item.proposal }, view.report.text)} (a keeps yours, p takes it)`) : null)));
    list.querySelector('.current')?.scrollIntoView({ block: 'nearest' });
    for (const m of text.querySelectorAll('mark.review-current')) m.classList.remove('review-current');
    const item = items[current];
    if (!item) return;
    const [kind, id] = [item.kind, item.id.slice(item.kind.length + 1)];
    const marks = text.querySelectorAll<HTMLElement>(`mark[data-id="${CSS.escape(id)}"]`);
    const own = [...marks].filter((m) => m.dataset.kind === kind || (kind === 'event' && m.dataset.kind === 'evidence'));
    for (const m of own) m.classList.add('review-current');
    own[0]?.scrollIntoView({ block: 'center' });
  }

  const move = (step: number) => { current = Math.min(items.length - 1, Math.max(0, current + step)); render(); };
  const nextUnchecked = () => {
    const after = items.findIndex((i, n) => n > current && i.review === 'proposed');
    const any = after >= 0 ? after : items.findIndex((i) => i.review === 'proposed');
    if (any >= 0) current = any;
    render();
  };

  async function decide(body: Record<string, unknown>, advance = true): Promise<void> {
    mount(status);
    try {
      const res = await send<{ item: ReviewItem | null }>('POST', `/api/reports/${encodeURIComponent(view.report.id)}/review`, body);
      if (res.item) {
        const at = items.findIndex((i) => i.id === res.item!.id);
        if (at >= 0) items[at] = res.item;
        else { items.push(res.item); current = items.length - 1; }
      }
      closeForm();
      if (advance) nextUnchecked(); else render();
    } catch (err) {
      mount(status, message(err instanceof Error ? err.message : 'The decision was not saved.', 'error'));
    }
  }

  function closeForm(): void {
    mount(form);
    list.focus({ preventScroll: true });
  }

  /** A small form: the first field is focused, Enter saves, Escape closes. */
  function openForm(title: string, fields: HTMLElement[], submit: () => void): void {
    const f = el('form', { class: 'review-edit' }, el('h3', {}, title), ...fields,
      el('div', { class: 'meta' }, 'Enter saves · Esc cancels'), el('button', { type: 'submit' }, 'Save'));
    f.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
    f.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); closeForm(); } });
    mount(form, f);
    f.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  const input = (f: Field, value: unknown) => {
    const id = `review-${f.name}`;
    const control = f.options
      ? el('select', { id, name: f.name }, ...f.options.map((o) => el('option', { value: o, selected: o === value }, readable(o))))
      : el('input', { id, name: f.name, ...(f.kind === 'checkbox' ? { type: 'checkbox', checked: value === true } : { type: f.kind === 'number' ? 'number' : 'text', value: value == null ? '' : String(value) }) });
    return el('label', { for: id }, f.label, control);
  };

  async function edit(): Promise<void> {
    const item = items[current];
    if (!item) return;
    vocab ??= await api.vocabulary();
    const v = item.value as unknown as Record<string, any>;
    const fields = KIND_FIELDS(vocab)[item.kind];
    const shown = (f: Field) => (f.name === 'date' ? v.date?.value : v[f.name]);
    openForm(`Correct ${item.kind}`, fields.map((f) => input(f, shown(f))), () => {
      const value: Record<string, unknown> = {};
      for (const f of fields) {
        const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${f.name}"]`)!;
        if (f.kind === 'checkbox') value[f.name] = (control as HTMLInputElement).checked;
        else if (f.kind === 'number') value[f.name] = control.value === '' ? null : Number(control.value);
        else if (f.name === 'date') value.date = { value: control.value.trim() || null, precision: PRECISION(control.value.trim()) };
        else value[f.name] = f.name === 'location' && control.value.trim() === '' ? null : control.value;
      }
      void decide({ item: item.id, action: 'correct', value });
    });
  }

  async function addFromSelection(): Promise<void> {
    const sel = getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !text.contains(sel.anchorNode)) {
      mount(status, message('Select words in the report text first, then press s.', 'error'));
      return;
    }
    const range = sel.getRangeAt(0);
    const start = textOffset(text, range.startContainer, range.startOffset);
    const end = textOffset(text, range.endContainer, range.endOffset);
    vocab ??= await api.vocabulary();
    const kinds = ['event', 'actor', 'place', 'source', 'claim'];
    openForm(`Add “${view.report.text.slice(start, end).slice(0, 60)}”`, [input({ name: 'kind', label: 'Kind', options: kinds }, 'event'), input({ name: 'type', label: 'Event type', options: vocab.eventTypes }, undefined)], () => {
      const kind = form.querySelector<HTMLSelectElement>('[name="kind"]')!.value;
      const type = form.querySelector<HTMLSelectElement>('[name="type"]')!.value;
      void decide({ action: 'add', value: { kind, start, end, ...(kind === 'event' ? { type } : {}) } }, false);
    });
  }

  function merge(): void {
    const item = items[current];
    if (!item || (item.kind !== 'actor' && item.kind !== 'place')) {
      mount(status, message('Only actors and places can be merged.', 'error'));
      return;
    }
    const others = items.filter((i) => i.kind === item.kind && i.id !== item.id && i.review !== 'rejected');
    const select = el('select', { id: 'review-into', name: 'into' }, ...others.map((o) => el('option', { value: o.id }, itemLabel(o, view.report.text))));
    openForm(`Merge ${itemLabel(item, view.report.text)} into`, [el('label', { for: 'review-into' }, 'Keep', select)], () => void decide({ item: item.id, action: 'merge', value: { into: select.value } }));
  }

  function note(): void {
    const item = items[current];
    if (!item) return;
    const box = el('input', { id: 'review-note', name: 'body', type: 'text', maxlength: 10000 });
    openForm('Private note (analysts and admins only)', [el('label', { for: 'review-note' }, 'Note', box)], () => void decide({ item: item.id, action: 'note', value: { body: box.value } }, false));
  }

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || target.closest('input, select, textarea, form')) return;
    const actions: Record<string, () => unknown> = {
      j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1), n: nextUnchecked,
      a: () => items[current] && decide({ item: items[current].id, action: 'accept' }),
      r: () => items[current] && decide({ item: items[current].id, action: 'reject' }),
      // a conflict: "a" keeps the decided value, "p" takes what re-extraction now proposes
      p: () => items[current]?.proposal && decide({ item: items[current].id, action: 'correct', value: items[current].proposal }),
      e: edit, s: addFromSelection, m: merge, t: note,
      '?': () => { help.hidden = !help.hidden; },
    };
    const act = actions[e.key];
    if (!act) return;
    e.preventDefault();
    void act();
  };
  document.addEventListener('keydown', onKey);
  signal.addEventListener('abort', () => document.removeEventListener('keydown', onKey));
  list.tabIndex = -1;
  render();
  return el('section', { class: 'review', 'aria-label': 'Review' },
    el('h2', {}, 'Review'),
    el('p', { class: 'meta' }, 'Keys: j/k move · a accept · r reject · e edit · s add selection · m merge · t note · p take new proposal · ? all keys'),
    progress, status, form, help, list);
}
