// The casefile command. Each command lives in commands/ and keeps its top-level
// imports light, loading heavy modules (storage drivers, the web server) only when
// it runs, so `casefile extract` starts fast.
import { Command } from 'commander';
import { isCasefileError } from '../core/errors.js';
import { registerCommands } from './commands/index.js';
import { staleBuildHint } from './stale-build.js';

const program = new Command();
program
  .name('casefile')
  .description('Turn field reports about North Korea into a corroborated, searchable record of incidents.')
  .version('0.1.0')
  .showHelpAfterError();
registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const hint = staleBuildHint();
  if (isCasefileError(err)) {
    console.error(`casefile: ${err.message}${hint ? `\ncasefile: ${hint}` : ''}`);
    process.exit(2);
  }
  if (hint) console.error(`casefile: ${hint}`);
  throw err;
}
