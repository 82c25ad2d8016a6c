// The document that flows through the extraction stages. Each stage reads some
// layers and writes its own (spaCy's Doc and named span groups): every mention is
// a span into `text`, never a copy of it.
import type { Furniture } from './furniture/detect.js';
import type { EventDate, EventType, Modality, PlaceLevel, Role, SourceKind, Span, Stance, ActorKind } from '../core/model.js';

export interface PlaceMention {
  span: Span;
  /** gazetteer id */
  placeId: string;
  name: string;
  level: PlaceLevel;
  /** "Pyongyang dispatched agents": the name stands for a government, not a place */
  metonymy: boolean;
}

export interface ActorMention {
  span: Span;
  kind: ActorKind;
  /** canon id for organisations and known people, null for role actors */
  canonId: string | null;
  /** canonical name, or the role description for role actors */
  name: string;
  placeId: string | null;
  /** people counted in a role actor ("three Party cadres" -> 3) */
  count: number | null;
}

export interface DateMention {
  span: Span;
  date: EventDate;
  /** 'speech' marks the day a source told the outlet, 'page' a date standing alone on a line of the page (its publication or update stamp): neither is an event date */
  use: 'event' | 'speech' | 'page';
}

export interface CountMention {
  span: Span;
  value: number;
  approximate: boolean;
}

export interface SourceMention {
  span: Span;
  /** mentions of the same source share a key ("the source", "he said" point back) */
  key: string;
  descriptor: string;
  location: string | null;
  placeId: string | null;
  kind: SourceKind;
}

export interface EventMention {
  type: EventType;
  modality: Modality;
  trigger: Span;
  /** the sentence or clause that carries the event */
  evidence: Span;
  date: EventDate;
  placeIds: string[];
  participants: { actorIndex: number; role: Role }[];
  count: number | null;
  sourceKeys: string[];
}

export interface ClaimMention {
  content: Span;
  evidence: Span;
  speaker: { sourceKey: string } | { actorIndex: number } | null;
  stance: Stance;
  allegedFalse: boolean;
  /** indexes into the claims layer */
  contestedWith: number[];
}

export interface Layers {
  /** page furniture (bylines, captions, navigation): blanked in `text`, so no later stage reads it */
  furniture: Furniture[];
  sentences: Span[];
  places: PlaceMention[];
  /** places a photo caption names: places of the page, never an event's */
  captionPlaces: PlaceMention[];
  actors: ActorMention[];
  dates: DateMention[];
  counts: CountMention[];
  sources: SourceMention[];
  events: EventMention[];
  claims: ClaimMention[];
}
export type LayerName = keyof Layers;

export interface Doc {
  /** the report's words: the page with its furniture blanked (same offsets) */
  text: string;
  /** the page as read, furniture included, once the furniture stage has blanked `text` */
  page?: string;
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD; relative dates resolve against it */
  published: string | null;
  layers: Partial<Layers>;
}

/** A stage declares what it reads and writes so the pipeline can check its order. */
export interface Stage {
  name: string;
  requires: readonly LayerName[];
  assigns: readonly LayerName[];
  run(doc: Doc): void;
}
