// The incident API's shapes (type imports only: no server code reaches the browser).
import type { IncidentMember, IncidentRow, ReportLinks } from '../../src/store/incidents/port.js';
import type { Contradiction } from '../../src/core/link-model.js';

export type { IncidentRow, ReportLinks } from '../../src/store/incidents/port.js';

export interface IncidentView extends IncidentRow {
  members: IncidentMember[];
  reportList: { id: string; title: string; outlet: string | null; published: string | null; duplicateOf: string | null }[];
  timeline: { date: string; reportId: string; outlet: string | null; repost: boolean }[];
  sources: {
    independentSources: number;
    outlets: string[];
    witnesses: { outlet: string; refs: { reportId: string; sourceId: string | null; descriptor?: string }[] }[];
    chains: { reportId: string; from: string | null; to: string }[];
    reposts: { reportId: string; duplicateOf: string }[];
  };
  contradictions: Contradiction[];
}

export type ReportLinksView = ReportLinks & { linked: boolean };
