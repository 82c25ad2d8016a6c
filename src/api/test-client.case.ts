// How tests call the API as a browser on the page would: a state change carries the
// CSRF token the session (or the local user) was given, and the session cookie.
import type { Hono } from 'hono';

export interface Client {
  cookie?: string;
  csrf: string;
}

/** The local user of a folder without accounts (no cookie, token from GET /api/session). */
export async function localClient(app: Hono): Promise<Client> {
  const res = await app.request('/api/session');
  if (res.status !== 200) throw new Error(`GET /api/session answered ${res.status}`);
  return { csrf: ((await res.json()) as { csrf: string }).csrf };
}

/** Signs in; fails loudly when the server refuses. */
export async function signIn(app: Hono, name: string, password: string): Promise<Client> {
  const res = await app.request('/api/session', { method: 'POST', body: JSON.stringify({ name, password }), headers: { 'content-type': 'application/json' } });
  if (res.status !== 200) throw new Error(`sign-in as ${name} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrf: ((await res.json()) as { csrf: string }).csrf };
}

export function call(app: Hono, client: Client | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headers: { 'content-type': 'application/json', ...(client?.cookie ? { cookie: client.cookie } : {}), ...(client ? { 'x-csrf-token': client.csrf } : {}), ...headers },
  }));
}
