// Malformed inputs for every format Casefile reads: the hostile files of issue 13
// (deep nesting, bombs, huge texts, many reports) and seeded random damage to good
// files (random bytes, truncation, byte flips, invalid UTF-8, odd names). Every
// input is written for this project; nothing is copied from real reports.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface Input {
  name: string;
  bytes: Uint8Array;
  /** what it tests, for the printed figures */
  kind: string;
}

const SENTENCE = 'A source in Hyesan said that two traders were detained by the security department last month.';

/** A good report of each format, the seed the damage starts from. */
export function goodInputs(n = 0): Input[] {
  return ['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'rss', 'pdf', 'docx'].map((format) => goodInput(n, format));
}

function goodInput(n: number, format: string): Input {
  // each format says something different, so no two good files are the same report
  const title = `Traders detained ${n} ${format}`;
  const text = `${SENTENCE} They were released after their families paid a fine, the source added (${n} ${format}).`;
  const report = { title, text, published: '2025-03-04' };
  const all: Input[] = [
    { name: `good-${n}.txt`, bytes: utf8(`${title}\n\n${text}\n`), kind: 'good' },
    { name: `good-${n}.md`, bytes: utf8(`# ${title}\n\n- ${text}\n`), kind: 'good' },
    { name: `good-${n}.html`, bytes: utf8(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`), kind: 'good' },
    { name: `good-${n}.json`, bytes: utf8(JSON.stringify(report)), kind: 'good' },
    { name: `good-${n}.jsonl`, bytes: utf8(`${JSON.stringify(report)}\n${JSON.stringify({ ...report, title: `${title} (b)`, text: `${text} Second.` })}\n`), kind: 'good' },
    { name: `good-${n}.csv`, bytes: utf8(`title,text\n"${title}","${text}"\n`), kind: 'good' },
    { name: `good-${n}.rss`, bytes: utf8(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title><item><title>${title}</title><description>${text}</description></item></channel></rss>`), kind: 'good' },
    { name: `good-${n}.pdf`, bytes: pdf(title, text), kind: 'good' },
    { name: `good-${n}.docx`, bytes: docx([title, text]), kind: 'good' },
  ];
  return all.find((input) => input.name.endsWith(`.${format}`))!;
}

/** The inputs that hung ingest and the bombs; the many-report files hold `reports` reports (20,000 in the issue). */
export function hostileInputs(reports = 20_000): Input[] {
  const json = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ title: `Report ${i}`, text: `${SENTENCE} Number ${i}.` })));
  return [
    { name: 'deep.html', kind: 'HTML nested 100,000 levels', bytes: utf8(`<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`) },
    { name: 'deep-list.md', kind: 'Markdown list nested 5,000 levels', bytes: utf8(`# Deep\n\n${Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`) },
    { name: 'deep-quote.md', kind: 'Markdown quotes nested 50,000 levels', bytes: utf8(`# Quotes\n\n${'>'.repeat(50_000)} x\n`) },
    { name: 'deep.json', kind: 'JSON nested 100,000 levels', bytes: utf8(`{"title":"Deep","text":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) },
    { name: 'deep.rss', kind: 'XML nested 100,000 levels', bytes: utf8(`<?xml version="1.0"?><rss><channel><title>x</title><item><title>t</title><description>${'<b>'.repeat(100_000)}${'</b>'.repeat(100_000)}</description></item></channel></rss>`) },
    { name: 'repeated.txt', kind: '7.6 MB text of one sentence', bytes: utf8(`Repeated\n\n${`${SENTENCE} `.repeat(Math.ceil((7.6 * 1024 * 1024) / (SENTENCE.length + 1)))}`) },
    { name: 'many.json', kind: `JSON array of ${reports} reports`, bytes: utf8(json(reports)) },
    { name: 'many.jsonl', kind: `JSON lines of ${reports} reports`, bytes: utf8(json(reports).slice(1, -1).replace(/\},\{/g, '}\n{')) },
    { name: 'entities.rss', kind: 'XML entity expansion', bytes: utf8(entityBomb()) },
    { name: 'paragraphs.docx', kind: 'DOCX of 2 million paragraphs', bytes: docx(Array.from({ length: 2_000_000 }, () => 'x')) },
    { name: 'bomb.docx', kind: 'DOCX zip bomb', bytes: zipBomb(1024 * 1024 * 1024) },
  ];
}

/** A text file of `mb` megabytes, for --max-size runs. */
export const bigText = (mb: number): Uint8Array => utf8(`Big\n\n${`${SENTENCE}\n`.repeat(Math.ceil((mb * 1024 * 1024) / (SENTENCE.length + 1)))}`);

/** A seeded generator (mulberry32), so a failing case can be made again from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTATIONS = ['random bytes', 'truncated', 'bytes flipped', 'invalid UTF-8', 'odd name', 'external entity', 'huge array'] as const;

/** `count` damaged inputs from the good ones, chosen by the seed. */
export function fuzzInputs(seed: number, count: number): Input[] {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: Input[] = [];
  for (let i = 0; i < count; i++) {
    const good = pick(goodInputs(i));
    const ext = good.name.slice(good.name.lastIndexOf('.'));
    const mutation = pick(MUTATIONS);
    let bytes = Buffer.from(good.bytes);
    let name = `fuzz-${seed}-${i}${ext}`;
    if (mutation === 'random bytes') bytes = Buffer.from(Array.from({ length: 1 + Math.floor(rand() * 4096) }, () => Math.floor(rand() * 256)));
    else if (mutation === 'truncated') bytes = bytes.subarray(0, Math.floor(rand() * bytes.length));
    else if (mutation === 'bytes flipped') for (let j = 0; j < 1 + rand() * 16; j++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
    else if (mutation === 'invalid UTF-8') bytes = Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), bytes.subarray(bytes.length >> 1)]);
    else if (mutation === 'odd name') name = pick(['-rf.txt', ' leading space.md', 'new\nline.json', 'tab\there.txt', '..dots..html', 'ünïcödé 報告.md', 'a'.repeat(200) + '.txt']).replace(/^/, `fuzz-${seed}-${i}-`);
    else if (mutation === 'external entity') bytes = Buffer.from(utf8(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>t</title><item><title>&x;</title><description>&x; ${SENTENCE}</description></item></channel></rss>`));
    else if (mutation === 'huge array') bytes = Buffer.from(utf8(`[${'1,'.repeat(200_000)}1]`));
    out.push({ name: mutation === 'external entity' ? `fuzz-${seed}-${i}.rss` : mutation === 'huge array' ? `fuzz-${seed}-${i}.json` : name, bytes, kind: mutation });
  }
  return out;
}

