// Response headers that keep the page on this machine: the Content-Security-Policy
// allows this origin only (no CDN, no external fonts), and Trusted Types forbid
// HTML string sinks such as innerHTML, so report text can only ever be text.
// One Trusted Types policy may exist, `maplibre`: the map starts its worker from
// a script URL, and that policy admits only URLs of this origin (and no HTML).
// The worker file is served from this origin, so worker-src needs no blob:.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const SELF = ["'self'"];

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: SELF,
      scriptSrc: SELF,
      styleSrc: SELF,
      imgSrc: [...SELF, 'data:'],
      fontSrc: SELF,
      connectSrc: SELF,
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: SELF,
      frameAncestors: ["'none'"],
      requireTrustedTypesFor: ["'script'"],
      trustedTypes: ['maplibre'],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: false,
  });

/**
 * Refuses requests addressed to another host name (DNS rebinding: a page whose
 * name resolves to 127.0.0.1 would otherwise be same-origin with Casefile).
 * `hosts` is filled once the server knows its port.
 */
export function hostCheck(hosts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!hosts.includes(host)) {
      return c.json({ error: { code: 'E_FORBIDDEN', message: `requests for host "${host}" are refused; this server answers to ${hosts.join(', ')}`, where: 'Host' } }, 403);
    }
    await next();
  };
}

/**
 * State changes only from this origin: a browser's Origin header (or Sec-Fetch-Site)
 * must name this server. Requests without either come from no browser (curl, scripts)
 * and still need the CSRF token.
 */
export function sameOriginCheck(): MiddlewareHandler {
  return async (c, next) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const own = new URL(c.req.url).host;
      const host = c.req.header('host') ?? own;
      const foreign = (origin !== undefined && origin !== 'null' && hostOf(origin) !== host.toLowerCase()) || origin === 'null'
        || (site !== undefined && site !== 'same-origin' && site !== 'none');
      if (foreign) {
        return c.json({ error: { code: 'E_FORBIDDEN', message: 'state changes are accepted from this site only', where: 'Origin' } }, 403);
      }
    }
    await next();
  };
}

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return '';
  }
};
