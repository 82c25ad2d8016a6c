// Accounts, for admins: who may sign in with which role; add, change or remove.
import '../review.css';
import { ApiError, get, send } from '../api.js';
import { el, message, mount } from '../dom.js';
import type { Route } from '../route.js';

interface UserRow { name: string; role: string; createdAt: string }

export async function usersView(main: HTMLElement, _route: Route, signal: AbortSignal): Promise<void> {
  const { items } = await get<{ items: UserRow[] }>('/api/users', {}, signal);
  const status = el('div', { 'aria-live': 'polite' });
  const failed = (err: unknown) => mount(status, message(err instanceof ApiError ? err.message : 'The change failed.', 'error'));
  const reload = () => usersView(main, _route, signal).catch(failed);
  const name = el('input', { id: 'user-name', name: 'name', required: true, autocomplete: 'off' });
  const role = el('select', { id: 'user-role', name: 'role' }, ...['viewer', 'analyst', 'admin'].map((r) => el('option', { value: r }, r)));
  const password = el('input', { id: 'user-password', name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 });
  const form = el('form', { class: 'filters' },
    el('label', { for: 'user-name' }, 'Name'), name, el('label', { for: 'user-role' }, 'Role'), role,
    el('label', { for: 'user-password' }, 'Password'), password, el('button', { type: 'submit' }, 'Add or change'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send('POST', '/api/users', { name: name.value, role: role.value, password: password.value }).then(reload, failed);
  });
  mount(main, el('section', {},
    el('h1', {}, 'Accounts'),
    el('p', { class: 'meta' }, 'Viewers read without source descriptors or notes; analysts review; admins also manage accounts and read the audit log.'),
    form, status,
    el('table', { class: 'audit' },
      el('thead', {}, el('tr', {}, ...['Name', 'Role', 'Since', ''].map((h) => el('th', {}, h)))),
      el('tbody', {}, ...items.map((u) => {
        const remove = el('button', { type: 'button' }, `Remove ${u.name}`);
        remove.addEventListener('click', () => { if (confirm(`Remove ${u.name}?`)) send('DELETE', `/api/users/${encodeURIComponent(u.name)}`).then(reload, failed); });
        return el('tr', {}, el('td', {}, u.name), el('td', {}, u.role), el('td', {}, u.createdAt.slice(0, 10)), el('td', {}, remove));
      })))));
}
