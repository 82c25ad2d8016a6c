// An extractor named by module and export, so a worker thread can load its own copy.
import type { Extractor } from '../extract/extractor.js';

export interface ExtractorFactory {
  /** module URL or specifier */
  module: string;
  /** name of an exported function returning an Extractor (or a promise of one) */
  name: string;
}

const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';

/** The built-in offline extractor. */
export const BUILTIN_EXTRACTOR: ExtractorFactory = {
  module: new URL(`../extract/builtin.${ext}`, import.meta.url).href,
  name: 'createBuiltinExtractor',
};

export async function loadExtractor(factory: ExtractorFactory): Promise<Extractor> {
  const mod = (await import(factory.module)) as Record<string, unknown>;
  const create = mod[factory.name];
  if (typeof create !== 'function') throw new Error(`${factory.module} exports no function ${factory.name}`);
  return (await create()) as Extractor;
}
