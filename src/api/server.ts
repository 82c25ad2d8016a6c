// Runs the app on a local HTTP port. Resolves once it listens, with the address
// actually bound (port 0 picks a free one).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { CasefileError } from '../core/errors.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(opts: AppOptions & { host: string; port: number }): Promise<RunningServer> {
  const app = createApp(opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      const detail = err.code === 'EADDRINUSE' ? `port ${opts.port} is in use; choose another with --port`
        : err.code === 'EADDRNOTAVAIL' ? `${opts.host} is not an address of this machine` : err.message;
      reject(new CasefileError('E_CONFIG', detail, { where: `${opts.host}:${opts.port}`, cause: err }));
    });
  });
}
