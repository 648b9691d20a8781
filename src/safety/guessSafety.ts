/**
 * The safety classifier's route for a message no rule matched (see safetyModel.ts): its two models are read once, when
 * the bot starts.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../knowledge/schema.js';
import { KIND_MODEL_PATH, LANG_MODEL_PATH, MIN_ODDS, MIN_WORDS, messageFeatures, OddsTable, type KindLabel, type SafetyModelTable } from './safetyModel.js';

const read = (file: URL) => new OddsTable(JSON.parse(readFileSync(file, 'utf8')) as SafetyModelTable);
const kindTable = read(KIND_MODEL_PATH);
const langTable = read(LANG_MODEL_PATH);

export interface ModelGuess {
  kind: Exclude<KindLabel, 'none'>;
  lang: Lang;
}

/** The classifier's route for a message the rules let through, if it is long enough and sure (MIN_WORDS, MIN_ODDS); else null. */
export function guessSafety(words: readonly string[]): ModelGuess | null {
  if (words.length < MIN_WORDS) return null;
  const features = messageFeatures(words);
  const kind = kindTable.best(features);
  if (!kind || kind.label === 'none' || kind.odds < MIN_ODDS) return null;
  const lang = langTable.best(features)?.label;
  return { kind: kind.label as ModelGuess['kind'], lang: lang === 'en' || lang === 'se' ? lang : 'sv' };
}
