/**
 * Trains the safety check's classifier (src/safety/safetyModel.ts) with wink-naive-bayes-text-classifier, from:
 * - every labelled set in `test/golden/safety/*.jsonl` (a message, its language and the route it calls for; where two
 *   routes are right, "domestic|emergency", the first is learnt);
 * - the golden questions about the promises and the off-topic ones (`test/golden/` and `residents` to `residents5`),
 *   as ordinary messages. `residents6` and the sets after it are left out on purpose (`learntBySafetyModel` in
 *   src/cli/golden.ts): the test checks that the classifier adds (almost) no false alarm on them, which only means
 *   something for questions it never learnt from. So are the sets in `test/golden/safety/unseen/`, which measure it,
 *   but for the older ones listed in LEARNT_UNSEEN_SETS.
 * Deterministic: the same files give the same models, byte for byte (the test holds the kept models to that).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { readGolden, RESIDENT_SETS } from '../cli/golden.js';
import { LANGS } from '../knowledge/schema.js';
import { splitWords } from './foldText.js';
import { KIND_LABELS, messageFeatures, type SafetyModelTable } from './safetyModel.js';

// wink-naive-bayes-text-classifier is CommonJS without types: its factory and the methods used here.
interface WinkClassifier {
  definePrepTasks(tasks: Array<(input: string) => string[]>): number;
  defineConfig(config: { considerOnlyPresence: boolean; smoothingFactor: number }): boolean;
  learn(input: string, label: string): boolean;
  consolidate(): boolean;
  computeOdds(input: string): Array<[string, number]>;
  exportJSON(): string;
}
const require = createRequire(import.meta.url);
const createWinkClassifier = require('wink-naive-bayes-text-classifier') as () => WinkClassifier;

export const SAFETY_SETS_DIR = 'test/golden/safety';
/**
 * Sets of `test/golden/safety/unseen/` that measured the classifier when they were new and that it has learnt from since
 * the twenty-second session (they stay in unseen/: unlike the sets above them, they are not held to the review-set
 * floors of test/safety/reviewSets.test.ts). The later ones (review50 on) and the everyday sets still measure it. Learning
 * from these and asking for more certainty (MIN_ODDS 12 instead of 8) was chosen on review50–52 with the rules of the
 * session's start (291 → 295 of 341 alarms right, false alarms 13 → 13 of 259, everyday sets 40 → 35 of 1,500), and
 * confirmed on review53, written blind afterwards, with the session's rules: 119 → 122 of 135 alarms right, false
 * alarms 1 → 1 of 105, everyday sets 31 → 26, the rules' 496 look-alikes 1 alarm; three resident questions asking for
 * someone to talk to about thoughts of ending one's life, and one for a friend controlled and threatened by her
 * boyfriend, now get the helplines.
 */
export const LEARNT_UNSEEN_SETS = [
  'review32', 'review33', 'review36', 'review40', 'review41', 'review42', 'review43', 'review44', 'review45', 'review46',
  'review47', 'review48', 'review49',
];
export const ORDINARY_DIRS = ['test/golden', ...RESIDENT_SETS.filter((set) => set.learntBySafetyModel).map((set) => set.dir)];

export interface LabelledMessage {
  text: string;
  lang: string;
  kind: string;
}

/** A safety set's lines ({"lang", "text", "expect"}), each with the first route it allows. */
export function readSafetySet(file: string): LabelledMessage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const { text, lang, expect } = JSON.parse(line) as { text: string; lang: string; expect: string };
      return { text, lang, kind: expect.split('|')[0]! };
    });
}

/** Every message the classifier learns from, in a fixed order (files sorted by name). */
export function readTrainingMessages(root = '.'): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  const setsDir = path.join(root, SAFETY_SETS_DIR);
  for (const name of readdirSync(setsDir).filter((n) => n.endsWith('.jsonl')).sort()) {
    out.push(...readSafetySet(path.join(setsDir, name)));
  }
  for (const name of LEARNT_UNSEEN_SETS) out.push(...readSafetySet(path.join(setsDir, 'unseen', `${name}.jsonl`)));
  for (const dir of ORDINARY_DIRS) {
    const golden = readGolden(path.join(root, dir));
    for (const lang of LANGS) for (const { q } of golden.byLang[lang]) out.push({ text: q, lang, kind: 'none' });
    for (const { q, lang } of golden.offTopic) out.push({ text: q, lang, kind: 'none' });
  }
  return out;
}

