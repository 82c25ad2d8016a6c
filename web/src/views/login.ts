// The sign-in form, shown when the data folder has accounts and nobody is signed in.
import '../review.css';
import { ApiError } from '../api.js';
import { el, message, mount } from '../dom.js';
import { signIn } from '../session.js';

export function loginView(main: HTMLElement, done: () => void): void {
  const name = el('input', { id: 'login-name', name: 'name', autocomplete: 'username', required: true });
  const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = el('div', { 'aria-live': 'polite' });
  const form = el('form', { class: 'login' },
    el('h1', {}, 'Sign in to Casefile'),
    el('label', { for: 'login-name' }, 'Name'), name,
    el('label', { for: 'login-password' }, 'Password'), password,
    el('button', { type: 'submit' }, 'Sign in'),
    status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    signIn(name.value, password.value).then(done, (err: unknown) => {
      mount(status, message(err instanceof ApiError ? err.message : 'Signing in failed.', 'error'));
      password.select();
    });
  });
  mount(main, form);
  name.focus();
}
