// Who is using the page: loaded once from GET /api/session. A 401 means the data
// folder has accounts and nobody is signed in: the login form is shown instead.
import { ApiError, get, send, setCsrf } from './api.js';
import type { Me } from './types.js';

let me: Me | null = null;

export const currentUser = () => me;

export const canReview = () => me !== null && me.role !== 'viewer';

/** The signed-in user, or null when a sign-in is needed. */
export async function loadSession(): Promise<Me | null> {
  try {
    me = await get<Me>('/api/session');
    setCsrf(me.csrf);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) me = null;
    else throw err;
  }
  return me;
}

export async function signIn(name: string, password: string): Promise<Me> {
  me = await send<Me>('POST', '/api/session', { name, password });
  setCsrf(me.csrf);
  return me;
}

export async function signOut(): Promise<void> {
  await send('DELETE', '/api/session');
  me = null;
}
