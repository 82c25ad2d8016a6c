// The calendar's words, lower case, shared by page furniture, sources and dates.

/** Month names and the abbreviations reports use, with the month's number. "mar" is not here: in running text it is the verb far more often than March. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sept', 9],
  ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** The twelve months' full names: each month's first word above. */
export const MONTH_NAMES: readonly string[] = [...MONTH_NUMBERS].filter(([, n], i, all) => all.findIndex(([, m]) => m === n) === i).map(([w]) => w);

/** Weekdays with their number (Sunday 0), as Date.getUTCDay counts. */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6]]);
