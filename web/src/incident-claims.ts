// Who said a claim, in words a page can show: the actor's name, the source's
// descriptor where the reader's role may see it, else the source's kind ("an
// anonymous insider"), else "the report itself".
import type { ReportView } from './types.js';
import { readable } from './labels.js';

type Claim = ReportView['extraction']['claims'][number];

/** A claim's speaker (or a source an act rests on) in words. */
export function speakerOf(sp: Claim['speaker'], extraction: ReportView['extraction']): string {
  if (sp && 'actorId' in sp) return extraction.actors.find((a) => a.id === sp.actorId)?.name ?? 'an unnamed speaker';
  if (sp && 'sourceId' in sp) {
    const s = extraction.sources.find((x) => x.id === sp.sourceId);
    return s?.descriptor ?? (s ? `a source (${readable(s.kind)})` : 'a source');
  }
  return 'the report itself';
}

/** "speaker: “what they said”" for a claim of a report. */
export function quoted(claim: Claim, view: ReportView): { speaker: string; quote: string } {
  return { speaker: speakerOf(claim.speaker, view.extraction), quote: view.report.text.slice(claim.content.start, claim.content.end) };
}
