/**
 * Two bot instances sharing one state store (as with Redis), and two messages of one resident at the same moment: the
 * first instance's state write arrives after the second one's. Its eTag is then stale; the turn must still end well
 * and keep what both turns remembered (the entries each rated, so that neither can be counted twice).
 * The state store is the real BoundedMemoryStorage; the "slow network" is a gate in front of one instance's writes.
 */
import { TestAdapter } from 'botbuilder';
import type { Activity, Storage, StoreItems } from 'botbuilder';
import { PromiseBot } from '../../src/bot/PromiseBot.js';
import { createTurnErrorHandler } from '../../src/bot/handleTurnError.js';
import { BoundedMemoryStorage } from '../../src/storage/BoundedMemoryStorage.js';
import { JsonFileStaffStore } from '../../src/staff/JsonFileStaffStore.js';
import { loadRealParts } from '../support/realParts.js';
import { makeTempDir } from '../staff/staffConversation.js';

/** The shared store as one instance sees it: its next write waits until `release()` (the first one only). */
class SlowWriteStorage implements Storage {
  private gate: Promise<void> | undefined;
  private open: () => void = () => {};
  writeStarted: Promise<void>;
  private started: () => void = () => {};

  constructor(private readonly inner: Storage) {
    this.writeStarted = new Promise((resolve) => (this.started = resolve));
  }

  holdNextWrite(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const gate = this.gate;
    this.gate = undefined;
    this.started();
    if (gate) await gate;
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

async function openInstance(storage: Storage, store: JsonFileStaffStore) {
  const { engine, t } = await loadRealParts();
  const bot = new PromiseBot({
    getEngine: () => engine,
    t,
    storage,
    staffStore: store,
    retentionDays: 30,
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.onTurnError = createTurnErrorHandler({ t, logger: { info: () => {}, error: () => {} } });
  // Both instances serve the same resident in the same conversation (TestAdapter's default ids).
  const send = async (text: string): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity({ type: 'message', channelId: 'test', text });
    return adapter.activeQueue.splice(0);
  };
  return { send, t };
}

describe('two messages of one resident on two instances at the same moment', () => {
  it('both are answered, and both ratings are remembered', async () => {
    const shared = new BoundedMemoryStorage({ maxItems: 100, ttlMs: 3_600_000 });
    const slow = new SlowWriteStorage(shared);
    const dataDir = await makeTempDir('concurrent');
    const store = await JsonFileStaffStore.open({ dataDir, retentionDays: 30, logUnanswered: true, debounceMs: 5 });
    const a = await openInstance(slow, store);
    const b = await openInstance(shared, store);

    await a.send('Hej'); // The conversation's state exists before the race.
    slow.holdNextWrite();
    const first = a.send('fb:up:priorities');
    await slow.writeStarted;
    const second = await b.send('fb:up:traffic');
    slow.release();
    const firstReplies = await first;

    const apology = a.t('sv', 'error.apology');
    for (const replies of [firstReplies, second]) {
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toBe(a.t('sv', 'feedback.thanks'));
    }
    // Rating again, on either instance, counts nothing: the merged state remembers both ratings.
    await a.send('fb:up:traffic');
    const again = await b.send('fb:up:priorities');
    expect(again[0]!.text).not.toBe(apology);
    expect((await store.readReport()).feedback).toEqual({ priorities: { up: 1, down: 0 }, traffic: { up: 1, down: 0 } });
  });
});
