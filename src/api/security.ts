// Response headers that keep the page on this machine: the Content-Security-Policy
// allows this origin only (no CDN, no external fonts), and Trusted Types forbid
// HTML string sinks such as innerHTML, so report text can only ever be text.
// One Trusted Types policy may exist, `maplibre`: the map starts its worker from
// a script URL, and that policy admits only URLs of this origin (and no HTML).
// The worker file is served from this origin, so worker-src needs no blob:.
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
