/**
 * One ioredis connection shared by every Redis store of the process, set up so that an outage fails requests at once
 * instead of holding them: no offline queue (a command while disconnected is refused), one attempt per command, a
 * short command timeout, and reconnection by itself with a capped backoff. `status()` feeds /healthz.
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { StoreUnavailableError } from './StoreUnavailableError.js';

export interface RedisLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface RedisConnectionOptions {
  /** REDIS_URL, e.g. redis://127.0.0.1:6379/0 (rediss:// for TLS). */
  url: string;
  /** REDIS_KEY_PREFIX: every key this bot writes starts with it (default "kmb:"). */
  keyPrefix: string;
  /** REDIS_COMMAND_TIMEOUT_MS: a command that takes longer fails (the request gets a 503). */
  commandTimeoutMs?: number;
  /** Longest wait between reconnection attempts. */
  maxBackoffMs?: number;
  logger?: RedisLogger;
}

export interface RedisConnection {
  readonly client: Redis;
  readonly keyPrefix: string;
  /** 'ok' when commands can be sent now, else 'down'. */
  status(): 'ok' | 'down';
  /** Runs a Lua script by its SHA1, loading it again when Redis has forgotten it (after a restart). */
  runScript(script: LuaScript, keys: string[], args: Array<string | number>): Promise<unknown>;
  /** Runs `work`, turning connection failures into StoreUnavailableError. */
  call<T>(work: (client: Redis) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface LuaScript {
  source: string;
  sha: string;
}

export function defineScript(source: string): LuaScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/**
 * Lua: `next_stamp(index, now)` gives a score for "used now" in the sorted set `index` that is strictly after every score
 * in it: max(now, newest + 1 µs). Uses within one millisecond (or on instances whose clocks differ a little) then keep
 * their order; with plain millisecond scores they would tie and Redis would order them by member name, so a cap would
 * forget an arbitrary item instead of the least recently used one.
 */
export const LUA_NEXT_STAMP = `
local function next_stamp(index, now)
  local newest = redis.call('ZREVRANGE', index, 0, 0, 'WITHSCORES')[2]
  if newest and tonumber(newest) >= now then return tonumber(newest) + 0.001 end
  return now
end
`;

/**
 * Lua: `trim_oldest(index, max, drop)` keeps at most `max` members in the sorted set `index`, removing the oldest
 * (lowest scores) first and calling `drop(member)` for each before it goes, to delete what the member stands for.
 * The caps of every Redis store (least recently used, or oldest added) go through it.
 */
export const LUA_TRIM_OLDEST = `
local function trim_oldest(index, max, drop)
  local excess = redis.call('ZCARD', index) - max
  if excess <= 0 then return end
  for _, old in ipairs(redis.call('ZRANGE', index, 0, excess - 1)) do drop(old) end
  redis.call('ZREMRANGEBYRANK', index, 0, excess - 1)
end
`;

const silent: RedisLogger = { info() {}, warn() {}, error() {} };

/** Errors that mean "Redis is not there right now", as opposed to a bug or a refused write. */
function isConnectionFailure(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  if (name === 'MaxRetriesPerRequestError' || name === 'StoreUnavailableError') return true;
  return /Stream isn't writeable|Connection is closed|Command timed out|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|LOADING|connect/i.test(message ?? '');
}

export function openRedisConnection(options: RedisConnectionOptions): RedisConnection {
  const logger = options.logger ?? silent;
  const maxBackoffMs = options.maxBackoffMs ?? 2000;
  let isDown = false;
  const client = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    connectTimeout: 2000,
    // Reconnect for ever: 50 ms, 100 ms, 200 ms … at most maxBackoffMs between attempts.
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times - 1, 10), maxBackoffMs),
    // A failover (replica promoted) answers READONLY: reconnect to find the new primary.
    reconnectOnError: (error) => /READONLY/.test(error.message),
  });
  // Only changes are logged: a Redis that is down for an hour must not write a line per reconnection attempt.
  client.on('ready', () => {
    if (isDown) logger.info({ store: 'redis' }, 'Redis is reachable again');
    isDown = false;
  });
  client.on('error', (error: Error) => {
    if (!isDown) logger.error({ store: 'redis', err: { name: error.name, message: error.message } }, 'Redis error');
    isDown = true;
  });
  client.on('close', () => {
    if (!isDown) logger.warn({ store: 'redis' }, 'Redis connection lost; reconnecting');
    isDown = true;
  });

  async function call<T>(work: (redis: Redis) => Promise<T>): Promise<T> {
    if (client.status !== 'ready') throw new StoreUnavailableError('Redis is not connected.');
    try {
      return await work(client);
    } catch (error) {
      if (isConnectionFailure(error)) throw new StoreUnavailableError('Redis is unavailable.', { cause: error });
      throw error;
    }
  }

  return {
    client,
    keyPrefix: options.keyPrefix,
    status: () => (client.status === 'ready' ? 'ok' : 'down'),
    call,
    runScript: (script, keys, args) =>
      call(async (redis) => {
        try {
          return await redis.evalsha(script.sha, keys.length, ...keys, ...args);
        } catch (error) {
          if (!/NOSCRIPT/.test((error as Error).message)) throw error;
          return redis.eval(script.source, keys.length, ...keys, ...args);
        }
      }),
    async close() {
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}

/** Resolves when the connection is ready, or after `timeoutMs` (the bot then starts degraded and keeps reconnecting). */
export async function waitUntilReady(connection: RedisConnection, timeoutMs: number): Promise<boolean> {
  if (connection.status() === 'ok') return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      connection.client.off('ready', onReady);
      resolve(false);
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    connection.client.once('ready', onReady);
  });
}
