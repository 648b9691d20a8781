/**
 * Folds a message to plain lower-case ASCII-ish words so that patterns written once match text typed without a
 * Swedish or Sami keyboard ("hjalp", "aita mu", "sihko"). Pure: used by safety, commands and small talk alike.
 */
const LETTERS: Record<string, string> = { đ: 'd', ŋ: 'n', ŧ: 't', ø: 'o', æ: 'ae', ß: 'ss' };

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đŋŧøæß]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function splitWords(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

/** Optimal string alignment distance (Levenshtein plus one swap of neighbours), stopping early above `max`. */
export function measureEditDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * Does a typed word match a pattern word? `stem*` matches by prefix; words of five letters or more also match with
 * one typo (seven or more: two), the way people type on a phone in a hurry.
 */
export function isWordMatch(word: string, pattern: string): boolean {
  const isPrefix = pattern.endsWith('*');
  const target = isPrefix ? pattern.slice(0, -1) : pattern;
  if (isPrefix ? word.startsWith(target) : word === target) return true;
  if (target.length < 5) return false;
  const allowed = target.length >= 8 ? 2 : 1;
  if (isPrefix) {
    // Compare the typed word's beginning (a little longer or shorter, for a missing or extra letter) with the stem.
    for (const length of [target.length - 1, target.length, target.length + 1]) {
      if (length <= word.length && measureEditDistance(word.slice(0, length), target, allowed) <= allowed) return true;
    }
    return false;
  }
  return measureEditDistance(word, target, allowed) <= allowed;
}
