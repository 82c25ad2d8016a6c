// Number words and the nouns that make a number a count of people.
export const UNITS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12], ['hundred', 100], ['thousand', 1000],
]);

/** plural vague amounts: "dozens of agents" is at least two dozen */
export const VAGUE = new Map<string, number>([['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000]]);

export const APPROXIMATORS = new Set(['some', 'about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'over', 'estimated', 'up', 'least', 'than']);

export const PEOPLE = new Set([
  'people', 'persons', 'person', 'man', 'men', 'woman', 'women', 'child', 'children', 'agent', 'agents', 'officer',
  'officers', 'soldier', 'soldiers', 'guard', 'guards', 'cadre', 'cadres', 'official', 'officials', 'defector',
  'defectors', 'escapee', 'escapees', 'worker', 'workers', 'laborers', 'labourers', 'vendor', 'vendors', 'trader',
  'traders', 'student', 'students', 'resident', 'residents', 'koreans', 'members', 'member', 'investigators',
  'refugees', 'families', 'teenagers', 'boys', 'girls', 'prisoners', 'detainees', 'suspects', 'smugglers', 'brokers',
  'citizens', 'civilians', 'troops', 'personnel', 'staff', 'employees', 'farmers', 'policemen', 'diplomats', 'cadets',
  'crew', 'sailors', 'fishermen', 'relatives', 'others', 'individuals', 'mothers', 'daughters', 'sons', 'informants',
  'inspectors', 'prosecutors', 'leaders', 'managers', 'manager', 'director', 'directors', 'secretary', 'leader',
  'commander', 'commanders', 'boy', 'girl', 'teacher', 'teachers', 'engineer', 'engineers', 'diplomat', 'driver',
  'drivers', 'refugee', 'sergeant', 'captain', 'lieutenant', 'squad', 'group', 'team', 'family', 'couple', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'youth', 'activists', 'protesters', 'demonstrators', 'inmates', 'wives',
]);

/** "three-man task force", "two-member team" */
export const GROUP_SUFFIX = /^(.+)-(?:man|men|member|person|strong)$/;

export function numberValue(word: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$/.test(word) || /^\d+$/.test(word)) return Number(word.replace(/,/g, ''));
  const unit = UNITS.get(word);
  if (unit !== undefined) return unit;
  // "twenty-five"
  const dash = word.indexOf('-');
  if (dash > 0) {
    const tens = UNITS.get(word.slice(0, dash));
    const ones = UNITS.get(word.slice(dash + 1));
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return null;
}
