import { decodeText } from './decode.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readText: Reader = async ({ path, bytes }) => {
  const { title, text } = splitTitle(decodeText(bytes, path), path);
  return [{ input: toReportInput({ title, text }, path), raw: bytes, origin: path }];
};
