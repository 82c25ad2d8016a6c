// Checks a report and its extraction before anything is written: the model's
// shape (zod), unique ids, references that resolve, spans inside the text.
import type { z } from 'zod';
import { CasefileError } from '../core/errors.js';
import { Extraction, Report, type Span } from '../core/model.js';

type Issue = string;

const zodIssues = (prefix: string, error: z.ZodError): Issue[] =>
  error.issues.map((i) => `${[prefix, ...i.path].join('.')}: ${i.message}`);

export function validateForSave(report: unknown, extraction: unknown): { report: Report; extraction: Extraction } {
  const r = Report.safeParse(report);
  const x = Extraction.safeParse(extraction);
  const issues = [...(r.success ? [] : zodIssues('report', r.error)), ...(x.success ? [] : zodIssues('extraction', x.error))];
  if (r.success && x.success) issues.push(...consistencyIssues(r.data.text.length, x.data));
  refuse(report, issues);
  return { report: r.data!, extraction: x.data! };
}

/**
 * validateForSave without the schema pass, for a report and extraction made by
 * Casefile's own code (typed, and checked against the schema by their tests): zod
 * over an extraction cost an ingest thread a sixth of extracting it. The ids,
 * references and spans are still checked.
 */
export function validateOwn(report: Report, extraction: Extraction): { report: Report; extraction: Extraction } {
  refuse(report, consistencyIssues(report.text.length, extraction));
  return { report, extraction };
}

function refuse(report: unknown, issues: Issue[]): void {
  if (issues.length === 0) return;
  const id = typeof (report as { id?: unknown })?.id === 'string' ? (report as { id: string }).id : 'report';
  const shown = issues.slice(0, 10).join('; ') + (issues.length > 10 ? `; and ${issues.length - 10} more` : '');
  throw new CasefileError('E_VALIDATION', shown, { where: id });
}

function consistencyIssues(textLength: number, x: Extraction): Issue[] {
  const issues: Issue[] = [];
  const ids = (kind: string, items: { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) issues.push(`extraction.${kind}.${i}.id: duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const actors = ids('actors', x.actors);
  const sources = ids('sources', x.sources);
  const claims = ids('claims', x.claims);
  ids('places', x.places);
  ids('events', x.events);

  const span = (path: string, s: Span) => {
    if (s.end > textLength) issues.push(`${path}: span [${s.start}, ${s.end}) runs past the text (length ${textLength})`);
  };
  const ref = (path: string, set: Set<string>, id: string, what: string) => {
    if (!set.has(id)) issues.push(`${path}: no ${what} with id "${id}"`);
  };
  x.events.forEach((e, i) => {
    const at = `extraction.events.${i}`;
    span(`${at}.trigger`, e.trigger);
    span(`${at}.evidence`, e.evidence);
    e.participants.forEach((p, j) => ref(`${at}.participants.${j}.actorId`, actors, p.actorId, 'actor'));
    e.sources.forEach((s, j) => ref(`${at}.sources.${j}`, sources, s, 'source'));
  });
  x.claims.forEach((c, i) => {
    const at = `extraction.claims.${i}`;
    span(`${at}.content`, c.content);
    span(`${at}.evidence`, c.evidence);
    if (c.speaker && 'sourceId' in c.speaker) ref(`${at}.speaker.sourceId`, sources, c.speaker.sourceId, 'source');
    if (c.speaker && 'actorId' in c.speaker) ref(`${at}.speaker.actorId`, actors, c.speaker.actorId, 'actor');
    c.contestedWith.forEach((id, j) => ref(`${at}.contestedWith.${j}`, claims, id, 'claim'));
  });
  for (const [kind, items] of [['actors', x.actors], ['places', x.places], ['sources', x.sources]] as const) {
    items.forEach((item, i) => item.mentions.forEach((m, j) => span(`extraction.${kind}.${i}.mentions.${j}`, m)));
  }
  return issues;
}
