import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JsonFileStaffStore, STAFF_FILE_NAME } from '../../src/staff/JsonFileStaffStore.js';
import { makeTempDir } from './staffConversation.js';

const DAY = 86_400_000;

async function openStore(dataDir: string, now: () => Date, extra: Partial<Parameters<typeof JsonFileStaffStore.open>[0]> = {}) {
  return JsonFileStaffStore.open({ dataDir, retentionDays: 30, debounceMs: 5, now, ...extra });
}

describe('JsonFileStaffStore', () => {
  it('creates DATA_DIR, and a new instance reads what the last one wrote (survives a restart)', async () => {
    const dataDir = path.join(await makeTempDir('store'), 'nested', 'data');
    const now = () => new Date('2026-01-10T12:00:00Z');
    const first = await openStore(dataDir, now);
    await first.incrementFeedback('traffic', 'up');
    await first.recordUnanswered('Var kan jag köpa skidor?', 'sv');
    await first.addSuggestion('Fler poliser på stan', 'sv');
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
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.recordUnanswered(`fråga ${i}`, 'sv')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.flush();
    expect(await readdir(dataDir)).toEqual([STAFF_FILE_NAME]);
    expect(JSON.parse(await readFile(path.join(dataDir, STAFF_FILE_NAME), 'utf8')).unanswered).toHaveLength(50);
  });

  it('deletes what is older than the retention period (injected clock), counting from the last time it was seen', async () => {
    const dataDir = await makeTempDir('store');
    let now = new Date('2026-01-01T08:00:00Z');
    const store = await openStore(dataDir, () => now);
    await store.recordUnanswered('gammal fråga', 'sv');
    await store.addSuggestion('gammal synpunkt', 'sv');
    await store.recordUnanswered('återkommande fråga', 'en');
    now = new Date(now.getTime() + 20 * DAY);
    await store.recordUnanswered('återkommande fråga', 'en');
    await store.addSuggestion('ny synpunkt', 'se');

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
    await old.addSuggestion('mycket gammal', 'sv');
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
      await store.recordUnanswered(`fråga ${i}`, 'sv');
      await store.addSuggestion(`synpunkt ${i}`, 'sv');
    }
    const report = await store.readReport();
    expect(report.unanswered.map((u) => u.text)).toEqual(['fråga 3', 'fråga 4', 'fråga 5']);
    expect(report.suggestions.map((s) => s.text)).toEqual(['synpunkt 4', 'synpunkt 5']);
  });

  it('drops the question seen least recently, keeps one asked again, and counts a dropped one afresh', async () => {
    const dataDir = await makeTempDir('store');
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openStore(dataDir, () => now, { maxUnanswered: 2 });
    await store.recordUnanswered('fråga ett', 'sv');
    now = new Date(now.getTime() + DAY);
    await store.recordUnanswered('fråga två', 'sv');
    now = new Date(now.getTime() + DAY);
    await store.recordUnanswered('Fråga ett?', 'sv');
    await store.recordUnanswered('fråga tre', 'sv');
    expect((await store.readReport()).unanswered.map((u) => [u.text, u.count])).toEqual([['fråga ett', 2], ['fråga tre', 1]]);
    now = new Date(now.getTime() + DAY);
    await store.recordUnanswered('fråga två', 'sv');
    expect((await store.readReport()).unanswered.map((u) => [u.text, u.count])).toEqual([['fråga tre', 1], ['fråga två', 1]]);
  });

  it('counts the same redacted question once with a count and the last date', async () => {
    const dataDir = await makeTempDir('store');
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openStore(dataDir, () => now);
    const first = await store.recordUnanswered('Ring mig 070-111 22 33', 'sv');
    now = new Date('2026-01-05T00:00:00Z');
    const second = await store.recordUnanswered('ring mig 0702223344', 'sv');
    expect(second).toEqual(first);
    expect((await store.readReport()).unanswered).toEqual([
      { id: first!.id, text: 'Ring mig [borttaget]', lang: 'sv', count: 2, firstSeen: '2026-01-01', lastSeen: '2026-01-05' },
    ]);
  });

  it('keeps nothing when the unanswered log is switched off', async () => {
    const store = await openStore(await makeTempDir('store'), () => new Date(), { logUnanswered: false });
    expect(await store.recordUnanswered('Var kan jag köpa skidor?', 'sv')).toBeUndefined();
    expect((await store.readReport()).unanswered).toEqual([]);
  });

  it('reads a file written by an earlier version with missing lists', async () => {
    const dataDir = await makeTempDir('store');
    await writeFile(path.join(dataDir, STAFF_FILE_NAME), JSON.stringify({ feedback: { traffic: { up: 3, down: 1 } } }));
    const store = await openStore(dataDir, () => new Date());
    expect(await store.readReport()).toEqual({ feedback: { traffic: { up: 3, down: 1 } }, unanswered: [], suggestions: [] });
  });
});
