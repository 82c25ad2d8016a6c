import type { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerExtract } from './extract.js';
import { registerServe } from './serve.js';
import { registerExport } from './export.js';
import { registerLink } from './link.js';
import { registerBackup } from './backup.js';

export function registerCommands(program: Command): void {
  registerIngest(program);
  registerExtract(program);
  registerLink(program);
  registerServe(program);
  registerExport(program);
  registerBackup(program);
}
