import { decodeText } from './decode.js';
import { checkSourceSize } from './limits.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readText: Reader = async ({ path, bytes }) => {
  // UTF-8 takes up to 3 bytes for a character of Korean or Chinese text
  checkSourceSize(bytes, 3, path);
  const { title, text } = splitTitle(decodeText(bytes, path), path);
  return [{ input: toReportInput({ title, text }, path), raw: bytes, origin: path }];
};
