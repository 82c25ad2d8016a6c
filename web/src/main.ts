// The browser app: one view per hash route.
import './style.css';
import { ApiError } from './api.js';
import { el, message, mount } from './dom.js';
import { exploreMap } from './explore/map.js';
import { exploreNetwork } from './explore/network.js';
import { exploreTable } from './explore/table.js';
import { exploreTimeline } from './explore/timeline.js';
import { currentRoute, type Route } from './route.js';
import { actorView, placeView, sourceView } from './views/entity-pages.js';
import { eventsTable } from './views/events-table.js';
import { incidentList } from './views/incident-list.js';
import { incidentPage } from './views/incident-page.js';
import { reportList } from './views/report-list.js';
import { reportPage } from './views/report-page.js';
import { canReview, currentUser, loadSession, signOut } from './session.js';
import { auditLog } from './views/audit-log.js';
import { loginView } from './views/login.js';
import { reviewQueue } from './views/review-queue.js';
import { usersView } from './views/users.js';

type View = (main: HTMLElement, route: Route, signal: AbortSignal) => Promise<void>;

const notFound: View = async (main, route) => {
  mount(main, el('h1', {}, 'Not found'), message(`There is no page at #/${route.path.join('/')}.`), el('p', {}, el('a', { href: '#/' }, 'Go to the reports')));
};

function viewFor(route: Route): { view: View; nav: string } {
  const [first, second] = route.path;
  if (first === undefined || (first === 'reports' && !second)) return { view: reportList, nav: 'reports' };
  if (first === 'reports') return { view: reportPage, nav: 'reports' };
  if (first === 'events') return { view: eventsTable, nav: 'events' };
  if (first === 'incidents') return { view: second ? incidentPage : incidentList, nav: 'incidents' };
  if (first === 'review') return { view: reviewQueue, nav: 'review' };
  if (first === 'audit') return { view: auditLog, nav: 'audit' };
  if (first === 'users') return { view: usersView, nav: 'users' };
  if (first === 'actor' && second && route.path.length === 2) return { view: actorView, nav: 'explore' };
  if (first === 'place' && second && route.path.length === 2) return { view: placeView, nav: 'explore' };
  if (first === 'source' && second && route.path.length === 3) return { view: sourceView, nav: 'explore' };
  const explore: Record<string, View> = { explore: exploreTable, map: exploreMap, timeline: exploreTimeline, network: exploreNetwork };
  if (explore[first] && !second) return { view: explore[first], nav: 'explore' };
  return { view: notFound, nav: '' };
}

const main = document.getElementById('main')!;
let running: AbortController | null = null;

/** Who is signed in, in the header; nav links for what the role may open. */
function account(): void {
  const me = currentUser();
  const nav = document.querySelector('.top nav')!;
  for (const a of nav.querySelectorAll('[data-role-link]')) a.remove();
  if (canReview()) nav.append(el('a', { href: '#/review', 'data-nav': 'review', 'data-role-link': true }, 'Review'));
  if (me?.role === 'admin') {
    nav.append(el('a', { href: '#/audit', 'data-nav': 'audit', 'data-role-link': true }, 'Audit'));
    nav.append(el('a', { href: '#/users', 'data-nav': 'users', 'data-role-link': true }, 'Accounts'));
  }
  const box = document.getElementById('account') ?? document.querySelector('.top')!.appendChild(el('div', { id: 'account', class: 'account' }));
  if (!me) return mount(box);
  if (me.local) return mount(box, el('span', { title: 'No account exists in this data folder: only this machine can open it. Add accounts with casefile user add.' }, 'Single user on this machine (no accounts yet)'));
  const out = el('button', { type: 'button' }, 'Sign out');
  out.addEventListener('click', () => void signOut().then(start));
  mount(box, `${me.name} (${me.role}) `, out);
}

async function start(): Promise<void> {
  if (!(await loadSession())) {
    account();
    loginView(main, () => void start());
    return;
  }
  account();
  await render();
}

async function render(): Promise<void> {
  running?.abort();
  const controller = (running = new AbortController());
  const route = currentRoute();
  const { view, nav } = viewFor(route);
  for (const a of document.querySelectorAll<HTMLElement>('[data-nav]')) {
    if (a.dataset.nav === nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  try {
    await view(main, route, controller.signal);
  } catch (err) {
    if (controller.signal.aborted) return;
    if (err instanceof ApiError && err.status === 401) return void start();
    const text = err instanceof ApiError ? err.message : 'Something went wrong while loading this page.';
    mount(main, message(text, 'error'));
    if (!(err instanceof ApiError)) console.error(err);
  }
}

// the skip link must not change the hash: that is the router's
document.querySelector('.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => {
  if (currentUser()) void render().then(() => main.focus({ preventScroll: true }));
});
void start();
