/**
 * `npm run kb:report [-- --html] [--knowledge dir] [--data dir]`: what staff need to keep the bot good, in Swedish —
 * translation coverage and Sami review state, commitments without a recent follow-up, unanswered questions, 👍/👎 per
 * entry and suggestions. Plain text, or with --html a page to open in a browser (`npm run kb:report -- --html > report.html`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KnowledgeError, loadKnowledge, listYamlFiles, parseKnowledgeFile } from '../knowledge/loadKnowledge.js';
import { readFile } from 'node:fs/promises';
import { readStaffFile, STAFF_FILE_NAME } from '../staff/JsonFileStaffStore.js';
import { buildStaffReport, formatStaffReportHtml, formatStaffReportText } from '../staff/buildStaffReport.js';

const { values } = parseArgs({
  options: { html: { type: 'boolean', default: false }, knowledge: { type: 'string' }, data: { type: 'string' } },
});
const knowledgeDir = path.resolve(values.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge');
const dataDir = path.resolve(values.data ?? process.env.DATA_DIR ?? 'data');

try {
  const knowledge = await loadKnowledge(knowledgeDir);
  const fileOfId = new Map<string, string>();
  for (const file of await listYamlFiles(knowledgeDir)) {
    const { parsed } = parseKnowledgeFile(path.basename(file), await readFile(file, 'utf8'));
    for (const { entry } of parsed?.entries ?? []) fileOfId.set(entry.id, path.basename(file));
  }
  const data = await readStaffFile(path.join(dataDir, STAFF_FILE_NAME));
  const report = buildStaffReport(knowledge, data, (id) => fileOfId.get(id) ?? '?');
  process.stdout.write(values.html ? formatStaffReportHtml(report) : `${formatStaffReportText(report)}\n`);
} catch (error) {
  console.error(error instanceof KnowledgeError ? `${error.message}\nRätta felen (npm run kb:check) och kör rapporten igen.` : (error as Error).message);
  process.exitCode = 1;
}
