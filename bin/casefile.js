#!/usr/bin/env node
// Runs the compiled CLI; `npm install` builds dist/ through the prepare script.
import { existsSync } from 'node:fs';
const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('casefile: dist/ is missing; run `npm run build` in the project folder first');
  process.exit(1);
}
await import(main.href);
