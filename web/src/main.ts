// The browser app: one view per hash route.
import './style.css';
import { ApiError } from './api.js';
import { message, mount } from './dom.js';
import { currentRoute, type Route } from './route.js';
import { eventsTable } from './views/events-table.js';
import { incidentList } from './views/incident-list.js';
import { incidentPage } from './views/incident-page.js';
import { reportList } from './views/report-list.js';
import { reportPage } from './views/report-page.js';

type View = (main: HTMLElement, route: Route, signal: AbortSignal) => Promise<void>;

function viewFor(route: Route): { view: View; nav: string } {
  if (route.path[0] === 'reports' && route.path[1]) return { view: reportPage, nav: 'reports' };
  if (route.path[0] === 'events') return { view: eventsTable, nav: 'events' };
  if (route.path[0] === 'incidents') return { view: route.path[1] ? incidentPage : incidentList, nav: 'incidents' };
  return { view: reportList, nav: 'reports' };
}

const main = document.getElementById('main')!;
let running: AbortController | null = null;

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
  void render().then(() => main.focus({ preventScroll: true }));
});
void render();
