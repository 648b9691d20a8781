/**
 * `npm run eval [-- --verbose]`: top-1 accuracy per language and the off-topic rate on test/golden/, then on the second
 * to twenty-third sets in test/golden/residents/ to residents22/.
 */
import { loadKnowledgeOrExit } from './loadKnowledgeOrExit.js';
import { createAnswerEngine } from '../knowledge/createAnswerEngine.js';
import { LANGS } from '../knowledge/schema.js';
import { evaluate, readGolden, RESIDENT_SETS, type EvalReport } from './golden.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const knowledge = await loadKnowledgeOrExit();
const engine = createAnswerEngine(knowledge);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)} %`;
console.log(`knowledge ${knowledge.version}: ${knowledge.entries.length} entries`);

function print(report: EvalReport): void {
  for (const lang of LANGS) {
    const s = report.perLang[lang];
    console.log(`${lang}: top-1 ${pct(s.top1, s.total)} (${s.top1}/${s.total})  top-3 ${pct(s.top3, s.total)}  reply language right ${pct(s.rightLang, s.total)}`);
    if (verbose) for (const m of s.misses) console.log(`   miss  "${m.q}"  expected ${m.expected}, got ${m.got}`);
  }
  const o = report.offTopic;
  console.log(`off-topic: no answer ${pct(o.none, o.total)} (${o.none}/${o.total})`);
  if (verbose) for (const a of o.answered) console.log(`   answered "${a.q}" → ${a.got}`);
}

print(evaluate(engine));
for (const { name, dir } of RESIDENT_SETS) {
  console.log(`\n${name} set, ${dir}:`);
  print(evaluate(engine, readGolden(dir)));
}
