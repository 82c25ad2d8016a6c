// A Korean and an English report of one case link into one case: link keys are the canon's and the
// gazetteer's ids, never the words of one language. Texts written for the project.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

const KOREAN = {
  title: '혜산서 밀수꾼 체포',
  outlet: '시험 통신',
  published: '2024-06-12',
  language: 'ko',
  text: '양강도 소식통은 11일 "지난 3일 혜산시에서 중국으로 구리를 밀반출하던 주민 3명이 도 보위국에 체포됐다"고 전했다.\n\n소식통은 "이들의 가족들까지 조사를 받고 있다"고 덧붙였다.',
};
const ENGLISH = {
  title: 'Three held in Hyesan over copper smuggling',
  outlet: 'Test Wire',
  published: '2024-06-14',
  text: 'Three residents of Hyesan, Ryanggang Province, were arrested by the provincial State Security bureau on June 3 for smuggling copper into China, a source in Ryanggang Province told Test Wire.\n\nTheir families are also being questioned, the source added.',
};
const OTHER_KOREAN = {
  title: '회령서 탈북 시도 일가족 체포',
  outlet: '시험 통신',
  published: '2023-02-20',
  language: 'ko',
  text: '함경북도 소식통은 "지난달 하순 회령시에서 탈북하려던 일가족 4명이 국경경비대에 붙잡혔다"고 전했다.',
};

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-link-languages-'));
  await writeFile(join(dir, 'ko.json'), JSON.stringify(KOREAN));
  await writeFile(join(dir, 'en.json'), JSON.stringify(ENGLISH));
  await writeFile(join(dir, 'ko-other.json'), JSON.stringify(OTHER_KOREAN));
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

test('a Korean and an English report of one arrest share a case; another Korean episode does not', async () => {
  const files = ['ko.json', 'en.json', 'ko-other.json'].map((f) => join(dir, f));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'link', '--jsonl', ...files], { cwd: process.cwd(), maxBuffer: 1 << 24 });
  const [ko, en, other] = stdout.trim().split('\n').map((l) => JSON.parse(l) as { incidents: string[]; duplicateOf: string | null });
  const shared = (a: string[], b: string[]) => a.some((x) => b.includes(x));
  assert.ok(ko.incidents.length > 0 && en.incidents.length > 0);
  assert.ok(shared(ko.incidents, en.incidents), 'the Korean and the English report tell one case');
  assert.equal(en.duplicateOf, null, 'a telling in another language is no repost');
  assert.ok(!shared(other.incidents, ko.incidents) && !shared(other.incidents, en.incidents));
});
