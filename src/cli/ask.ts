/**
 * `npm run ask -- "Söker polisen med hund på gymnasiet?" [--lang sv|en|se] [--json]`: asks the answer engine and shows
 * the answer and why (language and reason, top matches with scores). Without a question it prompts interactively.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadKnowledgeOrExit } from './loadKnowledgeOrExit.js';
import { createAnswerEngine } from '../knowledge/createAnswerEngine.js';
import { LANGS, type Lang } from '../knowledge/schema.js';
import type { AnswerEngine, AnswerResult } from '../knowledge/types.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, json: { type: 'boolean', default: false } },
});
if (values.lang && !LANGS.includes(values.lang as Lang)) {
  console.error(`--lang must be one of ${LANGS.join(', ')}`);
  process.exit(2);
}
const chosenLang = values.lang as Lang | undefined;
const engine = createAnswerEngine(await loadKnowledgeOrExit());

function describe(r: AnswerResult): string {
  const lines = [`language: ${r.lang} (${r.language.reason})`];
  if (r.kind === 'answer') {
    lines.push(`answer: ${r.entry.id} (score ${r.score}) — ${r.entry.title[r.lang]}`, '', r.entry.answer[r.lang], '');
    lines.push(`source: ${r.entry.source.section[r.lang]} — ${r.entry.source.url}`);
    if (r.related.length) lines.push(`related: ${r.related.map((e) => e.id).join(', ')}`);
  } else if (r.kind === 'clarify') {
    lines.push(`clarify: did you mean ${r.candidates.map((e) => e.id).join(' / ')}?`);
  } else {
    lines.push('none: no confident answer');
  }
  lines.push(`top matches: ${r.top.map((m) => `${m.id} ${m.score} [${m.lang}]`).join(', ') || '—'}`);
  return lines.join('\n');
}

function toJson(r: AnswerResult): unknown {
  const base = { kind: r.kind, lang: r.lang, language: r.language, top: r.top };
  if (r.kind === 'answer') return { ...base, id: r.entry.id, score: r.score, answer: r.entry.answer[r.lang], related: r.related.map((e) => e.id) };
  if (r.kind === 'clarify') return { ...base, candidates: r.candidates.map((e) => e.id) };
  return base;
}

function answer(e: AnswerEngine, q: string): string {
  const r = e.ask(q, chosenLang ? { chosenLang } : {});
  return values.json ? JSON.stringify(toJson(r), null, 2) : describe(r);
}

if (positionals.length > 0) {
  console.log(answer(engine, positionals.join(' ')));
} else {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log('Ask about the citizen promises (empty line to quit).');
  for (;;) {
    const q = (await rl.question('> ')).trim();
    if (!q) break;
    console.log(answer(engine, q) + '\n');
  }
  rl.close();
}
