// The browser app: one view per hash route.
import './style.css';
import { ApiError } from './api.js';
import { el, message, mount } from './dom.js';
import { exploreMap } from './explore/map.js';
import { exploreNetwork } from './explore/network.js';
import { exploreTable } from './explore/table.js';
import { exploreTimeline } from './explore/timeline.js';
import { currentRoute, type Route } from './route.js';
import { eventsTable } from './views/events-table.js';
import { incidentList } from './views/incident-list.js';
import { incidentPage } from './views/incident-page.js';
import { reportList } from './views/report-list.js';
import { reportPage } from './views/report-page.js';

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
  const explore: Record<string, View> = { explore: exploreTable, map: exploreMap, timeline: exploreTimeline, network: exploreNetwork };
  if (explore[first] && !second) return { view: explore[first], nav: 'explore' };
  return { view: notFound, nav: '' };
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
