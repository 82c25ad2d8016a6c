// Sensitive words inside JSON columns: a review decision's value and basis (a source
// item carries its descriptor, a note its body) and the audit log's before and after
// (the same values, and request bodies). In a protected store each string under one
// of these keys is sealed in place; the rest of the JSON stays readable, so the
// review queue, history and audit work without the key.
import type { Protection } from './protection.js';

const SENSITIVE = new Set(['descriptor', 'body']);

function walk(value: unknown, change: (s: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, change));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE.has(k) && typeof v === 'string' ? change(v) : walk(v, change)]));
}

export const sealJson = (value: unknown, p: Protection, context: string): unknown =>
  p.state === 'off' ? value : walk(value, (s) => p.sealText(s, context));

export const openJson = (value: unknown, p: Protection, context: string): unknown =>
  p.state === 'off' ? value : walk(value, (s) => p.openText(s, context));

/** The same over a column holding JSON text (null stays null). */
export const sealJsonText = (text: string | null, p: Protection, context: string): string | null =>
  text === null || p.state === 'off' ? text : JSON.stringify(sealJson(JSON.parse(text), p, context));

export const openJsonText = (text: string | null, p: Protection, context: string): string | null =>
  text === null || p.state === 'off' ? text : JSON.stringify(openJson(JSON.parse(text), p, context));
