/**
 * The knowledge the running bot answers from, reloaded when a file changes, without a restart: a valid change is
 * live within a second; a broken one is refused with a clear log line, and the bot goes on answering from the last
 * good knowledge. Start-up is stricter: broken knowledge then stops the bot, naming the culprit.
 */
import { watch, type FSWatcher } from 'node:fs';
import { createAnswerEngine } from './createAnswerEngine.js';
import { formatProblem, KnowledgeError, loadKnowledge, ParseCache } from './loadKnowledge.js';
import type { AnswerEngine, Knowledge } from './types.js';

export interface KnowledgeLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}

export interface KnowledgeStatus {
  entries: number;
  followups: number;
  version: string;
  loadedAt: string;
  lastRefused?: { at: string; problems: string[] };
}

export type ReloadOutcome = 'loaded' | 'unchanged' | 'refused';

const SILENT: KnowledgeLogger = { info: () => {}, warn: () => {} };

export class LiveKnowledge {
  private current: { knowledge: Knowledge; engine: AnswerEngine };
  private lastRefused: KnowledgeStatus['lastRefused'];
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<ReloadOutcome> | undefined;
  private pending = false;
  private readonly listeners: Array<(knowledge: Knowledge) => void> = [];

  private constructor(
    private readonly dir: string,
    knowledge: Knowledge,
    private readonly logger: KnowledgeLogger,
    private readonly debounceMs: number,
    private readonly parseCache: ParseCache,
  ) {
    this.current = { knowledge, engine: createAnswerEngine(knowledge) };
  }

  /** Loads `dir` (throws a KnowledgeError if it is broken) and, with `watch`, follows changes to it. */
  static async open(dir: string, options: { watch?: boolean; logger?: KnowledgeLogger; debounceMs?: number } = {}): Promise<LiveKnowledge> {
    const parseCache = new ParseCache();
    const knowledge = await loadKnowledge(dir, parseCache);
    const live = new LiveKnowledge(dir, knowledge, options.logger ?? SILENT, options.debounceMs ?? 150, parseCache);
    if (options.watch) live.startWatching();
    return live;
  }

  engine(): AnswerEngine {
    return this.current.engine;
  }

  /** Called with each new knowledge version once the bot answers from it. */
  onLoaded(listener: (knowledge: Knowledge) => void): void {
    this.listeners.push(listener);
  }

  knowledge(): Knowledge {
    return this.current.knowledge;
  }

  status(): KnowledgeStatus {
    const k = this.current.knowledge;
    return {
      entries: k.entries.length,
      followups: k.followups.length,
      version: k.version,
      loadedAt: k.loadedAt.toISOString(),
      ...(this.lastRefused ? { lastRefused: this.lastRefused } : {}),
    };
  }

  /** Reloads now; concurrent calls share one reload, and a change during a reload triggers one more. */
  async reload(): Promise<ReloadOutcome> {
    if (this.reloading) {
      this.pending = true;
      return this.reloading;
    }
    this.reloading = this.loadOnce();
    try {
      return await this.reloading;
    } finally {
      this.reloading = undefined;
      if (this.pending) {
        this.pending = false;
        void this.reload();
      }
    }
  }

  private async loadOnce(): Promise<ReloadOutcome> {
    try {
      const knowledge = await loadKnowledge(this.dir, this.parseCache);
      if (knowledge.version === this.current.knowledge.version) return 'unchanged';
      this.current = { knowledge, engine: createAnswerEngine(knowledge) };
      this.lastRefused = undefined;
      this.logger.info({ version: knowledge.version, entries: knowledge.entries.length }, 'knowledge reloaded');
      for (const listener of this.listeners) {
        try {
          listener(knowledge);
        } catch (error) {
          this.logger.warn({ err: (error as Error).message }, 'a user of the reloaded knowledge failed; the bot answers from it all the same');
        }
      }
      return 'loaded';
    } catch (error) {
      const problems = error instanceof KnowledgeError ? error.problems.map(formatProblem) : [(error as Error).message];
      this.lastRefused = { at: new Date().toISOString(), problems };
      this.logger.warn(
        { problems, keptVersion: this.current.knowledge.version },
        `knowledge change refused (${problems.length} problem(s)); still answering from version ${this.current.knowledge.version}. Run npm run kb:check`,
      );
      return 'refused';
    }
  }

  private startWatching(): void {
    // Recursive, so that follow-ups in knowledge/followups/ are followed too; editors that save by renaming a
    // temporary file still produce an event on the directory.
    this.watcher = watch(this.dir, { recursive: true }, (_event, name) => {
      if (name && !String(name).endsWith('.yaml')) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), this.debounceMs);
    });
    this.watcher.on('error', (error) => this.logger.warn({ err: error.message }, 'knowledge watcher failed; reload needs a restart'));
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
