// What the model is asked to answer, as a zod schema: the same schema is shown to
// the model (as JSON Schema) and checks its answer, so prompt and validation never
// drift apart. Every item quotes its evidence; offsets are found by Casefile, never
// taken from the model.
import { z } from 'zod';
import { ActorKind, EventDate, EventType, Modality, PlaceLevel, Role, SourceKind, Stance } from '../../core/model.js';
import { CasefileError } from '../../core/errors.js';

const Quote = z.string().min(1).describe('text copied verbatim from the report');
const Ref = z.string().min(1);

export const AnswerPlace = z.object({
  id: Ref.describe('your id for this place, e.g. "p1"'),
  name: z.string().min(1).describe('the place name in English'),
  level: PlaceLevel,
  country: z.string().nullable().default(null),
  mentions: z.array(Quote).min(1).describe('each way the report names this place, verbatim'),
});

export const AnswerActor = z.object({
  id: Ref.describe('your id for this actor, e.g. "a1"'),
  name: z.string().min(1).describe('full name of an organisation or named person; for an unnamed person, the role description'),
  kind: ActorKind,
  mentions: z.array(Quote).min(1).describe('each way the report names this actor, verbatim'),
});

export const AnswerSource = z.object({
  id: Ref.describe('your id for this source, e.g. "s1"'),
  descriptor: Quote.describe('the phrase describing who told the outlet, verbatim'),
  location: z.string().nullable().default(null),
  kind: SourceKind,
  mentions: z.array(Quote).default([]).describe('later references to this source ("the source"), verbatim'),
});

export const AnswerEvent = z.object({
  type: EventType,
  modality: Modality,
  trigger: Quote.describe('the word or phrase naming the event, verbatim, inside evidence'),
  evidence: Quote.describe('the sentence or clause stating the event, verbatim'),
  date: EventDate.default({ value: null, precision: 'unknown' }),
  places: z.array(Ref).default([]).describe('ids of places'),
  participants: z.array(z.object({ actor: Ref.describe('id of an actor'), role: Role })).default([]),
  count: z.number().int().positive().nullable().default(null),
  sources: z.array(Ref).default([]).describe('ids of the sources this event rests on'),
});

export const AnswerClaim = z.object({
  id: Ref.describe('your id for this claim, e.g. "c1"'),
  speaker: Ref.nullable().default(null).describe('id of the source or actor who says it'),
  content: Quote.describe('what is claimed, verbatim'),
  evidence: Quote.optional().describe('the sentence with the claim and who says it, verbatim'),
  stance: Stance,
  allegedFalse: z.boolean().default(false),
  contestedWith: z.array(Ref).default([]).describe('ids of claims that cannot both be true with this one'),
});

export const Answer = z.object({
  places: z.array(AnswerPlace).default([]),
  actors: z.array(AnswerActor).default([]),
  sources: z.array(AnswerSource).default([]),
  events: z.array(AnswerEvent).default([]),
  claims: z.array(AnswerClaim).default([]),
});
export type Answer = z.infer<typeof Answer>;

/** The JSON Schema shown to the model. */
export const answerJsonSchema = (): unknown => z.toJSONSchema(Answer, { io: 'input' });

// Models often wrap JSON in a Markdown fence or add a sentence before it.
const FENCE = /```(?:json)?\s*\n?([\s\S]*?)```/i;

/** Parses and validates a model's reply; throws CasefileError naming what was wrong. */
export function parseAnswer(content: string): Answer {
  const fenced = FENCE.exec(content);
  let body = (fenced ? fenced[1] : content).trim();
  if (!body.startsWith('{')) {
    const open = body.indexOf('{');
    const close = body.lastIndexOf('}');
    if (open >= 0 && close > open) body = body.slice(open, close + 1);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new CasefileError('E_READ_JSON', `the model's answer is not JSON (${(err as Error).message})`, { where: 'llm answer', cause: err });
  }
  const parsed = Answer.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first.path.join('.') || '(root)';
    throw new CasefileError('E_VALIDATION', `the model's answer does not fit the schema at ${path}: ${first.message}`, { where: 'llm answer' });
  }
  return parsed.data;
}
