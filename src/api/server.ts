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

const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

export const isLoopback = (host: string) => LOOPBACK.includes(host.toLowerCase());

/** The Host header values a server on host:port answers to: its own name, loopback's names, and any the user adds. */
export function allowedHosts(host: string, port: number, extra: readonly string[] = []): string[] {
  const names = isLoopback(host) ? ['127.0.0.1', 'localhost', '[::1]'] : [host.includes(':') ? `[${host}]` : host];
  return [...names.map((n) => `${n}:${port}`.toLowerCase()), ...extra.map((h) => h.toLowerCase())];
}

export async function startServer(opts: AppOptions & { host: string; port: number; allowHosts?: string[] }): Promise<RunningServer> {
  const loopback = isLoopback(opts.host);
  // Without an account, anyone who reaches the port would be the local user: only this machine may.
  if (!loopback && (await opts.store.users.count()) === 0) {
    throw new CasefileError('E_CONFIG', `no account exists yet, so Casefile listens on 127.0.0.1 only; create one first with \`casefile user add NAME --role admin\``, { where: `--host ${opts.host}` });
  }
  const hosts: string[] = [];
  const app = createApp({ ...opts, hosts, loopback });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      hosts.push(...allowedHosts(opts.host, info.port, opts.allowHosts));
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
