/**
 * The understanding thread (src/bot/UnderstandingThread.ts) is a real worker thread here, running the real engine on
 * the real knowledge base; the bot must get from it exactly what it would have decided itself, and must never wait
 * on a thread that cannot answer. Misbehaving threads are stand-ins in test/fixtures/workers/.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { readGolden, RESIDENT_SETS } from '../../src/cli/golden.js';
import { UnderstandingThread } from '../../src/bot/UnderstandingThread.js';
import { spawnUnderstandingWorker } from '../../src/bot/spawnUnderstandingWorker.js';
import { understandMessage, type UnderstandContext } from '../../src/bot/understandMessage.js';
import { understandingToWire } from '../../src/bot/understandingWire.js';
import { LiveKnowledge } from '../../src/knowledge/LiveKnowledge.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Activity } from 'botbuilder';
import { loadRealParts } from '../support/realParts.js';
import { makeTempDirSync } from '../support/tempDirs.js';
import { openConversation } from './conversation.js';

jest.setTimeout(60_000);

const threads: UnderstandingThread[] = [];
afterEach(async () => {
  await Promise.all(threads.splice(0).map((thread) => thread.close()));
});

function startThread(...args: Parameters<typeof UnderstandingThread.start>): UnderstandingThread {
  const thread = UnderstandingThread.start(...args);
  threads.push(thread);
  return thread;
}

function recordingLogger() {
  const lines: string[] = [];
  const details: Array<Record<string, unknown>> = [];
  const record = (level: string) => (detail: object, message?: string) => {
    lines.push(`${level} ${message}`);
    details.push(detail as Record<string, unknown>);
  };
  return { lines, details, logger: { info: record('info'), error: record('error') } };
}

const standIn = (name: string) => path.resolve('test/fixtures/workers', name);
const plain: UnderstandContext = { chosenLang: undefined, lastLang: undefined, locale: undefined, isAwaitingSuggestion: false };

test('the thread understands thousands of golden and resident questions exactly as the bot would itself', async () => {
  const { engine } = await loadRealParts();
  const thread = startThread({ warmUpMs: 0, maxWaiting: 64 });
  thread.load(engine.knowledge);
  expect(await thread.waitUntilReady(engine.knowledge.version, 30_000)).toBe(true);

  const texts = new Set<string>();
  for (const dir of ['test/golden', ...RESIDENT_SETS.map((set) => set.dir)]) {
    const golden = readGolden(dir);
    for (const lang of LANGS) for (const { q } of golden.byLang[lang]) texts.add(q);
    for (const { q } of golden.offTopic) texts.add(q);
  }
  expect(texts.size).toBeGreaterThan(15_000);
  // The contexts the bot gives: nothing known, a chosen language with a locale, and a suggestion awaited.
  const contexts: UnderstandContext[] = [
    plain,
    { chosenLang: 'se', lastLang: 'en', locale: 'sv-SE', isAwaitingSuggestion: false },
    { chosenLang: undefined, lastLang: 'sv', locale: 'en-GB', isAwaitingSuggestion: true },
  ];
  const routes = new Map<string, number>();
  let differing = 0;
  // Every third (a third of the 19,000 takes a few seconds here; all of them take 15).
  const all = [...texts].filter((_text, i) => i % 3 === 0);
  // In batches, as concurrent turns send them.
  for (let start = 0; start < all.length; start += 64) {
    const batch = all.slice(start, start + 64).map((text, i) => ({ text, ctx: contexts[(start + i) % contexts.length]! }));
    const onThread = await Promise.all(batch.map(({ text, ctx }) => thread.understand(text, ctx, engine.knowledge)));
    batch.forEach(({ text, ctx }, i) => {
      const understood = onThread[i];
      if (!understood) throw new Error(`the ready thread gave no understanding of ${JSON.stringify(text)}`);
      // The same routes, entries, scores, languages and cues (compared by entry id; the entries are the bot's own objects).
      if (JSON.stringify(understandingToWire(understood)) !== JSON.stringify(understandingToWire(understandMessage(engine, text, ctx)))) differing++;
      const route = understood.route === 'question' ? `question:${understood.result.kind}` : understood.route;
      routes.set(route, (routes.get(route) ?? 0) + 1);
      if (understood.route === 'question' && understood.result.kind === 'answer') {
        expect(understood.result.entry).toBe(engine.knowledge.byId.get(understood.result.entry.id));
        for (const entry of understood.result.related) expect(entry).toBe(engine.knowledge.byId.get(entry.id));
      }
    });
  }
  expect(differing).toBe(0);
  // Every route crossed the thread: safety, suggestions, intents, requests to suggest, and all three search results.
  for (const route of ['safety', 'suggestion', 'intent', 'suggest', 'question:answer', 'question:clarify', 'question:none']) expect(routes.get(route) ?? 0).toBeGreaterThan(0);
});

test('until the thread has the bot’s knowledge version it gives nothing, and the bot understands the message itself', async () => {
  const { engine } = await loadRealParts();
  const other = await loadKnowledge(path.resolve('test/fixtures/knowledge-with-followups'));
  expect(other.version).not.toBe(engine.knowledge.version);
  const thread = startThread({ warmUpMs: 0 });
  // Not yet given any knowledge.
  expect(thread.understand('Vad gör polisen mot narkotika?', plain, engine.knowledge)).toBeUndefined();
  expect(thread.status()).toEqual({ ready: false, restarts: 0 });

  thread.load(engine.knowledge);
  expect(await thread.waitUntilReady(engine.knowledge.version, 30_000)).toBe(true);
  expect(await thread.understand('Vad gör polisen mot narkotika?', plain, engine.knowledge)).toMatchObject({ route: 'question', result: { kind: 'answer' } });
  // A question asked with knowledge of another version (the bot reloaded, the thread has not yet).
  expect(thread.understand('Vad gör polisen mot narkotika?', plain, other)).toBeUndefined();

  // A reload: the thread answers for the new version once it has built it, with the new knowledge's entries.
  thread.load(other);
  expect(thread.understand('Vad gör polisen mot narkotika?', plain, engine.knowledge)).toBeUndefined();
  expect(await thread.waitUntilReady(other.version, 30_000)).toBe(true);
  const entryIds = new Set(other.entries.map((entry) => entry.id));
  for (const text of ['Hur går det med trafiken?', 'What do the police do about drugs?', 'Maid dahket politiija?']) {
    const understood = await thread.understand(text, plain, other);
    expect(understood?.route).toBe('question');
    if (understood?.route === 'question' && understood.result.kind === 'answer') {
      expect(entryIds.has(understood.result.entry.id)).toBe(true);
      expect(understood.result.entry).toBe(other.byId.get(understood.result.entry.id));
    }
  }
});

test('a thread that keeps a message too long is stopped and started again; the message is understood by the bot', async () => {
  const { engine } = await loadRealParts();
  const { lines, logger } = recordingLogger();
  const thread = startThread({ warmUpMs: 0, workerFile: standIn('silentWorker.mjs'), stuckMs: 200, restartDelayMs: 50, logger });
  thread.load(engine.knowledge);
  expect(await thread.waitUntilReady(engine.knowledge.version, 10_000)).toBe(true);
  const started = Date.now();
  const waiting = thread.understand('Vad gör polisen mot narkotika?', plain, engine.knowledge);
  expect(waiting).toBeDefined();
  // Given up on (undefined: the bot understands it itself) within the stuck limit and a watchdog round.
  expect(await waiting).toBeUndefined();
  expect(Date.now() - started).toBeLessThan(2000);
  expect(lines).toContain('error understanding thread too slow: stopping it');
  // Started again, with the knowledge it had.
  expect(await thread.waitUntilReady(engine.knowledge.version, 10_000)).toBe(true);
  expect(lines.filter((line) => line === 'info understanding thread ready').length).toBeGreaterThanOrEqual(2);
});

test('a thread that dies is started again, ever more slowly if it keeps dying; messages waiting are understood by the bot', async () => {
  const { engine } = await loadRealParts();
  const { lines, details, logger } = recordingLogger();
  const thread = startThread({ warmUpMs: 0, workerFile: standIn('crashingWorker.mjs'), restartDelayMs: 50, logger });
  thread.load(engine.knowledge);
  for (let round = 0; round < 3; round++) {
    expect(await thread.waitUntilReady(engine.knowledge.version, 10_000)).toBe(true);
    const [first, second] = [thread.understand('Hej', plain, engine.knowledge), thread.understand('Hejdå', plain, engine.knowledge)];
    expect(first).toBeDefined();
    expect(await first).toBeUndefined();
    expect(await second).toBeUndefined();
  }
  const delays = details.filter((_detail, i) => lines[i]!.startsWith('error understanding thread stopped')).map((detail) => detail.restartInMs);
  expect(delays).toEqual([50, 100, 200]);
  // What /healthz shows.
  expect(await thread.waitUntilReady(engine.knowledge.version, 10_000)).toBe(true);
  expect(thread.status()).toEqual({ ready: true, restarts: 3 });
  expect(lines).toContain('error understanding thread failed; the bot understands messages itself meanwhile');
});

test('a thread started early that failed before the bot took it over is started again, and the bot does not stop', async () => {
  const { engine } = await loadRealParts();
  const { lines, logger } = recordingLogger();
  const early = spawnUnderstandingWorker(standIn('failingAtStartWorker.mjs'));
  await new Promise((resolve) => early.worker.once('exit', resolve));
  expect(early.exitCode()).toBe(1);
  // Taken over after it stopped (src/index.ts starts it before the bot's modules load); started again with the usual file.
  const thread = startThread({ warmUpMs: 0, workerFile: standIn('silentWorker.mjs'), restartDelayMs: 200, logger }, early);
  thread.load(engine.knowledge);
  // Start-up does not wait for the restart: it goes on at once, warming the bot's own thread (src/main.ts).
  const started = Date.now();
  expect(await thread.waitUntilReady(engine.knowledge.version, 10_000, { untilStopped: true })).toBe(false);
  expect(Date.now() - started).toBeLessThan(150);
  expect(await thread.waitUntilReady(engine.knowledge.version, 10_000)).toBe(true);
  expect(lines[0]).toBe('error understanding thread stopped; the bot understands messages itself until it is back');
});

test('with too many messages waiting, the next one is left to the bot at once', async () => {
  const { engine } = await loadRealParts();
  const thread = startThread({ warmUpMs: 0, workerFile: standIn('silentWorker.mjs'), maxWaiting: 2, stuckMs: 60_000 });
  thread.load(engine.knowledge);
  expect(await thread.waitUntilReady(engine.knowledge.version, 10_000)).toBe(true);
  expect(thread.understand('ett', plain, engine.knowledge)).toBeDefined();
  expect(thread.understand('två', plain, engine.knowledge)).toBeDefined();
  expect(thread.understand('tre', plain, engine.knowledge)).toBeUndefined();
});

test('while the thread is not worth it (one client connection), messages are left to the bot at once', async () => {
  const { engine } = await loadRealParts();
  let connections = 1;
  const thread = startThread({ warmUpMs: 0, isWorthIt: () => connections > 1 });
  thread.load(engine.knowledge);
  expect(await thread.waitUntilReady(engine.knowledge.version, 30_000)).toBe(true);
  expect(thread.understand('Vad gör polisen mot narkotika?', plain, engine.knowledge)).toBeUndefined();
  connections = 3;
  expect(await thread.understand('Vad gör polisen mot narkotika?', plain, engine.knowledge)).toMatchObject({ route: 'question', result: { kind: 'answer' } });
});

test('a closed thread gives nothing and lets waiting messages go to the bot', async () => {
  const { engine } = await loadRealParts();
  const thread = startThread({ warmUpMs: 0, workerFile: standIn('silentWorker.mjs') });
  thread.load(engine.knowledge);
  expect(await thread.waitUntilReady(engine.knowledge.version, 10_000)).toBe(true);
  const waiting = thread.understand('Hej', plain, engine.knowledge);
  await thread.close();
  expect(await waiting).toBeUndefined();
  expect(thread.understand('Hej', plain, engine.knowledge)).toBeUndefined();
  expect(await thread.waitUntilReady(engine.knowledge.version, 100)).toBe(false);
});

test('a resident’s conversation gets the same replies from a bot with the thread as from one without', async () => {
  const { engine } = await loadRealParts();
  const thread = startThread({ warmUpMs: 0 });
  thread.load(engine.knowledge);
  expect(await thread.waitUntilReady(engine.knowledge.version, 30_000)).toBe(true);
  // Safety (with and without a knowledge answer), small talk, commands, a suggestion asked for and given, answers,
  // follow-ups, figures, a clarifying question, a job question and an off-topic one, in all three languages.
  const script = [
    'Hej!',
    'Min granne slår sin fru, jag hör det genom väggen',
    'Hur anmäler jag ett brott?',
    'Vad gör polisen mot narkotika?',
    'Hur går det med trafiken?',
    'Hur många brott anmäldes i Kiruna 2025?',
    'Hur blir man polis?',
    ['trygghet', 'kommunen och polisen', 'polisen', 'Kiruna'].find((word) => engine.ask(word, {}).kind === 'clarify')!,
    'Vad kostar ett busskort?',
    'Jag vill lämna ett förslag',
    'Fler poliser vid skolorna på kvällarna',
    'English',
    'What are the priorities?',
    'Who is behind the promises?',
    'Davvisámegiella',
    'Maid politiija ja suohkan háliidit olahit?',
    'Giitu!',
    'delete my data',
  ];
  // Counts the messages the thread itself understood (the bot understands one itself only if the thread gives nothing).
  let understoodOnThread = 0;
  const counting = {
    understand: (...args: Parameters<UnderstandingThread['understand']>) =>
      thread.understand(...args)?.then((understood) => {
        if (understood) understoodOnThread++;
        return understood;
      }),
  };
  const withThread = await openConversation({ understandingThread: counting });
  const without = await openConversation();
  const routes: string[] = [];
  for (const text of script) {
    const [a, b] = [await withThread.say(text), await without.say(text)];
    expect(a.map(visible)).toEqual(b.map(visible));
    expect(a.length).toBeGreaterThan(0);
    routes.push(String(withThread.logs.at(-1)?.details.route));
  }
  // Every message was understood on the thread (a language choice typed as a word is an intent).
  expect(understoodOnThread).toBe(script.length);
  // A safety turn is not logged, so it shows as the turn before it.
  expect(routes).toEqual(expect.arrayContaining(['greeting', 'answer', 'followup', 'clarify', 'none', 'suggest', 'suggestion', 'language', 'delete']));
});

/** What a resident sees of a reply (the ids and times of activities differ between two conversations). */
function visible(reply: Partial<Activity>) {
  return { text: reply.text, suggestedActions: reply.suggestedActions, entities: reply.entities, attachments: reply.attachments, inputHint: reply.inputHint };
}

