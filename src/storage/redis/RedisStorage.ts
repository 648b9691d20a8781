/**
 * botbuilder's Storage in Redis, for user and conversation state shared by every instance. Semantics as MemoryStorage:
 * `read` returns each item with its eTag; `write` with an eTag other than '*' that no longer matches fails with an
 * eTag-conflict error and writes nothing (the check and the writes run in one Lua script, so they are atomic).
 * Bounds as BoundedMemoryStorage: every item expires `ttlMs` after it was last written or read, and an index sorted by
 * last use keeps at most `maxItems` items, forgetting the least recently used first.
 * Uses are stamped with LUA_NEXT_STAMP, so uses within one millisecond keep their order.
 */
import { randomBytes } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { defineScript, LUA_NEXT_STAMP, LUA_TRIM_OLDEST, type RedisConnection } from './redisConnection.js';
import { createStoreItems } from '../storeItems.js';

export interface RedisStorageOptions {
  /** STATE_MAX_ITEMS. */
  maxItems: number;
  /** STATE_TTL_HOURS, in milliseconds. */
  ttlMs: number;
  /** The clock, in milliseconds; tests freeze it. */
  now?: () => number;
}

/**
 * KEYS[1] = the index, KEYS[2..] = items. ARGV = ttlMs, nowMs. Returns the raw values (false when missing) and touches
 * every item found: its expiry starts again and it becomes the most recently used.
 */
const READ = defineScript(`${LUA_NEXT_STAMP}
local ttl, now = tonumber(ARGV[1]), tonumber(ARGV[2])
local values = {}
for i = 2, #KEYS do
  local value = redis.call('GET', KEYS[i])
  values[i - 1] = value
  if value then
    redis.call('PEXPIRE', KEYS[i], ttl)
    redis.call('ZADD', KEYS[1], 'XX', next_stamp(KEYS[1], now), KEYS[i])
  end
end
return values
`);

/**
 * KEYS[1] = the index (sorted set of item keys by last use), KEYS[2..] = items. ARGV = ttlMs, maxItems, nowMs, then per
 * item its expected eTag ('' or '*' for none) and its new value. Values are "<eTag>\n<json>" so the eTag is read cheaply.
 * Returns 0, or the position (2-based) of the first item whose eTag conflicts.
 */
const WRITE = defineScript(`${LUA_NEXT_STAMP}${LUA_TRIM_OLDEST}
local ttl, max, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
for i = 2, #KEYS do
  local expected = ARGV[2 + (i - 1) * 2]
  if expected ~= '' and expected ~= '*' then
    local current = redis.call('GET', KEYS[i])
    if current then
      local newline = string.find(current, '\\n', 1, true)
      if string.sub(current, 1, newline - 1) ~= expected then return i end
    end
  end
end
for i = 2, #KEYS do
  redis.call('SET', KEYS[i], ARGV[3 + (i - 1) * 2], 'PX', ttl)
  redis.call('ZADD', KEYS[1], next_stamp(KEYS[1], now), KEYS[i])
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
trim_oldest(KEYS[1], max, function(key) redis.call('DEL', key) end)
redis.call('PEXPIRE', KEYS[1], ttl)
return 0
`);

export class RedisStorage implements Storage {
  private readonly prefix: string;
  private readonly indexKey: string;
  private readonly now: () => number;

  constructor(private readonly redis: RedisConnection, private readonly options: RedisStorageOptions) {
    if (!(options.maxItems >= 1)) throw new RangeError('maxItems must be at least 1');
    this.prefix = `${redis.keyPrefix}state:`;
    this.indexKey = `${redis.keyPrefix}state-index`;
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    const keysInRedis = [this.indexKey, ...keys.map((key) => this.prefix + key)];
    const values = (await this.redis.runScript(READ, keysInRedis, [this.options.ttlMs, this.now()])) as unknown[];
    const found: StoreItems = createStoreItems();
    keys.forEach((key, index) => {
      const value = values[index];
      if (typeof value !== 'string') return;
      found[key] = JSON.parse(value.slice(value.indexOf('\n') + 1));
    });
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const args: Array<string | number> = [this.options.ttlMs, this.options.maxItems, this.now()];
    for (const [, item] of entries) {
      const expected = (item as { eTag?: string } | undefined)?.eTag ?? '';
      const eTag = randomBytes(9).toString('base64url');
      args.push(expected, `${eTag}\n${JSON.stringify({ ...(item as object), eTag })}`);
    }
    const keys = [this.indexKey, ...entries.map(([key]) => this.prefix + key)];
    const conflict = Number(await this.redis.runScript(WRITE, keys, args));
    if (conflict > 0) throw new Error(`Storage: error writing "${entries[conflict - 2]![0]}" due to eTag conflict.`);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys || keys.length === 0) return;
    const full = keys.map((key) => this.prefix + key);
    await this.redis.call((client) => client.multi().del(...full).zrem(this.indexKey, ...full).exec());
  }
}
