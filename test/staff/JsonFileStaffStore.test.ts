import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JsonFileStaffStore, STAFF_FILE_NAME } from '../../src/staff/JsonFileStaffStore.js';
import { contributorOf } from '../../src/staff/staffStore.js';
import { expectMarksCapped } from '../support/staffStoreMarks.js';
import { makeTempDir } from './staffConversation.js';

const DAY = 86_400_000;
/** Two conversations' marks. */
const A = contributorOf('webchat', 'conversation-a');
const B = contributorOf('facebook', '1234567890-987654321');

async function openStore(dataDir: string, now: () => Date, extra: Partial<Parameters<typeof JsonFileStaffStore.open>[0]> = {}) {
  return JsonFileStaffStore.open({ dataDir, retentionDays: 30, debounceMs: 5, now, ...extra });
}

describe('JsonFileStaffStore', () => {
  it('creates DATA_DIR, and a new instance reads what the last one wrote (survives a restart)', async () => {
    const dataDir = path.join(await makeTempDir('store'), 'nested', 'data');
    const now = () => new Date('2026-01-10T12:00:00Z');
    const first = await openStore(dataDir, now);
    await first.incrementFeedback('traffic', 'up');
    await first.recordUnanswered('Var kan jag köpa skidor?', 'sv', A);
    await first.addSuggestion('Fler poliser på stan', 'sv', A);
    await first.close();
    expect((await readdir(dataDir)).sort()).toEqual([STAFF_FILE_NAME]);

    const second = await openStore(dataDir, now);
    const report = await second.readReport();
    expect(report.feedback).toEqual({ traffic: { up: 1, down: 0 } });
    expect(report.unanswered).toEqual([expect.objectContaining({ text: 'Var kan jag köpa skidor?', lang: 'sv', count: 1, firstSeen: '2026-01-10', lastSeen: '2026-01-10' })]);
    expect(report.suggestions).toEqual([expect.objectContaining({ text: 'Fler poliser på stan', lang: 'sv', date: '2026-01-10' })]);
  });

  it('writes debounced and atomically: no temporary file is left, the file is complete JSON', async () => {
    const dataDir = await makeTempDir('store');
    const store = await openStore(dataDir, () => new Date());
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.recordUnanswered(`fråga ${i}`, 'sv', A)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.flush();
    expect(await readdir(dataDir)).toEqual([STAFF_FILE_NAME]);
    expect(JSON.parse(await readFile(path.join(dataDir, STAFF_FILE_NAME), 'utf8')).unanswered).toHaveLength(50);
  });

  it('deletes what is older than the retention period (injected clock), counting from the last time it was seen', async () => {
    const dataDir = await makeTempDir('store');
    let now = new Date('2026-01-01T08:00:00Z');
    const store = await openStore(dataDir, () => now);
    await store.recordUnanswered('gammal fråga', 'sv', A);
    await store.addSuggestion('gammal synpunkt', 'sv', A);
    await store.recordUnanswered('återkommande fråga', 'en', A);
    now = new Date(now.getTime() + 20 * DAY);
    await store.recordUnanswered('återkommande fråga', 'en', A);
    await store.addSuggestion('ny synpunkt', 'se', A);

    expect(await store.purgeExpired(new Date('2026-01-30T08:00:00Z'))).toBe(0);
    expect(await store.purgeExpired(new Date('2026-01-31T08:00:00Z'))).toBe(2);
    let report = await store.readReport();
    expect(report.unanswered.map((u) => [u.text, u.count])).toEqual([['återkommande fråga', 2]]);
    expect(report.suggestions.map((s) => s.text)).toEqual(['ny synpunkt']);

    expect(await store.purgeExpired(new Date('2026-03-01T08:00:00Z'))).toBe(2);
    report = await store.readReport();
    expect(report.unanswered).toEqual([]);
    expect(report.suggestions).toEqual([]);
    await store.flush();
    expect(await readFile(path.join(dataDir, STAFF_FILE_NAME), 'utf8')).not.toContain('synpunkt');
  });

  it('purges at start-up what expired while the bot was down', async () => {
    const dataDir = await makeTempDir('store');
    const old = await openStore(dataDir, () => new Date('2025-01-01T00:00:00Z'));
    await old.addSuggestion('mycket gammal', 'sv', A);
    await old.close();
    const reopened = await openStore(dataDir, () => new Date('2025-06-01T00:00:00Z'));
    expect((await reopened.readReport()).suggestions).toEqual([]);
  });

  it('is bounded: the oldest questions and suggestions are dropped first', async () => {
    const dataDir = await makeTempDir('store');
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openStore(dataDir, () => now, { maxUnanswered: 3, maxSuggestions: 2 });
    for (let i = 1; i <= 5; i++) {
      now = new Date(now.getTime() + DAY);
      await store.recordUnanswered(`fråga ${i}`, 'sv', A);
      await store.addSuggestion(`synpunkt ${i}`, 'sv', A);
    }
    const report = await store.readReport();
    expect(report.unanswered.map((u) => u.text)).toEqual(['fråga 3', 'fråga 4', 'fråga 5']);
    expect(report.suggestions.map((s) => s.text)).toEqual(['synpunkt 4', 'synpunkt 5']);
  });

  it('drops the question seen least recently, keeps one asked again, and counts a dropped one afresh', async () => {
    const dataDir = await makeTempDir('store');
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openStore(dataDir, () => now, { maxUnanswered: 2 });
    await store.recordUnanswered('fråga ett', 'sv', A);
    now = new Date(now.getTime() + DAY);
    await store.recordUnanswered('fråga två', 'sv', A);
    now = new Date(now.getTime() + DAY);
    await store.recordUnanswered('Fråga ett?', 'sv', A);
    await store.recordUnanswered('fråga tre', 'sv', A);
    expect((await store.readReport()).unanswered.map((u) => [u.text, u.count])).toEqual([['fråga ett', 2], ['fråga tre', 1]]);
    now = new Date(now.getTime() + DAY);
    await store.recordUnanswered('fråga två', 'sv', A);
    expect((await store.readReport()).unanswered.map((u) => [u.text, u.count])).toEqual([['fråga tre', 1], ['fråga två', 1]]);
  });

  it('counts the same redacted question once with a count and the last date', async () => {
    const dataDir = await makeTempDir('store');
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openStore(dataDir, () => now);
    const first = await store.recordUnanswered('Ring mig 070-111 22 33', 'sv', A);
    now = new Date('2026-01-05T00:00:00Z');
    const second = await store.recordUnanswered('ring mig 0702223344', 'sv', A);
    expect(second).toEqual(first);
    expect((await store.readReport()).unanswered).toEqual([
      { id: first!, text: 'Ring mig [borttaget]', lang: 'sv', count: 2, firstSeen: '2026-01-01', lastSeen: '2026-01-05' },
    ]);
  });

  it('keeps nothing when the unanswered log is switched off', async () => {
    const store = await openStore(await makeTempDir('store'), () => new Date(), { logUnanswered: false });
    expect(await store.recordUnanswered('Var kan jag köpa skidor?', 'sv', A)).toBeUndefined();
    expect((await store.readReport()).unanswered).toEqual([]);
  });

  it('reads a file written by an earlier version with missing lists', async () => {
    const dataDir = await makeTempDir('store');
    await writeFile(path.join(dataDir, STAFF_FILE_NAME), JSON.stringify({ feedback: { traffic: { up: 3, down: 1 } } }));
    const store = await openStore(dataDir, () => new Date());
    expect(await store.readReport()).toEqual({ feedback: { traffic: { up: 3, down: 1 } }, unanswered: [], suggestions: [] });
  });

  it('erases exactly one contributor: its suggestions go, a question others asked only loses its count', async () => {
    const dataDir = await makeTempDir('store');
    const store = await openStore(dataDir, () => new Date('2026-01-10T12:00:00Z'));
    await store.recordUnanswered('Vad blir vädret i morgon?', 'sv', A);
    await store.recordUnanswered('Vad blir vädret i morgon?', 'sv', B);
    await store.recordUnanswered('Vad blir vädret i morgon?', 'sv', A);
    await store.recordUnanswered('Var kan jag köpa skidor?', 'sv', A);
    await store.addSuggestion('Bättre belysning', 'sv', A);
    await store.addSuggestion('Fler poliser på stan', 'sv', B);
    await store.flush();
    // The file holds marks, never the channel's conversation ids; staff never see the marks.
    const file = await readFile(path.join(dataDir, STAFF_FILE_NAME), 'utf8');
    expect(file).toContain(A);
    expect(file).not.toContain('conversation-a');
    expect(file).not.toContain('1234567890');
    expect(JSON.stringify(await store.readReport())).not.toContain(A);

    expect(await store.eraseContributor(A)).toBe(4);
    const report = await store.readReport();
    expect(report.unanswered.map((u) => [u.text, u.count])).toEqual([['Vad blir vädret i morgon?', 1]]);
    expect(report.suggestions.map((s) => s.text)).toEqual(['Fler poliser på stan']);
    const after = await readFile(path.join(dataDir, STAFF_FILE_NAME), 'utf8');
    expect(after).not.toContain('skidor');
    expect(after).not.toContain(A);
    // Nothing left to erase, and a stranger's mark finds nothing.
    expect(await store.eraseContributor(A)).toBe(0);
    expect(await store.eraseContributor(contributorOf('webchat', 'someone-else'))).toBe(0);
    expect((await store.readReport()).unanswered).toHaveLength(1);
  });

  it('keeps at most MAX_CONTRIBUTORS marks on a question; the count keeps growing', async () => {
    await expectMarksCapped(await openStore(await makeTempDir('store'), () => new Date('2026-01-10T12:00:00Z')));
  });

  it('reads items written before contributor marks, and erasing leaves them alone', async () => {
    const dataDir = await makeTempDir('store');
    const item = { id: 'x1', text: 'gammal fråga', lang: 'sv', count: 2, firstSeen: '2026-01-01', lastSeen: '2026-01-02' };
    await writeFile(path.join(dataDir, STAFF_FILE_NAME), JSON.stringify({ feedback: {}, unanswered: [item], suggestions: [] }));
    const store = await openStore(dataDir, () => new Date('2026-01-10T12:00:00Z'));
    expect(await store.eraseContributor(A)).toBe(0);
    await store.recordUnanswered('gammal fråga', 'sv', A);
    expect((await store.readReport()).unanswered).toEqual([{ ...item, count: 3, lastSeen: '2026-01-10' }]);
    expect(await store.eraseContributor(A)).toBe(1);
    expect((await store.readReport()).unanswered).toEqual([{ ...item, lastSeen: '2026-01-10' }]);
  });
});