export function writeInputs(dir: string, inputs: Input[]): string[] {
  return inputs.map((input) => {
    const path = join(dir, input.name);
    writeFileSync(path, input.bytes);
    return path;
  });
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

function entityBomb(): string {
  const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join('');
  return `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "lol">${levels}]><rss><channel><title>t</title><item><title>Bomb</title><description>&e10;</description></item></channel></rss>`;
}

/** A minimal one-page PDF whose text layer is a title line and a text line. */
export function pdf(title: string, text: string): Uint8Array {
  const clean = (s: string) => s.replace(/[()\\]/g, '');
  const stream = `BT /F1 12 Tf 14 TL 72 720 Td (${clean(title)}) Tj T* T* (${clean(text)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(body);
}

/** A DOCX whose paragraphs are `paragraphs`. */
export function docx(paragraphs: string[]): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
  return zip([
    ['[Content_Types].xml', utf8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')],
    ['_rels/.rels', utf8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')],
    ['word/document.xml', utf8(document)],
  ]);
}

/** A DOCX whose document part inflates to `size` bytes of spaces, built without holding them. */
function zipBomb(size: number): Uint8Array {
  // raw deflate streams flushed with Z_SYNC_FLUSH and not finished concatenate into one
  // stream, so one deflated megabyte of spaces repeated inflates to `size` bytes
  const sync = { finishFlush: constants.Z_SYNC_FLUSH };
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const head = Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const one = deflateRawSync(chunk, { level: 9, ...sync });
  const parts = [deflateRawSync(head, sync)];
  let crc = crc32(head);
  for (let i = 0; i < size / chunk.length; i++) {
    parts.push(one);
    crc = crc32(chunk, crc);
  }
  parts.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return zip([['[Content_Types].xml', types], ['word/document.xml', Buffer.concat(parts), { crc, size: head.length + size + tail.length }]]);
}

type Entry = [string, Uint8Array, { crc: number; size: number }?];

/** A zip of deflated entries; an entry given with its crc and size is already deflated. */
function zip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, bytes, raw] of entries) {
    const data = raw ? Buffer.from(bytes) : deflateRawSync(bytes);
    const crc = raw ? raw.crc : crc32(bytes);
    const size = raw ? raw.size : bytes.length;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
