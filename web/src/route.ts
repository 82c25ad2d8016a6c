// Hash routes: #/ (reports), #/reports/ID?event=EID, #/events?type=...
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function currentRoute(hash = location.hash): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(query) };
}

export function href(path: string[], query: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
  const tail = q.size > 0 ? `?${q}` : '';
  return `#/${path.map(encodeURIComponent).join('/')}${tail}`;
}

/** Changes the address without running the router again (state already shown). */
export function replaceRoute(to: string): void {
  history.replaceState(null, '', to);
}
