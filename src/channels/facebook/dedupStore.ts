/**
 * Meta re-delivers a webhook event when our 200 came late or got lost; each message id (mid) must be answered once.
 * The interface is async so that a shared store (Redis, a later issue) can replace the in-memory one.
 */

export interface DedupStore {
  /** Records `key`; true the first time it is seen (within the store's memory), false for a re-delivery. */
  claim(key: string): Promise<boolean>;
}

export interface MemoryDedupOptions {
  /** Most keys kept; the oldest are forgotten first. */
  maxEntries?: number;
  /** How long a key is remembered. Meta retries for up to a day at most in practice; a few hours cover nearly all. */
  ttlMs?: number;
  now?: () => number;
}

/** A bounded LRU/TTL set: Map keeps insertion order, so the first key is always the oldest. */
export class MemoryDedupStore implements DedupStore {
  private readonly seen = new Map<string, number>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: MemoryDedupOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.ttlMs = options.ttlMs ?? 6 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.seen.size;
  }

  async claim(key: string): Promise<boolean> {
    const now = this.now();
    this.evictExpired(now);
    const expiresAt = this.seen.get(key);
    if (expiresAt !== undefined && expiresAt > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + this.ttlMs);
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value as string;
      this.seen.delete(oldest);
    }
    return true;
  }

  private evictExpired(now: number): void {
    for (const [key, expiresAt] of this.seen) {
      if (expiresAt > now) break;
      this.seen.delete(key);
    }
  }
}
