/**
 * The self-hosted Direct Line conversations in Redis, so that any instance can serve any poll or post of a resident.
 * Per conversation: a hash (user, locale, times, `seq` = the last sequence number) and a sorted set of its activities
 * scored by sequence number. Appending increments `seq` and adds the activity in one Lua script, so every instance
 * reads the same stream, the watermark (= seq) always covers exactly what a page returned, and nothing is half-written.
 * Bounds as MemoryConversationStore: each conversation expires `ttlMs` after its last activity, at most
 * `maxActivitiesPerConversation` activities are kept, and an index by last activity keeps at most `maxConversations`.
 */
import type { Activity } from 'botbuilder';
import type { ActivityPage, ConversationRecord, ConversationStore, StoredActivity } from '../../channels/webchat/conversationStore.js';
import { defineScript, LUA_NEXT_STAMP, LUA_TRIM_OLDEST, type RedisConnection } from './redisConnection.js';

export interface RedisConversationStoreOptions {
  ttlMs: number;
  maxConversations: number;
  maxActivitiesPerConversation: number;
}

/** KEYS: conversation, active index, user's conversations. ARGV: id, userId, locale, now, ttl, max, prefix. */
const CREATE = defineScript(`${LUA_NEXT_STAMP}${LUA_TRIM_OLDEST}
local id, now, ttl, max, prefix = ARGV[1], tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7]
if redis.call('EXISTS', KEYS[1]) == 1 then return {0, redis.call('HGETALL', KEYS[1])} end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - ttl)
-- Room for the new conversation: at most max - 1 others.
trim_oldest(KEYS[2], max - 1, function(old) redis.call('DEL', prefix .. 'dl:c:' .. old, prefix .. 'dl:a:' .. old) end)
redis.call('HSET', KEYS[1], 'id', id, 'userId', ARGV[2], 'createdAt', now, 'lastActiveAt', now, 'seq', 0)
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'locale', ARGV[3]) end
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('ZADD', KEYS[2], next_stamp(KEYS[2], now), id)
redis.call('PEXPIRE', KEYS[2], ttl)
redis.call('SADD', KEYS[3], id)
redis.call('PEXPIRE', KEYS[3], ttl)
return {1, redis.call('HGETALL', KEYS[1])}
`);

/** KEYS: conversation, activities, active index. ARGV: id, activity json, now, ttl, max activities, prefix. Returns seq or nil. */
const APPEND = defineScript(`${LUA_NEXT_STAMP}
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local now, ttl, max = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('HSET', KEYS[1], 'lastActiveAt', now)
redis.call('ZADD', KEYS[2], seq, seq .. '\\n' .. ARGV[2])
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(max + 1))
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
redis.call('ZADD', KEYS[3], next_stamp(KEYS[3], now), ARGV[1])
redis.call('PEXPIRE', KEYS[3], ttl)
redis.call('PEXPIRE', ARGV[6] .. 'dl:u:' .. redis.call('HGET', KEYS[1], 'userId'), ttl)
return seq
`);

/** KEYS: the user's conversations. ARGV: prefix, then the activity ids to keep. Returns how many activities went. */
const ERASE = defineScript(`
local keep = {}
for i = 2, #ARGV do keep[ARGV[i]] = true end
local erased = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local conversation, activities = ARGV[1] .. 'dl:c:' .. id, ARGV[1] .. 'dl:a:' .. id
  if redis.call('EXISTS', conversation) == 0 then
    redis.call('SREM', KEYS[1], id)
  else
    for _, member in ipairs(redis.call('ZRANGE', activities, 0, -1)) do
      local seq = tonumber(string.sub(member, 1, string.find(member, '\\n', 1, true) - 1))
      if not keep[id .. '|' .. string.format('%07d', seq)] then
        redis.call('ZREM', activities, member)
        erased = erased + 1
      end
    end
    redis.call('HDEL', conversation, 'locale')
  end
end
return erased
`);

function formatActivityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Same rule as the in-memory store: decimal sequence numbers; anything else counts as "from the start". */
function parseWatermark(watermark: string): number {
  return /^\d{1,15}$/.test(watermark) ? Number(watermark) : 0;
}

