// One linking run over a workspace: reports in publication order, each first
// checked for being a copy, then its episode and background acts assigned to cases. Returns what
// changed so a store can write only that.
import { knownOutlet } from './corroboration/outlets.js';
import { indexFingerprint, matchText } from './duplicates/detect.js';
import type { Similarity } from './duplicates/compare.js';
import { assignStory, type Assignment } from './incidents/assign.js';
import { splitStory } from './incidents/story.js';
import { reportMeta, type LinkWorkspace } from './workspace.js';
import type { LinkEvent, LinkReport } from '../core/link-model.js';

export interface ReportLink {
  id: string;
  duplicateOf: string | null;
  similarity: Similarity | null;
}

export interface LinkRun {
  reports: ReportLink[];
  assignments: Assignment[];
  /** incidents whose members changed */
  touched: Set<string>;
}

/**
 * Of one day's reports (or undated ones), a known outlet's page comes before an
 * unknown site's and a page crediting no other outlet before one that does: the
 * first of two copies is taken for the original, and aggregators copy the same
 * day. Then by id, since stored order depends on which ingest worker finished first.
 */
const likelyCopy = (r: LinkReport) => (knownOutlet(r.outletKey) ? 0 : 1);
const byPublication = (a: LinkReport, b: LinkReport) => {
  const x = a.published ?? '9999', y = b.published ?? '9999';
  return x < y ? -1 : x > y ? 1 : likelyCopy(a) - likelyCopy(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
};

export function linkInto(ws: LinkWorkspace, reports: LinkReport[], onProgress?: (done: number) => void): LinkRun {
  const run: LinkRun = { reports: [], assignments: [], touched: new Set() };
  const ordered = [...reports].sort(byPublication);
  for (let n = 0; n < ordered.length; n++) {
    const r = ordered[n];
    if (ws.reports.has(r.id)) continue; // already linked: a run never links a report twice
    const { original: match, related: sharing } = matchText(ws, r.id, r.fingerprint);
    // Passages shared with the same outlet may be its own furniture (a standing paragraph, a footer), not the story.
    const related = sharing.filter((x) => r.outletKey === null || ws.reports.get(x.id)?.outletKey !== r.outletKey);
    ws.reports.set(r.id, reportMeta(r, match?.original ?? null));
    indexFingerprint(ws, r.id, r.fingerprint);
    run.reports.push({ id: r.id, duplicateOf: match?.original ?? null, similarity: match?.similarity ?? null });
    const story = splitStory(r.events);
    const groups: [LinkEvent[], boolean][] = [[story.episode, true], ...story.background.map((e): [LinkEvent[], boolean] => [[e], false])];
    for (const [group, episode] of groups) {
      for (const a of assignStory(ws, group, related, episode)) {
        run.assignments.push(a);
        run.touched.add(a.incidentId);
      }
    }
    if (onProgress && (n + 1) % 1000 === 0) onProgress(n + 1);
  }
  return run;
}
