// The instructions sent to the model: the ontology (from the model's own constants,
// so a new type or role reaches the prompt) and the JSON Schema of the answer.
import { EVENT_TYPES, MODALITIES, ROLES, SOURCE_KINDS, STANCES, type EventType } from '../../core/model.js';
import type { ExtractInput } from '../extractor.js';
import { answerJsonSchema } from './answer.js';

// Typed as a record over EventType so a type added to the model fails to compile here.
const EVENT_MEANINGS: Record<EventType, string> = {
  DEFECTION: 'a North Korean leaves the country or abandons a post abroad without leave, including attempts',
  PURSUIT: 'agents sent or working to locate, track or capture people',
  ARREST: 'anyone detained or apprehended by any authority',
  REPATRIATION: 'North Koreans forcibly returned from abroad, or their return demanded',
  PUNISHMENT: 'a sanction on an individual: sentence, labour camp, execution, dismissal, expulsion, confiscation',
  COLLECTIVE_PUNISHMENT: "family members or associates punished or arrested for someone else's act",
  SURVEILLANCE: 'monitoring, informants, whereabouts checks, crackdowns, inspections aimed at control',
  SMUGGLING: 'illicit cross-border movement of goods or people for money',
  CORRUPTION: 'bribery, embezzlement, extortion, abuse of office for gain',
  FABRICATION: 'forged documents, fabricated testimony, false accusation, scapegoating',
  INVESTIGATION: 'a formal inquiry by prosecutors, security organs or inspection groups',
  DIRECTIVE: 'an order, instruction or policy issued by a leader or organ',
  INCENTIVE: 'rewards or bounties offered for reporting or capturing people',
  VIOLENCE: 'killing, assault, torture, threats of violent retaliation',
  PROTEST: 'complaint, petition, public resistance',
};

export function systemPrompt(): string {
  const types = EVENT_TYPES.map((t) => `- ${t}: ${EVENT_MEANINGS[t]}`).join('\n');
  return [
    'You extract structured facts from reports about North Korea for human-rights analysts.',
    'Answer with one JSON object and nothing else, following this JSON Schema:',
    JSON.stringify(answerJsonSchema()),
    '',
    'Event types:',
    types,
    `Modalities: ${MODALITIES.join(', ')} (use "asserted" unless the report says the event was only attempted, planned, ordered, rumoured or did not happen).`,
    `Participant roles: ${ROLES.join(', ')}. Source kinds: ${SOURCE_KINDS.join(', ')}. Claim stances: ${STANCES.join(', ')}.`,
    '',
    'Rules:',
    '- Every quoted field (mentions, descriptor, trigger, evidence, content) must be copied character for character from the report; items whose quote is not in the report are discarded.',
    '- A capital standing for its government ("Pyongyang dispatched agents", "Beijing refused") is an organisation, not a place.',
    '- The outlet and "the source" are sources, never actors. "Another source" or "a separate source" is a distinct source.',
    '- The day a source spoke to the outlet is not the event date. Resolve relative dates against the publication date; give value as YYYY, YYYY-MM or YYYY-MM-DD matching precision (day, month, year), or null with precision "unknown".',
    '- Unnamed people are described by role, rank and place ("a low-level cadre in Ryanggang Province"); never guess who they are.',
    '- count is the number of people involved where stated ("some 150 agents" is 150), else null.',
  ].join('\n');
}

export function userPrompt(input: ExtractInput): string {
  const head = [
    `Title: ${input.title}`,
    `Outlet: ${input.outlet ?? 'unknown'}`,
    `Published: ${input.published ?? 'unknown'}`,
    `Language: ${input.language}`,
  ].join('\n');
  return `${head}\n\nReport:\n${input.text}`;
}
