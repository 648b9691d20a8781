import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { buildStaffReport, formatStaffReportHtml, formatStaffReportText } from '../../src/staff/buildStaffReport.js';
import { STAFF_FILE_NAME } from '../../src/staff/JsonFileStaffStore.js';
import type { StaffData } from '../../src/staff/staffStore.js';
import { copyRealKnowledgeWithFollowups, makeTempDir } from './staffConversation.js';

const run = promisify(execFile);

const DATA: StaffData = {
  feedback: { 'drug-dog-school': { up: 5, down: 1 }, traffic: { up: 0, down: 3 } },
  unanswered: [
    { id: 'a', text: 'Var kan jag köpa skidor?', lang: 'sv', count: 2, firstSeen: '2026-01-02', lastSeen: '2026-01-09' },
    { id: 'b', text: 'When is the snow cleared? <script>alert(1)</script>', lang: 'en', count: 7, firstSeen: '2026-01-01', lastSeen: '2026-01-05' },
  ],
  suggestions: [
    { id: 'c', text: 'Fler poliser på stan', lang: 'sv', date: '2026-01-03' },
    { id: 'd', text: 'Eambbo dieđut sámegillii, [borttaget]', lang: 'se', date: '2026-01-08' },
  ],
};

describe('kb:report', () => {
  it('lists coverage, Sami drafts, commitments without a follow-up in 12 months, unanswered questions, feedback and suggestions', async () => {
    const knowledge = await loadKnowledge(await copyRealKnowledgeWithFollowups());
    // The TEST DATA follow-ups are from 2025; on 2026-10-01 the drug-dog one (2025-11-20) is within 12 months, traffic's (2025-09-01) is not.
    const report = buildStaffReport(knowledge, DATA, () => 'commitments.yaml', new Date('2026-10-01T00:00:00Z'));
    expect(report.staleCommitments.map((c) => c.id).sort()).toEqual(
      ['area-violence', 'area-drugs', 'drug-intelligence', 'traffic', 'joint-communication', 'school-forum'].sort(),
    );
    expect(report.staleCommitments.find((c) => c.id === 'traffic')).toEqual({ id: 'traffic', label: knowledge.byId.get('traffic')!.label.sv, latest: '2025-09-01' });
    expect(report.coverage.map((c) => [c.lang, c.answered])).toEqual([['sv', knowledge.entries.length], ['en', knowledge.entries.length], ['se', knowledge.entries.length]]);
    expect(report.sami.draftEntries + report.sami.reviewedEntries).toBe(knowledge.entries.length);
    expect(report.sami.draftFollowups).toBe(3);
    expect(report.topUnanswered.map((q) => q.count)).toEqual([7, 2]);
    expect(report.feedback.map((f) => [f.id, f.up, f.down])).toEqual([['drug-dog-school', 5, 1], ['traffic', 0, 3]]);
    expect(report.suggestions.map((s) => s.date)).toEqual(['2026-01-08', '2026-01-03']);

    const text = formatStaffReportText(report);
    expect(text).toContain('Åtaganden utan uppföljning de senaste 12 månaderna');
    expect(text).toContain('(traffic): senaste 2025-09-01');
    expect(text).toContain('(area-violence): ingen uppföljning inlagd');
    expect(text).toContain('   7 × [en] When is the snow cleared?');
    expect(text).toContain('(drug-dog-school): 👍 5  👎 1');
    expect(text.indexOf('2026-01-08 [se]')).toBeLessThan(text.indexOf('2026-01-03 [sv]'));
  });

  it('the HTML page is Swedish, self-contained, uses real tables and escapes what residents wrote', async () => {
    const knowledge = await loadKnowledge(path.resolve('test/fixtures/knowledge-with-followups'));
    const html = formatStaffReportHtml(buildStaffReport(knowledge, DATA, () => 'entries.yaml', new Date('2026-10-01T00:00:00Z')));
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain('<title>Rapport om medborgarlöftesboten 2026-10-01</title>');
    expect(html).toContain('<th scope="col">Antal</th>');
    expect(html).toContain('<caption>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/src=|href="http/);
    expect((html.match(/<h1>/g) ?? []).length).toBe(1);
  });

  it.each([[[] as string[], 'Frågor som boten inte kunde svara på'], [['--html'], '<html lang="sv">']])('npm run kb:report %j runs on fixtures (knowledge dir and DATA_DIR)', async (extra, expected) => {
    const dataDir = await makeTempDir('report');
    await writeFile(path.join(dataDir, STAFF_FILE_NAME), JSON.stringify(DATA));
    const { stdout } = await run(process.execPath, [
      '--import', 'tsx', 'src/cli/kb-report.ts', '--knowledge', 'test/fixtures/knowledge-with-followups', '--data', dataDir, ...extra,
    ], { env: { ...process.env, NODE_OPTIONS: '' } });
    expect(stdout).toContain(expected);
    expect(stdout).toContain('Fler poliser på stan');
    expect(stdout).toContain('Var kan jag köpa skidor?');
  }, 30_000);
});
