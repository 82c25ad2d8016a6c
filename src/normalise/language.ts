// Language by script share. Casefile's reports are English or Korean; the letters
// of each script are counted and the largest share wins. Telling Latin-script
// languages apart would need a statistical model, and the pipeline only needs to
// know whether its English rules apply, so Latin script counts as English.
// Code-point ranges rather than Unicode property regexes: this runs on every report.

type Script = 'ko' | 'ja' | 'zh' | 'ru' | 'en';

function scriptOf(c: number): Script | null {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 'en';
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 'ko';
  if (c >= 0x3040 && c <= 0x30ff) return 'ja';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'zh';
  if (c >= 0x400 && c <= 0x4ff) return 'ru';
  return null;
}

export function detectLanguage(text: string): string {
  const counts: Record<Script, number> = { ko: 0, ja: 0, zh: 0, ru: 0, en: 0 };
  // a sample decides; long reports do not change script halfway
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s) counts[s]++;
  }
  // Japanese is written with kanji and kana together; any kana marks it
  if (counts.ja > 0 && counts.ja + counts.zh > counts.en) return 'ja';
  let best: Script = 'en';
  for (const s of Object.keys(counts) as Script[]) if (counts[s] > counts[best]) best = s;
  return best;
}
