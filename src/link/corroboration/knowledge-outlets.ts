// What linking takes from the knowledge base: the outlet table from the actor canon
// (knowledge/actors/outlets.json and the user's additions) and gazetteer places.
import type { Knowledge } from '../../knowledge/load.js';
import type { PlaceLookup } from '../prepare.js';
import { outletTable, type OutletTable } from './outlets.js';

export function outletsFromKnowledge(k: Knowledge): OutletTable {
  return outletTable([...k.actors.values()].filter((a) => a.kind === 'outlet').map((a) => ({ id: a.id, name: a.name, names: a.names.map((n) => n.name) })));
}

export function placesFromKnowledge(k: Knowledge): PlaceLookup {
  return (id) => {
    const p = k.places.get(id);
    return p ? { id: p.id, name: p.name, level: p.level, ancestors: p.ancestors } : undefined;
  };
}
