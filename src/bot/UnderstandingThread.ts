/**
 * A second thread that understands residents' messages (understandMessage: the safety check, intents, the search),
 * so that the bot's own thread — the one that reads requests, keeps state and sends replies — does only that.
 *
 * Why: measured with `npm run bench` on two cores, the bot's thread was busy all the time under load (0.24–0.29 ms of
 * CPU a request, an echo bot's 0.19–0.23), with understanding a message costing about 85 µs of it (its caches cold
 * after each request's framework work; 22 µs warm, `npm run bench:turn`), while a third of the two cores' time was
 * idle. With the understanding here, the bot's thread spends 0.13–0.17 ms a request and the bot answers 1.30–1.56
 * times the echo bot's requests a second at 10 connections, 1.36–1.56 at 50 and 100 (0.78–0.85 without;
 * docs/benchmarks.md). A message and its understanding cross between the threads as small structured clones
 * (entries by id, see understandingWire.ts).
 *
 * Never a point of failure: while the thread is starting, has knowledge of another version than the bot's, has failed
 * or is too slow, `understand` gives undefined and the bot understands the message itself, with the same result. A
 * thread that stops is started again (after 1 s, then longer); one that keeps a message longer than `stuckMs` is
 * stopped and started again.
 *
 * Private: a message crosses to the thread and its understanding comes back; the thread keeps and logs nothing.
 */
import type { Worker } from 'node:worker_threads';
import type { Knowledge } from '../knowledge/types.js';
import type { UnderstandContext, Understanding } from './understandMessage.js';
import { spawnUnderstandingWorker, type StartedWorker } from './spawnUnderstandingWorker.js';
import { knowledgeToWire, understandingFromWire, type WireKnowledge, type WireUnderstanding } from './understandingWire.js';

export type ToUnderstandingThread =
  | { type: 'knowledge'; knowledge: WireKnowledge; warmUpMs: number }
  | { type: 'understand'; id: number; text: string; ctx: UnderstandContext };

export type FromUnderstandingThread =
  | { type: 'ready'; version: string; warmUpTexts: number }
  | { type: 'broken'; version: string; message: string }
  | { type: 'understood'; id: number; version: string; understanding?: WireUnderstanding; error?: string };

