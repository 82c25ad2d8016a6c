// Which spellings of a Korean place a source's location keeps as the report wrote them.
// Reports spell Korean places many ways ("Yangkang", "Hamkyung", "Hoiryeong"); the gazetteer
// lists them all so that they are found. A location keeps the report's spelling only where it
// is a standard romanisation: the gazetteer's name, its McCune-Reischauer forms (Kangwŏn) and
// their Revised Romanization (Gangwon, Hamgyeong), with South Korea's initial-sound rule, which
// drops an r or n before i or y at the start of a word (Ryanggang, Yanggang). Any other spelling
// becomes the gazetteer's name, and so does a province suffix ("Ryanggang-do" is Ryanggang).
import { fold } from '../../knowledge/fold.js';
import { romanisationVariants } from '../../knowledge/romanise.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** Letters of McCune-Reischauer: the breve vowels, and an apostrophe after an aspirated consonant */
const MCCUNE_REISCHAUER = /[ŏŭŎŬ]|[ptkc]h?['’]/i;

/** An r or n that South Korean spelling drops before i or y at a word's start (리 = 이, 녕 = 영) */
const INITIAL_SOUND = /^[rn][iy]/;

/** A spelling as one key: case, accents, apostrophes, spaces and hyphens ignored ("Ch'ŏngjin" = "chongjin"). */
export const spellingKey = (s: string): string => s.split(/[\s-]+/).map(fold).join('');

/**
 * The standard spellings of a place as keys, or null where every spelling is kept: a place
 * without a Hangul name is not Korean, and its listed names are not romanisations.
 */
export function standardSpellings(name: string, names: readonly string[]): ReadonlySet<string> | null {
  if (!names.some((n) => HANGUL.test(n))) return null;
  const standard = new Set<string>();
  for (const n of [name, ...names.filter((x) => MCCUNE_REISCHAUER.test(x))]) {
    for (const v of [n, ...romanisationVariants(n)]) {
      const key = spellingKey(v);
      standard.add(key);
      if (INITIAL_SOUND.test(key)) standard.add(key.slice(1));
    }
  }
  return standard;
}
