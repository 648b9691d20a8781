/**
 * Messenger de-duplication shared by every instance: a re-delivered event that reaches another instance is still
 * answered once. SET NX PX claims the key atomically; it expires after `ttlMs` as the in-memory store forgets it.
 */
import type { DedupStore } from '../../channels/facebook/dedupStore.js';
import type { RedisConnection } from './redisConnection.js';

export class RedisDedupStore implements DedupStore {
  constructor(private readonly redis: RedisConnection, private readonly options: { ttlMs?: number } = {}) {}

  async claim(key: string): Promise<boolean> {
    const ttlMs = this.options.ttlMs ?? 6 * 60 * 60 * 1000;
    const answer = await this.redis.call((client) => client.set(`${this.redis.keyPrefix}fb:seen:${key}`, '1', 'PX', ttlMs, 'NX'));
    return answer === 'OK';
  }
}
