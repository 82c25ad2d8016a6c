// Role actors: unnamed people described by role, rank and place ("a low-level cadre
// in Ryanggang Province", "three Party cadres", "his family members"). Casefile
// keeps them as descriptions and never tries to say who they are.
import { UNITS } from '../counts/numbers.js';

/** Head nouns of role descriptions, plural and singular. */
export const ROLE_HEADS = new Set([
  'cadre', 'cadres', 'official', 'officials', 'officer', 'officers', 'agent', 'agents', 'soldier', 'soldiers',
  'defector', 'defectors', 'refugee', 'refugees', 'resident', 'residents', 'citizen', 'citizens', 'worker', 'workers',
  'trader', 'traders', 'merchant', 'merchants', 'smuggler', 'smugglers', 'broker', 'brokers', 'student', 'students',
  'farmer', 'farmers', 'woman', 'women', 'man', 'men', 'family', 'families', 'member', 'members', 'relative', 'relatives',
  'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'brother', 'brothers', 'sister',
  'sisters', 'child', 'children', 'parents', 'informant', 'informants', 'prisoner', 'prisoners', 'inmate', 'inmates',
  'detainee', 'detainees', 'suspect', 'suspects', 'escapee', 'escapees', 'diplomat', 'diplomats', 'manager', 'managers',
  'driver', 'drivers', 'fisherman', 'fishermen', 'investigator', 'investigators', 'inspector', 'inspectors', 'teenager',
  'teenagers', 'guard', 'guards', 'laborer', 'laborers', 'labourer', 'labourers', 'executive', 'executives', 'chairman',
  'secretary', 'secretaries', 'defendant', 'defendants', 'victim', 'victims', 'witness', 'witnesses', 'cousin', 'cousins',
  'uncle', 'aunt', 'nephew', 'niece', 'grandmother', 'grandfather', 'mother-in-law', 'father-in-law', 'acquaintance',
  'acquaintances', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'employee', 'employees', 'crew', 'sailors', 'villager', 'villagers',
]);

/** Words a role description may carry before its head. */
export const ROLE_MODIFIERS = new Set([
  'low', 'level', 'senior', 'junior', 'high', 'ranking', 'mid', 'top', 'local', 'former', 'young', 'elderly', 'older',
  'female', 'male', 'ordinary', 'rural', 'urban', 'party', 'border', 'security', 'military', 'government', 'state',
  'army', 'police', 'customs', 'trade', 'factory', 'farm', 'market', 'provincial', 'city', 'county', 'fellow', 'other',
  'north', 'south', 'korean', 'koreans', 'chinese', 'russian', 'family', 'foreign', 'overseas', 'restaurant', 'hotel',
  'enterprise', 'company', 'cooperative', 'railway', 'construction', 'mine', 'mining', 'youth', 'league', 'prison',
  'camp', 'detention', 'public', 'safety', 'intelligence', 'prosecution', 'court', 'defense', 'defence', 'college',
  'university', 'smuggling', 'wpk', 'mss', 'mps', 'kpa',
  'bowibu', 'ssd', 'elder', 'younger', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Words that open a role description; articles are left out of its name. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'some', 'several', 'many', 'few', 'dozens', 'hundreds', 'other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
export const ARTICLES = new Set(['a', 'an', 'the']);

// the counts' number words, but "thousand" heads no group of people here
const NUMBER_WORDS = new Map([...UNITS].filter(([w]) => w !== 'thousand'));

/** The number a word states ("three", "12"), or null. */
export function numberOf(key: string): number | null {
  if (/^\d{1,5}$/.test(key)) return Number(key);
  return NUMBER_WORDS.get(key) ?? null;
}

/** Heads that make a two-word head with the word before ("family members"). */
export const COMPOUND_HEADS = new Set(['members', 'member']);
