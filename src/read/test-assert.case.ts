// Shared assertion for the reader tests: a promise fails with a CasefileError of
// this code whose message names what the test expects (the file, the item, the reason).
import assert from 'node:assert/strict';
import { CasefileError, type ErrorCode } from '../core/errors.js';

export async function rejectsWith(promise: Promise<unknown>, code: ErrorCode, ...mentions: string[]): Promise<CasefileError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof CasefileError, `expected a CasefileError ${code}, got ${caught === undefined ? 'success' : String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  for (const m of mentions) assert.ok(caught.message.includes(m), `"${caught.message}" should mention "${m}"`);
  return caught;
}
