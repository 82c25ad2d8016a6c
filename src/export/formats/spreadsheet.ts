// CSV through csv-stringify (quoting), with formula-looking cells defused.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

// Report text is outside input: a cell starting with = + - @ would run as a
// formula in a spreadsheet, so it gets a leading apostrophe (OWASP CSV injection).
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function table(rows: AsyncIterable<(string | number | null)[]>, columns: readonly string[]): Readable {
  return Readable.from(rows).pipe(stringify({ header: true, columns: [...columns], cast: { string: defuse } }));
}
