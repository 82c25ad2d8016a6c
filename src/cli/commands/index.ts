import type { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerExtract } from './extract.js';
import { registerServe } from './serve.js';
import { registerExport } from './export.js';
import { registerLink } from './link.js';
import { registerUser } from './user.js';
import { registerAudit } from './audit.js';
import { registerWorker } from './worker.js';
import { registerJobs } from './jobs.js';
import { registerFeed } from './feed.js';
import { registerBackup } from './backup.js';
import { registerKey } from './key.js';

export function registerCommands(program: Command): void {
  registerIngest(program);
  registerExtract(program);
  registerLink(program);
  registerServe(program);
  registerExport(program);
  registerUser(program);
  registerAudit(program);
  registerWorker(program);
  registerJobs(program);
  registerFeed(program);
  registerBackup(program);
  registerKey(program);
}
