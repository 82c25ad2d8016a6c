// The text's own dictionary: whether a word (or a hyphenated compound) is written
// whole somewhere in the text, lower-cased. Only English text is dehyphenated, so
// Latin letters suffice. The few words asked about are searched for where they
// occur, instead of collecting every word of the text into a set first.

/** A word character of the dictionary: a-z, 0-9 and accented Latin (ß to ɏ). */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f);
}

/** Letters, in runs joined by single hyphens: the shape of a dictionary entry. */
const ENTRY = /^[a-z0-9\u00DF-\u024F]+(?:-[a-z0-9\u00DF-\u024F]+)*$/;

export interface Vocabulary {
  has(word: string): boolean;
}

export function vocabularyOf(text: string): Vocabulary {
  let lower: string | undefined;
  return {
    has(word) {
      if (!ENTRY.test(word)) return false;
      lower ??= text.toLowerCase();
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        const end = at + word.length;
        // written whole: no letter, and no hyphen with a letter beyond it, on either side
        const joinedBefore = isLetter(lower, at - 1) || (lower[at - 1] === '-' && isLetter(lower, at - 2));
        const joinedAfter = isLetter(lower, end) || (lower[end] === '-' && isLetter(lower, end + 1));
        if (!joinedBefore && !joinedAfter) return true;
      }
      return false;
    },
  };
}
