// Extractors are pluggable: the built-in offline pipeline is the default; others
// (a language model behind an OpenAI-compatible endpoint) implement the same
// interface and are validated against the same schema.
import type { Extraction } from '../core/model.js';

export interface ExtractInput {
  /** normalised text: every span in the result points into it */
  text: string;
  title: string;
  outlet: string | null;
  published: string | null;
  language: string;
}

export interface Extractor {
  readonly name: string;
  extract(input: ExtractInput): Promise<Extraction>;
}
