// Which reader a file needs: magic bytes first (a PDF named .txt is still a PDF),
// then the extension, then a look at the text itself.
import { extname } from 'node:path';

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'feed' | 'pdf' | 'docx';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

export function detectFormat(path: string, bytes: Uint8Array): Format | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // a zip: DOCX is the only zip format read
  const byExtension = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExtension) return byExtension;
  return sniffText(new TextDecoder().decode(bytes.subarray(0, 2048)));
}

function sniffText(head: string): Format | null {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{') || s.startsWith('[')) return 'json';
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(s) || /^<(rss|feed|rdf:RDF)\b/i.test(s)) return 'feed';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|article|p|div)\b/i.test(s)) return 'html';
  if (/^#{1,6} \S/.test(s)) return 'markdown';
  return null;
}
