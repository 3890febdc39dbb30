// Text as a person sees it: the portal may send NFD, odd spaces or either tone-mark placement.

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /\s+/g;

// Tone marks in order: huyền, sắc, hỏi, ngã, nặng.
const TONED: Record<string, string> = { a: 'àáảãạ', e: 'èéẻẽẹ', o: 'òóỏõọ', u: 'ùúủũụ', y: 'ỳýỷỹỵ' };

// Old placement puts the mark on the second vowel of an open "oa/oe/uy" syllable ("hoà", "Huỷ");
// the new one on the first ("hòa", "Hủy"). Only syllable-final pairs differ, and "qu" is a consonant.
const OLD_PLACEMENT = /(?<!q)(?:o([àáảãạèéẻẽẹ])|u([ỳýỷỹỵ]))(?!\p{L})/gu;

// A cheap first look (no look-behind, no Unicode classes): most text has no old-style mark at all.
const MAYBE_OLD_PLACEMENT = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/;

function baseAndTone(ch: string): [string, number] {
  for (const [base, marks] of Object.entries(TONED)) {
    const tone = marks.indexOf(ch);
    if (tone >= 0) return [base, tone];
  }
  return [ch, -1];
}

/** Unifies the two tone-mark placements to the new one ("hoà" → "hòa", "huỷ" → "hủy"); input lower case. */
export function unifyToneMarks(lower: string): string {
  return lower.replace(OLD_PLACEMENT, (match: string, onAE?: string, onY?: string) => {
    const [second, tone] = baseAndTone(onAE ?? onY ?? '');
    const first = onAE ? 'o' : 'u';
    const toned = TONED[first]?.[tone];
    return toned ? toned + second : match;
  });
}

/** Display form of page text: NFC, invisible characters removed, white space collapsed, trimmed. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * Comparison key: cleanText + Vietnamese lower case + unified tone marks.
 * For Vietnamese text it keeps the length of cleanText, so indices found in one apply to the other.
 */
export function normalizeText(s: string): string {
  // Vietnamese has no locale-specific case rules, and the plain lower-casing is much faster.
  const lower = cleanText(s).toLowerCase();
  return MAYBE_OLD_PLACEMENT.test(lower) ? unifyToneMarks(lower) : lower;
}

/** Search key without any marks: normalizeText, then diacritics stripped and đ → d. */
export function foldDiacritics(s: string): string {
  return normalizeText(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
