// One folding rule for names and text alike, so that a name in the knowledge base
// and the same name in a report meet as the same key: case, accents (Sinŭiju),
// and apostrophes (P'yŏngyang) are ignored.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’ʼ‘`]/g;

const POSSESSIVE = /['’ʼ]s$/i;

/**
 * Hangul syllables and ASCII other than the apostrophes: nothing for the Unicode passes to
 * change (a syllable comes back whole from NFD and NFC), so lower-casing is the whole fold.
 */
function hangulOrPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128 ? c === 39 || c === 96 : c < 0xac00 || c > 0xd7a3) return false;
  }
  return true;
}

/** The matching key of one word. A possessive "'s" is dropped: "China's police" is "China police". */
export function fold(word: string): string {
  if (ASCII_ONLY.test(word)) {
    if (!word.includes("'")) return word.toLowerCase();
    return word.replace(POSSESSIVE, '').replace(APOSTROPHES, '').toLowerCase();
  }
  // Korean words, most of a Korean report's, skip the two normalisations
  if (hangulOrPlainAscii(word)) return word.toLowerCase();
  // NFC again afterwards so Hangul syllables, split into jamo by NFD, come back whole
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(POSSESSIVE, '').replace(APOSTROPHES, '').toLowerCase();
}

/** A-Z only and at least two letters: "SSD", "NIS", "RGB" must match in capitals. */
export const isAcronym = (word: string): boolean => /^[A-Z]{2,6}$/.test(word);
