// How a vocabulary value reads on every page: one name for one thing
// ("collective punishment", never COLLECTIVE_PUNISHMENT on one page and the words on another).

/** DEFECTION → "defection", COLLECTIVE_PUNISHMENT → "collective punishment", anonymous_insider → "anonymous insider" */
export const readable = (value: string): string => value.toLowerCase().replace(/_/g, ' ');
