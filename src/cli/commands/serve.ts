// casefile serve: the web UI and JSON API on this machine (127.0.0.1 unless told
// otherwise). Heavy modules load inside the action.
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import type { Config } from '../../core/config.js';
import type { Store } from '../../store/port.js';

interface ServeFlags {
  host: string;
  port: number;
  data?: string;
  demo?: boolean;
  allowHost: string[];
}

// The same three levels up from src/cli/commands (tsx) and dist/cli/commands (built).
const packageDir = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and JSON API on this machine')
    .option('--host <host>', 'address to listen on; anything but 127.0.0.1 exposes the data to the network', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', portNumber, 4317)
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .option('--demo', 'first store the illustrative demo reports that come with Casefile')
    .option('--allow-host <name...>', 'also answer requests for this host name (NAME:PORT, e.g. behind a reverse proxy); others are refused', [])
    .action(runServe);
}

// Ingest is idempotent: a second --demo run finds the reports present.
// Linking takes the store lock ingest and link take, so it waits for theirs.
async function loadDemo(store: Store, config: Config): Promise<void> {
  const [{ ingestDemo }, { linkStore }, { withStoreLock, waitNotice }] = await Promise.all([import('../../ingest/demo.js'), import('../../link/link-store.js'), import('../../store/lock.js')]);
  const summary = await ingestDemo(store, undefined, { knowledgeDir: config.knowledgeDir });
  const linked = await withStoreLock(config, 'link', () => linkStore(store, { knowledgeDir: config.knowledgeDir }), waitNotice('linking'));
  console.error(`casefile: demo reports: ${summary.stored} stored, ${summary.present} already present, ${linked.reports} linked`);
}

async function runServe(flags: ServeFlags): Promise<void> {
  const [{ loadConfig }, { openStore }, { startServer }] = await Promise.all([
    import('../../core/config.js'),
    import('../../store/open.js'),
    import('../../api/server.js'),
  ]);
  const config = loadConfig({ dataDir: flags.data });
  const store = await openStore(config);
  try {
    if (flags.demo) await loadDemo(store, config);
    if (store.protection !== 'off') console.error(`casefile: ${(await import('./key.js')).describeProtection(store.protection)}`);
    const server = await startServer({ store, webRoot: packageDir('web/dist'), host: flags.host, port: flags.port, knowledgeDir: config.knowledgeDir, allowHosts: flags.allowHost });
    if (!['127.0.0.1', '::1', 'localhost'].includes(flags.host)) {
      console.error(`casefile: warning: listening on ${flags.host} makes the reports reachable from other machines`);
    }
    console.log(`Casefile is running at ${server.url}`);
    if ((await store.users.count()) === 0) console.log('No account yet: this machine\'s single user opens it without signing in. Add accounts with `casefile user add NAME --role admin`.');
    const stop = () => {
      void server.close().then(() => store.close()).then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (err) {
    await store.close();
    throw err;
  }
}