/**
 * Features met in fewer training messages than this are left out of a model: one message is little evidence of how
 * such messages are worded. It keeps the route model to 16,000 of 48,000 features (0.9 MB to read at start-up); on
 * the three unseen sets MIN_ODDS was chosen on (at 6 odds and any length, before MIN_WORDS existed), that model caught
 * 4 more alarms than one with every feature (309 against 305) and raised no more false alarms.
 */
export const MIN_FEATURE_COUNT = { kind: 2, lang: 3 } as const;

/** In how many of the messages each feature is met. */
export function countFeatures(messages: readonly LabelledMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    for (const feature of new Set(messageFeatures(splitWords(message.text)))) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  return counts;
}

/** The features met in at least `minCount` messages (counts from countFeatures). */
export function frequentFeatures(counts: ReadonlyMap<string, number>, minCount: number): Set<string> {
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([feature]) => feature));
}

/**
 * A wink classifier set up as the safety models are: binary (a feature counts once per message), add-½ smoothing,
 * over the features of `kept`.
 */
export function newWinkClassifier(kept: ReadonlySet<string>): WinkClassifier {
  const classifier = createWinkClassifier();
  classifier.definePrepTasks([(text) => messageFeatures(splitWords(text)).filter((feature) => kept.has(feature))]);
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  return classifier;
}

/** What wink-naive-bayes-text-classifier's exportJSON gives: [config, samples, count, words, vocabulary]. */
type WinkModel = [
  config: { considerOnlyPresence: boolean; smoothingFactor: number },
  samples: Record<string, number>,
  count: Record<string, Record<string, number>>,
  words: Record<string, number>,
  vocabulary: string[],
];

/** Weights are kept to this many decimals (a message's odds then differ from wink's by less than 0.01). */
const WEIGHT_DECIMALS = 4;

/**
 * A wink model as a table of weights (see OddsTable): wink's computeOdds for a label sums, over the message's known
 * features, the smoothed log2 likelihood of the feature under the label less that under all other labels, and adds
 * the priors. It works each term out per message from the counts (about 150 µs a message, on every turn); here each
 * feature's term is worked out once per label. Hand-written for that reason; the test holds the two equal.
 */
export function tableFromWink(exported: string): SafetyModelTable {
  const [config, samples, count, words, vocabulary] = JSON.parse(exported) as WinkModel;
  const labels = Object.keys(samples);
  const s = config.smoothingFactor;
  const v = vocabulary.length;
  const totalSamples = labels.reduce((sum, label) => sum + samples[label]!, 0);
  const totalWords = labels.reduce((sum, label) => sum + (words[label] ?? 0), 0);
  const priors = labels.map((label) => {
    const inLabel = samples[label]!;
    return Math.log2(inLabel) - Math.log2(totalSamples) - (Math.log2(totalSamples - inLabel) - Math.log2(totalSamples));
  });
  const scale = 10 ** WEIGHT_DECIMALS;
  const weights: number[] = [];
  for (const feature of vocabulary) {
    let all = 0;
    for (const label of labels) all += count[label]?.[feature] ?? 0;
    for (const label of labels) {
      const inLabel = count[label]?.[feature] ?? 0;
      const wordsIn = words[label] ?? 0;
      const likelihood = Math.log2(inLabel + s) - Math.log2(wordsIn + v * s);
      const inverse = Math.log2(all - inLabel + s) - Math.log2(totalWords - wordsIn + v * s);
      weights.push(Math.round((likelihood - inverse) * scale) / scale);
    }
  }
  return { labels, priors, features: vocabulary, weights };
}

export interface TrainedModel {
  /** What the bot reads (src/safety/model/). */
  table: SafetyModelTable;
  /** The trained wink classifier it was made from (for the test). */
  classifier: WinkClassifier;
}

/** The two models: the route (KIND_LABELS) and the language of each message. */
export function trainSafetyModels(messages: readonly LabelledMessage[]): { kind: TrainedModel; lang: TrainedModel } {
  for (const message of messages) {
    if (!(KIND_LABELS as readonly string[]).includes(message.kind)) {
      throw new Error(`Unknown route "${message.kind}" for "${message.text}" (known: ${KIND_LABELS.join(', ')})`);
    }
  }
  // Both models are trained on the same messages: their features are counted once.
  const counts = countFeatures(messages);
  const train = (labelOf: (m: LabelledMessage) => string, minCount: number): TrainedModel => {
    const classifier = newWinkClassifier(frequentFeatures(counts, minCount));
    for (const message of messages) classifier.learn(message.text, labelOf(message));
    classifier.consolidate();
    return { table: tableFromWink(classifier.exportJSON()), classifier };
  };
  return { kind: train((m) => m.kind, MIN_FEATURE_COUNT.kind), lang: train((m) => m.lang, MIN_FEATURE_COUNT.lang) };
}
