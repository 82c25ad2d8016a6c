// Spelling variants of a McCune-Reischauer name (how North Korean places are written
// in GeoNames and by North Korea) in Revised Romanization and the mixed forms reports
// use: "Chaeryŏng" is also "Jaeryeong" and "Jaeryong", "Kimch'aek" also "Gimchaek".
// Only the word-initial consonant is converted: inside a word MR and RR agree too
// often for a rule without syllables to do better.
const INITIAL: [RegExp, string][] = [
  [/^ch(?!['’])/i, 'j'],
  [/^k(?!['’])/i, 'g'],
  [/^t(?!['’])/i, 'd'],
  [/^p(?!['’])/i, 'b'],
];

function word(w: string, rrVowels: boolean): string {
  let out = w;
  for (const [re, to] of INITIAL) {
    if (re.test(out)) {
      out = out.replace(re, (m) => (m[0] === m[0].toUpperCase() ? to.toUpperCase() : to));
      break;
    }
  }
  out = out.replace(/ŭi/g, 'ui');
  // (after a w, ŏ is written o: Kyŏngwŏn is Gyeongwon)
  if (rrVowels) out = out.replace(/wŏ/g, 'wo').replace(/ŏ/g, 'eo').replace(/ŭ/g, 'eu').replace(/Ŏ/g, 'Eo').replace(/Ŭ/g, 'Eu');
  return out.replace(/['’]/g, '');
}

/** Revised Romanization and mixed spellings of an MR name (none for short names). */
export function romanisationVariants(name: string): string[] {
  if (!/^[\p{Script=Latin}\s'’-]+$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 5) return [];
  const variants = new Set<string>();
  for (const rr of [true, false]) variants.add(name.split(/(\s+|-)/).map((w) => (/^[\s-]+$/.test(w) ? w : word(w, rr))).join(''));
  // North Korea's own style writes an aspirate with an h: "P'yŏngan" is "Phyongan"
  if (/[ptk]['’]/i.test(name)) variants.add(name.replace(/([ptk])['’]/gi, '$1h').replace(/['’]/g, ''));
  variants.delete(name);
  return [...variants];
}
