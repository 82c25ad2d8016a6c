// Plain text: the first line is the title unless YAML front matter gives one, with
// the other report fields (front-matter.ts).
import { decodeText } from './decode.js';
import { fileNameDate, frontMatter } from './front-matter.js';
import { checkSourceSize } from './limits.js';
import { splitTitle } from './title.js';
import type { Reader } from './types.js';
import { toReportInput } from './validate.js';

export const readText: Reader = async ({ path, bytes }) => {
  // UTF-8 takes up to 3 bytes for a character of Korean or Chinese text
  checkSourceSize(bytes, 3, path);
  const { fields, body } = frontMatter(decodeText(bytes, path), path);
  const { title, text } = typeof fields.title === 'string' ? { title: fields.title, text: body.trim() } : splitTitle(body, path);
  return [{ input: toReportInput({ published: fileNameDate(path) ?? undefined, ...fields, title, text }, path), raw: bytes, origin: path }];
};
