/**
 * `npm run eval [-- --verbose]`: top-1 accuracy per language and the off-topic rate on test/golden/, then on the second
 * to fourteenth sets in test/golden/residents/ to residents13/.
 */
import { loadKnowledgeOrExit } from './loadKnowledgeOrExit.js';
import { createAnswerEngine } from '../knowledge/createAnswerEngine.js';
import { LANGS } from '../knowledge/schema.js';
import { evaluate, readGolden, RESIDENTS_DIR, RESIDENTS2_DIR, RESIDENTS3_DIR, RESIDENTS4_DIR, RESIDENTS5_DIR, RESIDENTS6_DIR, RESIDENTS7_DIR, RESIDENTS8_DIR, RESIDENTS9_DIR, RESIDENTS10_DIR, RESIDENTS11_DIR, RESIDENTS12_DIR, RESIDENTS13_DIR, type EvalReport } from './golden.js';

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
for (const [name, dir] of [['second', RESIDENTS_DIR], ['third', RESIDENTS2_DIR], ['fourth', RESIDENTS3_DIR], ['fifth', RESIDENTS4_DIR], ['sixth', RESIDENTS5_DIR], ['seventh', RESIDENTS6_DIR], ['eighth', RESIDENTS7_DIR], ['ninth', RESIDENTS8_DIR], ['tenth', RESIDENTS9_DIR], ['eleventh', RESIDENTS10_DIR], ['twelfth', RESIDENTS11_DIR], ['thirteenth', RESIDENTS12_DIR], ['fourteenth', RESIDENTS13_DIR]]) {
  console.log(`\n${name} set, ${dir}:`);
  print(evaluate(engine, readGolden(dir)));
}
