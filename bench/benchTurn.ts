/**
 * `npm run bench:turn [-- --rounds 5 --mb 64 --touches 3000]`: what the bot's own steps of a turn cost, per bench
 * question, in the order PromiseBot takes them — the words split and folded, the safety check, the small-talk intents,
 * the staff cues (suggestion, follow-up, figures, jobs, rules) and the answer engine (language, search) — each
 * measured twice:
 *
 * - with the processor's caches disturbed first, as under load: under `npm run bench` the framework's work and the
 *   load generator on the other core keep much of a turn's tables and code out of the caches, and the bot's own steps
 *   took 2–4 times their warm time there (timed inside the running bot on a quiet host, µs a turn: splitting 3.7, the
 *   safety check 27, the intents 7.6, ask 62.5). Reading 3,000 random places of a 64 MB buffer between steps
 *   (`--touches`, `--mb`) gives about those figures; far more (30,000) empties the caches entirely and doubles them;
 * - warm: the same step again at once, as a tight loop sees it.
 *
 * Medians over the rounds (the first round, while V8 compiles, is left out). Compare two versions of the bot by running
 * this in each tree, alternating; the figures move with the host as every figure here does.
 */
import { parseArgs } from 'node:util';
import { detectFigureQuestion, detectFollowupCue, detectJobQuestion, detectRulesQuestion, detectSuggestionRequest } from '../src/bot/detectStaffCues.js';
import { detectIntent } from '../src/bot/detectIntent.js';
import { createAnswerEngine } from '../src/knowledge/createAnswerEngine.js';
import { detectSafety } from '../src/safety/detectSafety.js';
import { splitWords } from '../src/safety/foldText.js';
import { loadRealKnowledge } from './lib/loadRealKnowledge.js';
import { readBenchQuestions } from './lib/questions.js';
import { formatNumber, formatTable, median } from './lib/stats.js';

const { values: flags } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, mb: { type: 'string', default: '64' }, touches: { type: 'string', default: '3000' } },
});
const rounds = Math.max(2, Number(flags.rounds));

const questions = readBenchQuestions().map((q) => q.text);
const { knowledge } = await loadRealKnowledge();
const engine = createAnswerEngine(knowledge);

const steps: Array<[name: string, run: (text: string, words: readonly string[]) => unknown]> = [
  ['split words', (text) => splitWords(text)],
  ['safety check', (text, words) => detectSafety(text, words)],
  ['intents', (text, words) => detectIntent(text, words)],
  ['staff cues', (text, words) => [
    detectSuggestionRequest(text, words), detectFollowupCue(text, words), detectFigureQuestion(words), detectJobQuestion(words),
    detectRulesQuestion(words),
  ]],
  ['answer engine (ask)', (text) => engine.ask(text, {})],
];

// Read at random places between steps, so that what a step needs is partly out of the caches (see above).
const buffer = new Int32Array(Number(flags.mb) * 256 * 1024);
let sink = 0;
function emptyCaches(): void {
  let at = Math.floor(Math.random() * buffer.length);
  for (let k = 0; k < Number(flags.touches); k++) {
    at = (Math.imul(at, 1103515245) + 12345) & (buffer.length - 1);
    sink += buffer[at]!;
    buffer[at] = k;
  }
}

const words = questions.map((text) => splitWords(text));
/** Per step, per round, µs per question: cold and warm. */
const cold = steps.map((): number[] => []);
const warm = steps.map((): number[] => []);
for (let round = 0; round < rounds; round++) {
  const coldNs = steps.map(() => 0);
  const warmNs = steps.map(() => 0);
  for (let q = 0; q < questions.length; q++) {
    steps.forEach(([, run], s) => {
      emptyCaches();
      let start = process.hrtime.bigint();
      run(questions[q]!, words[q]!);
      coldNs[s]! += Number(process.hrtime.bigint() - start);
      start = process.hrtime.bigint();
      run(questions[q]!, words[q]!);
      warmNs[s]! += Number(process.hrtime.bigint() - start);
    });
  }
  if (round === 0) continue;
  steps.forEach((_, s) => {
    cold[s]!.push(coldNs[s]! / questions.length / 1000);
    warm[s]!.push(warmNs[s]! / questions.length / 1000);
  });
}

const rows = steps.map(([name], s) => [name, formatNumber(median(cold[s]!), 1), formatNumber(median(warm[s]!), 1)]);
const total = (list: number[][]) => list.reduce((sum, values) => sum + median(values), 0);
rows.push(['all of them', formatNumber(total(cold), 1), formatNumber(total(warm), 1)]);
console.log(`The bot's own steps of a turn — ${questions.length} bench questions, µs a question, median of ${rounds - 1} rounds`);
console.log(formatTable(['step', 'caches disturbed first (as under load)', 'warm'], rows));
if (sink === 0.5) console.log('');
