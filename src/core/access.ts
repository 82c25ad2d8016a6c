// Who may read sensitive fields (design.md: roles admin, analyst, viewer). The
// one place where source descriptors are withheld: the API and public exports
// both pass what they hand out through these functions.
import type { Extraction, Report, Source, Span } from './model.js';

export const ACCESS_ROLES = ['admin', 'analyst', 'viewer'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

export const maySeeSourceDescriptors = (role: AccessRole): boolean => role !== 'viewer';

/** Reviewers' notes are as sensitive as source descriptors. */
export const maySeeNotes = maySeeSourceDescriptors;

const RANK: Record<AccessRole, number> = { viewer: 1, analyst: 2, admin: 3 };

/** admin > analyst > viewer: each role may do what the roles below it may. */
export const roleAtLeast = (role: AccessRole, needed: AccessRole): boolean => RANK[role] >= RANK[needed];

/** A source as handed out: the descriptor is absent when the role may not see it. */
export type SourceView = Omit<Source, 'descriptor'> & { descriptor?: string };

export function redactSource<S extends { descriptor: string }>(source: S, role: AccessRole): Omit<S, 'descriptor'> & { descriptor?: string } {
  if (maySeeSourceDescriptors(role)) return source;
  const { descriptor: _withheld, ...rest } = source;
  return rest;
}

// The descriptor phrase also stands in the report text; masking it character for
// character keeps every evidence offset valid.
const MASK = '\u2588';

/**
 * A run of a report's text that starts at offset `offset` (the whole text, or an
 * excerpt such as an event's evidence) as a viewer reads it: every character of
 * the sources' mention spans masked.
 */
export function maskMentions(text: string, mentions: readonly Span[], offset = 0): string {
  const spans = [...mentions].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    const from = Math.max(span.start - offset, at);
    const to = Math.min(span.end - offset, text.length);
    if (to <= from) continue;
    out += text.slice(at, from) + MASK.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

export function redactReport(report: Report, extraction: Extraction, role: AccessRole): { report: Report; extraction: Omit<Extraction, 'sources'> & { sources: SourceView[] } } {
  if (maySeeSourceDescriptors(role)) return { report, extraction };
  return {
    report: { ...report, text: maskMentions(report.text, extraction.sources.flatMap((s) => s.mentions)) },
    extraction: { ...extraction, sources: extraction.sources.map((s) => redactSource(s, role)) },
  };
}