export interface UnderstandingThreadLogger {
  info(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface UnderstandingThreadOptions {
  /** The warm-up the thread gives each knowledge version before it answers (warmUp.ts). */
  warmUpMs: number;
  logger?: UnderstandingThreadLogger;
  /**
   * With this many messages already waiting for the thread, the bot understands the next one itself (a large
   * knowledge base, whose search takes milliseconds, then keeps both threads busy instead of queueing on one). 16 let
   * the bot's thread take too many under `npm run bench -- --connections 50` (0.98 of the echo bot against 1.39 with 64).
   */
  maxWaiting?: number;
  /**
   * Whether the thread is worth a message now (default: always). The bot gives "more than one client connection is
   * open": with one, requests come one at a time, nothing runs beside the thread, and handing a message over and back
   * only adds to each request's time (`npm run bench -- --connections 1`: 0.61 of the echo bot with the thread, 0.87–0.90
   * without).
   */
  isWorthIt?: () => boolean;
  /** A message unanswered this long stops the thread (and the bot understands it itself). */
  stuckMs?: number;
  /** The thread's module; by default understandingWorker (tests give stand-ins that misbehave). */
  workerFile?: string;
  /** The first wait before a stopped thread is started again; doubled each time it stops within a minute, up to a minute. */
  restartDelayMs?: number;
}

const SILENT: UnderstandingThreadLogger = { info: () => {}, error: () => {} };
const MAX_RESTART_DELAY_MS = 60_000;
const DEFAULT_MAX_WAITING = 64;

type Pending = { resolve: (understanding: WireUnderstanding | undefined) => void; sentAt: number; knowledge: Pick<Knowledge, 'byId' | 'version'> };

export class UnderstandingThread {
  private worker: Worker | undefined;
  /** The knowledge version the thread has built and warmed; it answers only for that version. */
  private readyVersion: string | undefined;
  /** The knowledge the thread should have: the bot's latest (undefined until the first is loaded). */
  private knowledge: Knowledge | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** The wait before the last restart (undefined: none yet). */
  private restartDelayMs: number | undefined;
  private lastStart = 0;
  private restarts = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly watchdog: NodeJS.Timeout;
  private isClosed = false;
  private readonly logger: UnderstandingThreadLogger;
  private readonly maxWaiting: number;

  private constructor(private readonly options: UnderstandingThreadOptions) {
    this.logger = options.logger ?? SILENT;
    this.maxWaiting = options.maxWaiting ?? DEFAULT_MAX_WAITING;
    const stuckMs = options.stuckMs ?? 5000;
    this.watchdog = setInterval(() => this.stopIfStuck(stuckMs), Math.max(10, Math.min(1000, stuckMs / 2)));
    this.watchdog.unref();
  }

  /**
   * Starts the thread, or takes one `started` already (spawnUnderstandingWorker), which loads its code meanwhile; it
   * answers once it has been given knowledge (`load`) and has built and warmed its engine.
   */
  static start(options: UnderstandingThreadOptions, started?: StartedWorker): UnderstandingThread {
    const thread = new UnderstandingThread(options);
    thread.startWorker(started);
    return thread;
  }

  /** For /healthz: whether the thread answers for the bot's knowledge now, and how often it was started again. */
  status(): { ready: boolean; restarts: number } {
    return { ready: this.knowledge !== undefined && this.isReadyFor(this.knowledge.version), restarts: this.restarts };
  }

  /** True once the thread answers for this knowledge version. */
  isReadyFor(version: string): boolean {
    return this.worker !== undefined && this.readyVersion === version;
  }

  /**
   * Resolves when the thread answers for this version (or after `timeoutMs`, with false; with `untilStopped`, also as
   * soon as the thread has stopped: start-up then goes on without it instead of waiting for a restart).
   */
  async waitUntilReady(version: string, timeoutMs: number, options: { untilStopped?: boolean } = {}): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!this.isReadyFor(version)) {
      if (this.isClosed || Date.now() >= until || (options.untilStopped && this.worker === undefined)) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return true;
  }

  /**
   * The message understood with `knowledge`'s entries; undefined (at once, or when its answer comes) when the thread
   * cannot answer for that version, has too many messages waiting, is not worth it now (isWorthIt), or stopped.
   */
  understand(text: string, ctx: UnderstandContext, knowledge: Pick<Knowledge, 'byId' | 'version'>): Promise<Understanding | undefined> | undefined {
    const worker = this.worker;
    if (!worker || this.readyVersion !== knowledge.version || this.pending.size >= this.maxWaiting) return undefined;
    if (this.options.isWorthIt && !this.options.isWorthIt()) return undefined;
    const id = ++this.nextId;
    return new Promise<WireUnderstanding | undefined>((resolve) => {
      this.pending.set(id, { resolve, sentAt: performance.now(), knowledge });
      const message: ToUnderstandingThread = { type: 'understand', id, text, ctx };
      worker.postMessage(message);
    }).then((wire) => (wire ? understandingFromWire(wire, knowledge) : undefined));
  }

  /** The first or a new knowledge version: the thread builds it; until it is ready the bot understands messages itself. */
  load(knowledge: Knowledge): void {
    this.knowledge = knowledge;
    this.readyVersion = undefined;
    this.postKnowledge();
  }

  close(): Promise<void> {
    this.isClosed = true;
    clearInterval(this.watchdog);
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    this.worker = undefined;
    this.settleAll();
    return worker ? worker.terminate().then(() => undefined) : Promise.resolve();
  }

  /** Starts the worker (or takes one started already, see src/index.ts). */
  private startWorker(started?: StartedWorker): void {
    if (this.isClosed) return;
    const { worker, exitCode } = started ?? spawnUnderstandingWorker(this.options.workerFile);
    this.worker = worker;
    this.readyVersion = undefined;
    this.lastStart = Date.now();
    worker.on('message', (message: FromUnderstandingThread) => this.receive(worker, message));
    worker.on('error', (error) => {
      this.logger.error({ err: { name: error.name } }, 'understanding thread failed; the bot understands messages itself meanwhile');
    });
    worker.on('exit', (code) => this.onExit(worker, code));
    worker.unref();
    // Stopped before it was handed over: as if it stopped now.
    const code = exitCode();
    if (code !== undefined) {
      this.onExit(worker, code);
      return;
    }
    this.postKnowledge();
  }

  private postKnowledge(): void {
    if (!this.knowledge) return;
    const message: ToUnderstandingThread = { type: 'knowledge', knowledge: knowledgeToWire(this.knowledge), warmUpMs: this.options.warmUpMs };
    this.worker?.postMessage(message);
  }

  private receive(worker: Worker, message: FromUnderstandingThread): void {
    if (worker !== this.worker) return;
    if (message.type === 'understood') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      pending.resolve(message.version === pending.knowledge.version ? message.understanding : undefined);
      return;
    }
    if (message.type === 'ready') {
      // A version the bot has already left behind stays unused: the newer one is on its way.
      if (message.version !== this.knowledge?.version) return;
      this.readyVersion = message.version;
      this.logger.info({ version: message.version, warmUpTexts: message.warmUpTexts }, 'understanding thread ready');
      return;
    }
    this.readyVersion = undefined;
    this.logger.error({ version: message.version, err: { message: message.message } }, 'understanding thread could not build the knowledge; the bot understands messages itself');
  }

  private onExit(worker: Worker, code: number): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.readyVersion = undefined;
    this.settleAll();
    if (this.isClosed) return;
    // Quickly again after a long good run; ever more slowly when it keeps stopping.
    const hasRunLong = Date.now() - this.lastStart > MAX_RESTART_DELAY_MS;
    this.restartDelayMs =
      hasRunLong || this.restartDelayMs === undefined ? (this.options.restartDelayMs ?? 1000) : Math.min(this.restartDelayMs * 2, MAX_RESTART_DELAY_MS);
    this.logger.error({ code, restartInMs: this.restartDelayMs }, 'understanding thread stopped; the bot understands messages itself until it is back');
    this.restartTimer = setTimeout(() => {
      this.restarts += 1;
      this.startWorker();
    }, this.restartDelayMs);
    this.restartTimer.unref();
  }

  /** Every message still waiting is understood by the bot itself. */
  private settleAll(): void {
    for (const pending of this.pending.values()) pending.resolve(undefined);
    this.pending.clear();
  }

  private stopIfStuck(stuckMs: number): void {
    const worker = this.worker;
    if (!worker || this.pending.size === 0) return;
    // The oldest message waiting is the first in the map (insertion order).
    const oldest = this.pending.values().next().value!;
    if (performance.now() - oldest.sentAt < stuckMs) return;
    this.logger.error({ waitingMs: Math.round(performance.now() - oldest.sentAt), waiting: this.pending.size }, 'understanding thread too slow: stopping it');
    void worker.terminate();
  }
}
