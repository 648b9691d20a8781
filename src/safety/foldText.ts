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
// Three reused rows (the one before last is needed for transpositions): safety checks compare every word of every
// message with every pattern, and allocating a matrix per comparison made this the bot's hottest function.
let rowBeforeLast = new Int32Array(32);
let lastRow = new Int32Array(32);
let row = new Int32Array(32);

export function measureEditDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > row.length) {
    rowBeforeLast = new Int32Array(2 * n + 2);
    lastRow = new Int32Array(2 * n + 2);
    row = new Int32Array(2 * n + 2);
  }
  for (let j = 0; j <= n; j++) lastRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(lastRow[j]! + 1, row[j - 1]! + 1, lastRow[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, rowBeforeLast[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = rowBeforeLast;
    rowBeforeLast = lastRow;
    lastRow = row;
    row = oldest;
  }
  return lastRow[n]!;
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
  // Hurried typing rarely gets the first letter wrong (a swap of the first two is still allowed); checking that first
  // spares most edit-distance computations.
  if (word[0] !== target[0] && !(word[0] === target[1] && word[1] === target[0])) return false;
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
