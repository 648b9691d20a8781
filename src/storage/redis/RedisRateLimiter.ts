/**
 * Token-bucket rate limits shared by every instance (same rules as MemoryRateLimiter): one Lua script refills and
 * takes a token atomically, on Redis's clock so that instances with slightly different clocks agree. A bucket expires
 * once it would be full again and the notice window has passed, so idle clients cost nothing.
 */
import type { RateDecision, RateLimit, RateLimiter } from '../../server/rateLimiter.js';
import { defineScript, type RedisConnection } from './redisConnection.js';

/** KEYS[1] = bucket. ARGV = capacity, tokens per ms, notice window ms. Returns {allowed, retryAfterSeconds, firstRefusal}. */
const CONSUME = defineScript(`
local capacity, perMs, notifyMs = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'notified')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
local notified = tonumber(bucket[3]) or (now - notifyMs)
tokens = math.min(capacity, tokens + math.max(0, now - at) * perMs)
local allowed, retry, first = 0, 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  if now - notified >= notifyMs then
    first = 1
    notified = now
  end
  retry = math.max(1, math.ceil((1 - tokens) / perMs / 1000))
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'at', now, 'notified', notified)
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + notifyMs)
return {allowed, retry, first}
`);

const ALLOWED: RateDecision = { isAllowed: true, retryAfterSeconds: 0, isFirstRefusal: false };
const NOTIFY_WINDOW_MS = 60_000;

export class RedisRateLimiter implements RateLimiter {
  /** `name` keeps the buckets of different limits apart (post, poll, token, messenger). */
  constructor(private readonly redis: RedisConnection, private readonly name: string, private readonly limit: RateLimit) {}

  async consume(key: string): Promise<RateDecision> {
    const { perMinute, burst } = this.limit;
    if (perMinute <= 0) return ALLOWED;
    const [allowed, retry, first] = (await this.redis.runScript(
      CONSUME,
      [`${this.redis.keyPrefix}rl:${this.name}:${key}`],
      [Math.max(1, burst), perMinute / 60_000, NOTIFY_WINDOW_MS],
    )) as [number, number, number];
    if (allowed === 1) return ALLOWED;
    return { isAllowed: false, retryAfterSeconds: retry, isFirstRefusal: first === 1 };
  }
}
