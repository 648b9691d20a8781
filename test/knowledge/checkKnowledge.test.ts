import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkKnowledge, formatKnowledgeReport } from '../../src/knowledge/checkKnowledge.js';
import { formatProblem } from '../../src/knowledge/loadKnowledge.js';
import { makeTempDirSync } from '../support/tempDirs.js';

function fixtureWith(edit: (entries: string) => string, followupEdit?: (text: string) => string): string {
  const dir = makeTempDirSync('check');
  cpSync('test/fixtures/knowledge-with-followups', dir, { recursive: true });
  const entries = path.join(dir, 'entries.yaml');
  writeFileSync(entries, edit(readFileSync(entries, 'utf8')));
  if (followupEdit) {
    const f = path.join(dir, 'followups', '2025.yaml');
    writeFileSync(f, followupEdit(readFileSync(f, 'utf8')));
  }
  return dir;
}

const lines = async (dir: string) => (await checkKnowledge(dir)).problems.map((p) => formatProblem(p).replaceAll(dir + '/', ''));

describe('kb:check', () => {
  test('the fixture is clean and the summary counts Sami drafts', async () => {
    const report = await checkKnowledge('test/fixtures/knowledge-with-followups');
    expect(report.problems).toEqual([]);
    expect(formatKnowledgeReport(report)).toBe(
      'Allt ser bra ut: 2 poster och 2 uppföljningar.\n' +
        'Samiska texter som väntar på granskning av en modersmålstalare (review.se: draft): 4 av 4.',
    );
  });

  test('two entries with the same example question', async () => {
    const dir = fixtureWith((t) => t.replace('rattfylleri, trafiksäkerhet]', 'rattfylleri, Söker polisen med hund på gymnasiet?]'));
    expect(await lines(dir)).toEqual([
      'entries.yaml:32 post "traffic" › questions.sv.2: "Söker polisen med hund på gymnasiet?" är nästan samma fråga som en exempelfråga i post "drug-dog" (entries.yaml:14). Boten kan inte skilja dem åt: skriv om eller ta bort en av dem.',
    ]);
  });

  test('an answer too long for one Messenger message', async () => {
    const long = 'Polisen övervakar trafiken. '.repeat(62).trim();
    const dir = fixtureWith((t) => t.replace('sv: Polisen övervakar trafiken i hela kommunen.', `sv: ${long}`));
    const problems = await lines(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^entries\.yaml:28 post "traffic" › answer\.sv: svaret blir för långt för ett Messenger-meddelande \(\d+ av högst 1750 tecken med källan\)\. Korta texten\.$/);
  });

  test('a follow-up of something that is not a commitment, and one dated outside its year', async () => {
    const dir = fixtureWith((t) => t, (f) => f.replace('commitment: drug-dog', 'commitment: traffic').replace('date: 2025-05-20', 'date: 2024-05-20'));
    expect(await lines(dir)).toEqual([
      'followups/2025.yaml:4 post "uppföljning av traffic" › commitment: "traffic" är inte ett åtagande (kind: commitment). Uppföljningar gäller bara åtagandena.',
      'followups/2025.yaml:5 post "uppföljning av traffic" › date: datumet 2024-05-20 ligger inte i filens år 2025.',
    ]);
  });

  test('a follow-up file whose year is not a plausible year', async () => {
    const dir = fixtureWith((t) => t, (f) => f.replace('year: 2025', 'year: 2052'));
    expect(await lines(dir)).toEqual(['followups/2025.yaml:2 › year: måste vara ett årtal mellan 2024 och 2030.']);
  });

  test('a follow-up of an unknown commitment and a wrong status, all listed at once with the entry problems', async () => {
    const dir = fixtureWith(
      (t) => t.replace('related: [traffic]', 'related: [trafic]'),
      (f) => f.replace('commitment: drug-dog', 'commitment: drug-dogs').replace('status: done', 'status: klar'),
    );
    expect(await lines(dir)).toEqual([
      'entries.yaml:20 post "drug-dog" › related.0: pekar på "trafic", som inte finns. Rätta id:t eller ta bort raden.',
      'followups/2025.yaml:6 post "uppföljning av drug-dogs" › status: måste vara ett av: planned, ongoing, done, not-done, changed.',
    ]);
  });
});

test('the shipped knowledge passes every kb:check rule', async () => {
  const report = await checkKnowledge('knowledge');
  expect(report.problems.map(formatProblem)).toEqual([]);
  expect(report.entries).toBeGreaterThanOrEqual(22);
});