test('a staff edit to the knowledge reaches the thread; a broken one leaves it on the last good knowledge', async () => {
  const dir = makeTempDirSync('thread-live');
  cpSync('test/fixtures/knowledge-with-followups', dir, { recursive: true });
  const live = await LiveKnowledge.open(dir, { watch: false });
  const loaded: string[] = [];
  const thread = startThread({ warmUpMs: 0 });
  thread.load(live.knowledge());
  live.onLoaded((knowledge) => {
    loaded.push(knowledge.version);
    thread.load(knowledge);
  });
  const answerOnThread = async () => {
    const knowledge = live.knowledge();
    expect(await thread.waitUntilReady(knowledge.version, 30_000)).toBe(true);
    const understood = await thread.understand('rattfylleri', plain, knowledge);
    return understood?.route === 'question' && understood.result.kind === 'answer' ? understood.result.entry.answer.sv : understood?.route;
  };
  expect(await answerOnThread()).toBe('Polisen övervakar trafiken i hela kommunen.');

  const file = path.join(dir, 'entries.yaml');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('Polisen övervakar trafiken i hela kommunen.', 'Polisen övervakar trafiken, året runt.'));
  expect(await live.reload()).toBe('loaded');
  expect(await answerOnThread()).toBe('Polisen övervakar trafiken, året runt.');

  writeFileSync(file, original.replace('owner: police', 'owner: polisen'));
  expect(await live.reload()).toBe('refused');
  expect(await live.reload()).toBe('refused');
  expect(await answerOnThread()).toBe('Polisen övervakar trafiken, året runt.');
  // Told of the one good change only.
  expect(loaded).toEqual([live.knowledge().version]);
  live.close();
});
