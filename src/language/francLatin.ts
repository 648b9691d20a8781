/**
 * franc-all's guess among the bot's three languages, `franc(text, { only: ['swe', 'eng', 'sme'], minLength })`, the
 * same answer at a fraction of the cost.
 *
 * franc-all knows over 400 languages, so each call first counts the characters of each of its 36 scripts with a
 * regular expression (the script most used decides which languages are compared), then copies the models of the Latin
 * script's 329 languages down to the ones allowed. Measured on the bench questions that reach it: about 20 µs a call,
 * and about 110 µs with the processor's caches cold, as under load — a third of language detection's time although
 * it is asked for one question in fifteen. Swedish, English and Sami are all written in Latin script: for a text whose
 * characters are all Latin or belong to no script (digits, punctuation, spaces), the script is Latin whatever the
 * counts, and the answer is the allowed language whose trigram model is nearest, as franc computes it (trigram-utils'
 * tuples, franc's distance, its order of languages for ties). Any other text (Cyrillic, Arabic, emoji, …) goes to
 * franc itself. Hand-written on franc-all's own data and trigram-utils (both by franc's author) because franc has no
 * option to skip those steps; test/language/francLatin.test.ts holds the two equal on every golden and labelled text.
 */
import { franc } from 'franc-all';
import { data } from 'franc-all/data.js';
import { expressions } from 'franc-all/expressions.js';
import { asTuples } from 'trigram-utils';

/** franc's own constants (franc-all 7: MAX_LENGTH and MAX_DIFFERENCE in its index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** The Latin script's expression, without the global flag (franc counts with it; here only its presence matters). */
const LATIN = new RegExp(expressions.Latin!.source);

/**
 * The allowed languages' models in one map, so that each trigram of a text is looked up once: trigram → its rank in
 * each language's model (0 the most common, as franc builds it) plus one, RANK_BITS bits a language, 0 where the
 * model lacks it. The languages in franc's order of the Latin script's languages, which decides ties.
 */
interface Models {
  codes: string[];
  ranks: Map<string, number>;
}
const RANK_BITS = 10;
const RANK_MASK = (1 << RANK_BITS) - 1;

const modelsByLanguages = new Map<string, Models>();

function modelsOf(only: readonly string[]): Models {
  const key = only.join(',');
  let models = modelsByLanguages.get(key);
  if (!models) {
    const allowed = Object.entries(data.Latin!).filter(([code]) => only.includes(code));
    const ranks = new Map<string, number>();
    allowed.forEach(([, model], index) => {
      model.split('|').forEach((trigram, rank) => {
        const packed = ranks.get(trigram) ?? 0;
        // A trigram listed twice keeps its first rank, as franc's model keeps it.
        if (((packed >>> (RANK_BITS * index)) & RANK_MASK) === 0) ranks.set(trigram, packed + (rank + 1) * 2 ** (RANK_BITS * index));
      });
    });
    // Three languages of 300 trigrams fit: a rank below 2^RANK_BITS - 1, and the packed number below 2^31.
    if (allowed.length * RANK_BITS > 30 || allowed.some(([, model]) => model.split('|').length >= RANK_MASK)) {
      throw new Error('francLatin: too many languages or too long a model to pack');
    }
    models = { codes: allowed.map(([code]) => code), ranks };
    modelsByLanguages.set(key, models);
  }
  return models;
}

/**
 * Whether every UTF-16 unit of the text is below U+0370 (Basic Latin to the combining marks: Latin letters or no
 * script), in Latin Extended Additional or in General Punctuation: then no other script's expression of franc's
 * matches any of it (test/language/francLatin.test.ts checks each such unit against the other 35).
 */
export function isLatinOrCommon(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x370 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2000 && code <= 0x206f)) continue;
    return false;
  }
  return true;
}

/** `franc(text, { only, minLength })`: the ISO 639-3 code of the nearest allowed Latin-script language, or 'und'. */
export function francLatin(text: string, only: readonly string[], minLength: number): string {
  if (text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  if (!isLatinOrCommon(value)) return franc(text, { only: [...only], minLength });
  // No other script occurs: the Latin script is the most used if any letter of it occurs; else franc finds none.
  if (!LATIN.test(value)) return 'und';
  const { codes, ranks } = modelsOf(only);
  // franc's distance (its getDistance) from each model at once: per trigram of the text, |count - rank - 1|, or
  // MAX_DIFFERENCE where the model lacks the trigram.
  const distances = new Array<number>(codes.length).fill(0);
  for (const [trigram, count] of asTuples(value)) {
    const packed = ranks.get(trigram) ?? 0;
    for (let i = 0; i < codes.length; i++) {
      const rank = (packed >>> (RANK_BITS * i)) & RANK_MASK;
      distances[i]! += rank === 0 ? MAX_DIFFERENCE : Math.abs(count - rank);
    }
  }
  let best = 0;
  for (let i = 1; i < codes.length; i++) if (distances[i]! < distances[best]!) best = i;
  return codes[best] ?? 'und';
}
