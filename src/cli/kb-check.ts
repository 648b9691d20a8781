/** `npm run kb:check [dir]`: checks the knowledge files and lists every problem at once, in plain Swedish. */
import { checkKnowledge, formatKnowledgeReport } from '../knowledge/checkKnowledge.js';

const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
const report = await checkKnowledge(dir);
console.log(formatKnowledgeReport(report));
process.exitCode = report.problems.length > 0 ? 1 : 0;