function toRecord(flat: unknown): ConversationRecord | undefined {
  const fields: Record<string, string> = {};
  if (Array.isArray(flat)) for (let i = 0; i + 1 < flat.length; i += 2) fields[String(flat[i])] = String(flat[i + 1]);
  else if (flat && typeof flat === 'object') Object.assign(fields, flat);
  if (!fields.id || !fields.userId) return undefined;
  return {
    id: fields.id,
    userId: fields.userId,
    ...(fields.locale ? { locale: fields.locale } : {}),
    createdAt: Number(fields.createdAt),
    lastActiveAt: Number(fields.lastActiveAt),
  };
}

export class RedisConversationStore implements ConversationStore {
  private readonly prefix: string;
  private readonly activeKey: string;

  constructor(private readonly redis: RedisConnection, private readonly options: RedisConversationStoreOptions) {
    this.prefix = redis.keyPrefix;
    this.activeKey = `${redis.keyPrefix}dl:active`;
  }

  private conversationKey = (id: string) => `${this.prefix}dl:c:${id}`;
  private activitiesKey = (id: string) => `${this.prefix}dl:a:${id}`;
  private userKey = (userId: string) => `${this.prefix}dl:u:${userId}`;

  async createConversation(input: { id: string; userId: string; locale?: string }) {
    const result = (await this.redis.runScript(
      CREATE,
      [this.conversationKey(input.id), this.activeKey, this.userKey(input.userId)],
      [input.id, input.userId, input.locale ?? '', Date.now(), this.options.ttlMs, this.options.maxConversations, this.prefix],
    )) as [number, unknown];
    const conversation = toRecord(result[1]);
    if (!conversation) throw new Error('Redis returned an incomplete conversation');
    return { created: result[0] === 1, conversation };
  }

  async getConversation(id: string) {
    return toRecord(await this.redis.call((client) => client.hgetall(this.conversationKey(id))));
  }

  async appendActivity(conversationId: string, activity: Partial<Activity>): Promise<StoredActivity | undefined> {
    const { id: _ignored, ...rest } = activity;
    const seq = await this.redis.runScript(
      APPEND,
      [this.conversationKey(conversationId), this.activitiesKey(conversationId), this.activeKey],
      [conversationId, JSON.stringify(rest), Date.now(), this.options.ttlMs, this.options.maxActivitiesPerConversation, this.prefix],
    );
    if (seq === null || seq === undefined) return undefined;
    return { ...rest, id: formatActivityId(conversationId, Number(seq)) };
  }

  async listActivities(conversationId: string, watermark: string): Promise<ActivityPage | undefined> {
    const after = parseWatermark(watermark);
    // One transaction: the watermark returned covers exactly the activities returned, whatever another instance appends.
    const results = await this.redis.call((client) =>
      client.multi().hget(this.conversationKey(conversationId), 'seq').zrangebyscore(this.activitiesKey(conversationId), `(${after}`, '+inf').exec(),
    );
    const [[seqError, seq], [listError, members]] = results as [[Error | null, string | null], [Error | null, string[]]];
    if (seqError || listError) throw seqError ?? listError;
    if (seq === null) return undefined;
    const activities = members.map((member) => {
      const newline = member.indexOf('\n');
      const parsed = JSON.parse(member.slice(newline + 1)) as Partial<Activity>;
      return { ...parsed, id: formatActivityId(conversationId, Number(member.slice(0, newline))) } as StoredActivity;
    });
    return { activities, watermark: seq };
  }

  async dropDelivered(conversationId: string, watermark: string): Promise<void> {
    const delivered = parseWatermark(watermark);
    if (delivered > 0) await this.redis.call((client) => client.zremrangebyscore(this.activitiesKey(conversationId), '-inf', delivered));
  }

  async eraseUserTranscripts(userId: string, keep: ReadonlySet<string>): Promise<number> {
    return Number(await this.redis.runScript(ERASE, [this.userKey(userId)], [this.prefix, ...keep]));
  }

  async deleteConversation(id: string): Promise<void> {
    await this.redis.call((client) => client.multi().del(this.conversationKey(id), this.activitiesKey(id)).zrem(this.activeKey, id).exec());
  }

  async countConversations(): Promise<number> {
    const results = await this.redis.call((client) =>
      client.multi().zremrangebyscore(this.activeKey, '-inf', Date.now() - this.options.ttlMs).zcard(this.activeKey).exec(),
    );
    return Number(results?.[1]?.[1] ?? 0);
  }
}
