/**
 * Live reload as the running bot sees it: /healthz reports the knowledge version, the follow-ups and a refused edit;
 * a broken edit keeps the bot answering from the last good knowledge; a fixed edit is live at once.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.js';
import { LiveKnowledge } from '../../src/knowledge/LiveKnowledge.js';
import { createTranslate } from '../../src/language/i18n.js';
import { PromiseBot } from '../../src/bot/PromiseBot.js';
import { createCloudAdapter } from '../../src/bot/createCloudAdapter.js';
import { createServer } from '../../src/server/createServer.js';
import { makeTempDir } from './staffConversation.js';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

interface Health {
  status: string;
  knowledge: { entries: number; loadedAt: string; version: string; followups: number; lastRefused?: { at: string; problems: string[] } };
}

async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('live knowledge behind /healthz and the bot', () => {
  let server: Server;
  let live: LiveKnowledge;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = await makeTempDir('live');
    await cp(path.resolve('test/fixtures/knowledge-with-followups'), dir, { recursive: true });
    live = await LiveKnowledge.open(dir, { watch: true, debounceMs: 50 });
    const t = await createTranslate(path.resolve('locales'));
    const storage = new MemoryStorage();
    const getEngine = () => live.engine();
    const bot = new PromiseBot({ getEngine, t, storage });
    const config = loadConfig({});
    server = createServer({
      adapter: createCloudAdapter(config, { t, logger: silent }),
      bot,
      getEngine,
      isAuthEnabled: false,
      logger: silent,
      readHealth: () => ({ knowledge: live.status() }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    live.close();
    server.close();
  });

  const health = async () => (await (await fetch(`${base}/healthz`)).json()) as Health;
  let n = 0;
  const ask = async (text: string) => {
    n += 1;
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `m${n}`, text, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', deliveryMode: 'expectReplies',
        conversation: { id: `c${n}` }, from: { id: `u${n}` }, recipient: { id: 'bot' },
      }),
    });
    return ((await response.json()) as { activities: Array<{ text: string; entities?: Array<{ type: string; id: string }> }> }).activities[0]!;
  };

  it('reports the knowledge in use: entries, loadedAt, version and follow-ups', async () => {
    const body = await health();
    expect(body).toEqual({
      status: 'ok',
      knowledge: { entries: 2, followups: 2, version: live.knowledge().version, loadedAt: live.knowledge().loadedAt.toISOString() },
    });
    expect(body.knowledge.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('answers a follow-up question with the latest follow-up (TEST DATA)', async () => {
    const reply = await ask('hur går det med narkotikasöket?');
    expect(reply.entities).toEqual([expect.objectContaining({ type: 'kb-answer', id: 'drug-dog' })]);
    expect(reply.text).toContain('2026-03-02');
    expect(reply.text).toContain('TESTDATA. Nytt sök planeras under året.');
  });

  it('refuses a broken edit, says so in /healthz and keeps answering from the last good knowledge', async () => {
    const before = await health();
    const file = path.join(dir, 'entries.yaml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('  - id: traffic', '  - id: traffic\n    owner: [unclosed'));
    const refused = await waitFor(health, (body) => body.knowledge.lastRefused !== undefined);
    expect(refused.status).toBe('ok');
    expect(refused.knowledge.version).toBe(before.knowledge.version);
    expect(refused.knowledge.lastRefused!.problems.join('\n')).toContain('entries.yaml');
    expect((await ask('Söker polisen med hund på gymnasiet?')).entities).toEqual([expect.objectContaining({ id: 'drug-dog' })]);

    // Fixed, with a new follow-up: live at once, and the refusal is cleared.
    await writeFile(file, good);
    await writeFile(
      path.join(dir, 'followups', '2026.yaml'),
      (await readFile(path.join(dir, 'followups', '2026.yaml'), 'utf8')) +
        '  - commitment: drug-dog\n    date: 2026-09-15\n    status: done\n    text:\n      sv: TESTDATA. Sök genomfört i september.\n      en: TEST DATA. Search done in September.\n      se: TEST DATA. Ohcan dahkkui čakčamánus.\n' +
        '    source:\n      title: { sv: Test, en: Test, se: Test }\n      url: https://example.org/test-followup-2026-09\n    review: { se: draft }\n',
    );
    const reloaded = await waitFor(health, (body) => body.knowledge.followups === 3 && body.knowledge.lastRefused === undefined);
    expect(reloaded.knowledge.followups).toBe(3);
    expect(reloaded.knowledge.lastRefused).toBeUndefined();
    expect(reloaded.knowledge.version).not.toBe(before.knowledge.version);
    expect((await ask('how is it going with the drug dog search?')).text).toContain('2026-09-15');
  });
});
