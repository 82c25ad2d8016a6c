// Runs stages over a Doc in order. The order is checked once, at construction: a stage
// may only read layers that an earlier stage assigns (spaCy's pipe analysis).
import { CasefileError } from '../core/errors.js';
import type { Doc, LayerName, Stage } from './doc.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, reportName?: string): Doc;
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<LayerName>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !assigned.has(layer));
    if (missing.length) {
      throw new CasefileError('E_PIPELINE_ORDER', `stage "${stage.name}" needs ${missing.join(', ')}`, { where: stage.name });
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
  return {
    stages,
    run(doc, reportName) {
      for (const stage of stages) {
        try {
          stage.run(doc);
        } catch (err) {
          const report = reportName ?? doc.title;
          const reason = err instanceof Error ? err.message : String(err);
          throw new CasefileError('E_STAGE', `stage "${stage.name}" failed on report "${report}": ${reason}`, { where: stage.name, cause: err });
        }
      }
      return doc;
    },
  };
}
