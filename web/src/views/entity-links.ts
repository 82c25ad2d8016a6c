// Names that open their page: an actor by its key (canon id, or kind and name for
// actors outside the canon), a place by its id, a source by report and id.
import { el } from '../dom.js';
import { href } from '../route.js';

export const actorHref = (key: string) => href(['actor', key]);
export const placeHref = (id: string) => href(['place', id]);
export const sourceHref = (reportId: string, sourceId: string) => href(['source', reportId, sourceId]);

/** The key of an actor as the store keeps it; the API normalises the name part. */
export const actorKeyOf = (a: { canonId: string | null; kind: string; name: string }) => a.canonId ?? `${a.kind}:${a.name}`;

const linked = (to: string, text: string, kind: string) => el('a', { href: to, class: `entity entity-${kind}` }, text);
export const actorLink = (key: string, name: string) => linked(actorHref(key), name, 'actor');
export const placeLink = (id: string, name: string) => linked(placeHref(id), name, 'place');
export const sourceLink = (reportId: string, sourceId: string, text: string) => linked(sourceHref(reportId, sourceId), text, 'source');

/** Nodes separated by commas. */
export const joined = (nodes: (Node | string)[]): (Node | string)[] => nodes.flatMap((n, i) => (i ? [', ', n] : [n]));
