/**
 * Rate limits as token buckets: `burst` requests at once, refilled at `perMinute`. Async on purpose: a later issue
 * keeps the counters in Redis so that several instances share them. The in-memory limiter is bounded: it keeps at
 * most `maxKeys` buckets and forgets the least recently used one first (a forgotten bucket starts full again, which
 * only ever errs on the resident's side).
 */
import type { Response } from 'restify';

export interface RateLimit {
  /** Sustained rate; 0 switches the limit off. */
  perMinute: number;
  /** How many requests may come at once before the rate applies. */
  burst: number;
}

export interface RateDecision {
  isAllowed: boolean;
  /** Whole seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
  /** True for the first refusal of this key within a minute: the moment to tell the resident, once. */
  isFirstRefusal: boolean;
}

export interface RateLimiter {
  consume(key: string): Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  notifiedAt: number;
}

const ALLOWED: RateDecision = { isAllowed: true, retryAfterSeconds: 0, isFirstRefusal: false };
const NOTIFY_WINDOW_MS = 60_000;

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly limit: RateLimit, options: { maxKeys?: number; now?: () => number } = {}) {
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.buckets.size;
  }

  async consume(key: string): Promise<RateDecision> {
    const { perMinute, burst } = this.limit;
    if (perMinute <= 0) return ALLOWED;
    const capacity = Math.max(1, burst);
    const perMs = perMinute / 60_000;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now, notifiedAt: -Infinity };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    // Re-inserting keeps the Map in least-recently-used order, so the first key is the one to forget.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return ALLOWED;
    }
    const isFirstRefusal = now - bucket.notifiedAt >= NOTIFY_WINDOW_MS;
    if (isFirstRefusal) bucket.notifiedAt = now;
    return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)), isFirstRefusal };
  }
}

/**
 * Takes a token for `key`; when there is none, answers 429 with Retry-After in seconds and a short JSON body in Direct
 * Line's error shape, and returns true (the request is done). No limiter: always allowed.
 */
export async function refuseOverLimit(limiter: RateLimiter | undefined, key: string, res: Response): Promise<boolean> {
  if (!limiter) return false;
  const decision = await limiter.consume(key);
  if (decision.isAllowed) return false;
  res.setHeader('Retry-After', String(decision.retryAfterSeconds));
  res.send(429, { error: { code: 'TooManyRequests', message: 'Too many requests. Please wait a moment.' } });
  return true;
}
