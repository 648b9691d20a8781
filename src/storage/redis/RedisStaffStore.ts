/**
 * The StaffStore in Redis, so that every instance adds to the same 👍/👎 counts, unanswered questions and suggestions.
 * Same rules as JsonFileStaffStore: redacted text, no user identity (only contributor marks, see staffStore.ts), ISO
 * days only, at most `maxUnanswered` questions and `maxSuggestions` suggestions (the oldest dropped first), kept
 * `retentionDays` after they were last seen. Each change is one Lua script (nothing half-written), and every key
 * carries an expiry.
 *
 * Keys: staff:feedback (hash "<entry>:up|down" → count), staff:unanswered (hash id → item JSON), staff:unanswered:key
 * (hash normalised text → id), staff:unanswered:seen (sorted set id → last-seen day), staff:suggestions (hash id → item
 * JSON), staff:suggestions:date (sorted set id → time added).
 */
import { randomUUID } from 'node:crypto';
import type { Lang } from '../../knowledge/schema.js';
import { redactText } from '../../staff/redactText.js';
import {
  MAX_CONTRIBUTORS,
  prepareUnanswered,
  suggestionForStaff,
  toIsoDay,
  unansweredForStaff,
  type StaffData,
  type StaffStore,
  type StoredSuggestion,
  type StoredUnanswered,
  type Vote,
} from '../../staff/staffStore.js';
import { defineScript, LUA_NEXT_STAMP, LUA_TRIM_OLDEST, type RedisConnection } from './redisConnection.js';

export interface RedisStaffStoreOptions {
  retentionDays: number;
  logUnanswered?: boolean;
  maxUnanswered?: number;
  maxSuggestions?: number;
  now?: () => Date;
}

const DAY_MS = 86_400_000;
/** Feedback counts are not about anyone and are kept while votes keep coming; two idle years forget them. */
const FEEDBACK_TTL_MS = 730 * DAY_MS;

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * KEYS: items, keys, seen. ARGV: normalised key, new id, item json (count 1, this contributor's mark), today, today ms,
 * max, ttl ms, contributor, max marks. Returns the id.
 */
const RECORD_UNANSWERED = defineScript(`${LUA_NEXT_STAMP}${LUA_TRIM_OLDEST}
local ttl = tonumber(ARGV[7])
local id = redis.call('HGET', KEYS[2], ARGV[1])
local json = id and redis.call('HGET', KEYS[1], id)
if json then
  local item = cjson.decode(json)
  item.count = item.count + 1
  item.lastSeen = ARGV[4]
  local marks = type(item.contributors) == 'table' and item.contributors or {}
  table.insert(marks, ARGV[8])
  while #marks > tonumber(ARGV[9]) do table.remove(marks, 1) end
  item.contributors = marks
  redis.call('HSET', KEYS[1], id, cjson.encode(item))
else
  id = ARGV[2]
  redis.call('HSET', KEYS[1], id, ARGV[3])
  redis.call('HSET', KEYS[2], ARGV[1], id)
end
redis.call('ZADD', KEYS[3], next_stamp(KEYS[3], tonumber(ARGV[5])), id)
trim_oldest(KEYS[3], tonumber(ARGV[6]), function(old)
  local oldJson = redis.call('HGET', KEYS[1], old)
  if oldJson then redis.call('HDEL', KEYS[2], cjson.decode(oldJson).key) end
  redis.call('HDEL', KEYS[1], old)
end)
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ttl) end
return id
`);

/** KEYS: items, dates. ARGV: id, item json, now ms, max, ttl ms. */
const ADD_SUGGESTION = defineScript(`${LUA_NEXT_STAMP}${LUA_TRIM_OLDEST}
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], next_stamp(KEYS[2], tonumber(ARGV[3])), ARGV[1])
trim_oldest(KEYS[2], tonumber(ARGV[4]), function(old) redis.call('HDEL', KEYS[1], old) end)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[5]))
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[5]))
return 1
`);

/** KEYS: unanswered items, keys, seen, suggestion items, dates. ARGV: unanswered cutoff, suggestion cutoff (exclusive). */
const PURGE = defineScript(`
local purged = 0
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[1])) do
  local json = redis.call('HGET', KEYS[1], id)
  if json then redis.call('HDEL', KEYS[2], cjson.decode(json).key) end
  redis.call('HDEL', KEYS[1], id)
  redis.call('ZREM', KEYS[3], id)
  purged = purged + 1
end
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', '(' .. ARGV[2])) do
  redis.call('HDEL', KEYS[4], id)
  redis.call('ZREM', KEYS[5], id)
  purged = purged + 1
end
return purged
`);

/**
 * KEYS as PURGE. ARGV: contributor. Returns how many contributions went. It reads every item (at most maxUnanswered +
 * maxSuggestions), decoding only those whose JSON contains the mark: a resident's deletion is rare, and no second
 * index of marks has to be kept in step with the items and their expiry.
 */
const ERASE = defineScript(`
local mark = ARGV[1]
local erased = 0
local suggestions = redis.call('HGETALL', KEYS[4])
for i = 1, #suggestions, 2 do
  if string.find(suggestions[i + 1], mark, 1, true) and cjson.decode(suggestions[i + 1]).contributor == mark then
    redis.call('HDEL', KEYS[4], suggestions[i])
    redis.call('ZREM', KEYS[5], suggestions[i])
    erased = erased + 1
  end
end
local items = redis.call('HGETALL', KEYS[1])
for i = 1, #items, 2 do
  local id, json = items[i], items[i + 1]
  if string.find(json, mark, 1, true) then
    local item = cjson.decode(json)
    local marks = type(item.contributors) == 'table' and item.contributors or {}
    local kept = {}
    for _, other in ipairs(marks) do
      if other ~= mark then table.insert(kept, other) end
    end
    local mine = #marks - #kept
    erased = erased + mine
    item.count = item.count - mine
    if item.count > 0 then
      item.contributors = kept
      redis.call('HSET', KEYS[1], id, cjson.encode(item))
    else
      redis.call('HDEL', KEYS[1], id)
      redis.call('HDEL', KEYS[2], item.key)
      redis.call('ZREM', KEYS[3], id)
    end
  end
end
return erased
`);

/** In Redis, an unanswered question also carries its normalised key, so that removing it can remove the key too. */
type RedisUnanswered = StoredUnanswered & { key: string };

export class RedisStaffStore implements StaffStore {
  private readonly now: () => Date;
  private readonly keys: { feedback: string; items: string; itemKeys: string; seen: string; suggestions: string; dates: string };

  constructor(private readonly redis: RedisConnection, private readonly options: RedisStaffStoreOptions) {
    this.now = options.now ?? (() => new Date());
    const p = `${redis.keyPrefix}staff:`;
    this.keys = {
      feedback: `${p}feedback`,
      items: `${p}unanswered`,
      itemKeys: `${p}unanswered:key`,
      seen: `${p}unanswered:seen`,
      suggestions: `${p}suggestions`,
      dates: `${p}suggestions:date`,
    };
  }

  /** Kept one day past the retention period: the hourly purge removes items on time, the expiry is the backstop. */
  private get ttlMs(): number {
    return (this.options.retentionDays + 1) * DAY_MS;
  }

  private get allKeys(): string[] {
    const { items, itemKeys, seen, suggestions, dates } = this.keys;
    return [items, itemKeys, seen, suggestions, dates];
  }

  async incrementFeedback(entryId: string, vote: Vote): Promise<void> {
    await this.redis.call((client) =>
      client.multi().hincrby(this.keys.feedback, `${entryId}:${vote}`, 1).pexpire(this.keys.feedback, FEEDBACK_TTL_MS).exec(),
    );
  }

  async recordUnanswered(text: string, lang: Lang, contributor: string): Promise<string | undefined> {
    const prepared = prepareUnanswered(text, lang, this.now(), this.options.logUnanswered);
    if (!prepared) return undefined;
    const { text: redacted, today, key } = prepared;
    const item: RedisUnanswered = { id: randomUUID(), text: redacted, lang, count: 1, firstSeen: today, lastSeen: today, contributors: [contributor], key };
    const id = await this.redis.runScript(
      RECORD_UNANSWERED,
      [this.keys.items, this.keys.itemKeys, this.keys.seen],
      [key, item.id, JSON.stringify(item), today, dayStart(today), this.options.maxUnanswered ?? 5000, this.ttlMs, contributor, MAX_CONTRIBUTORS],
    );
    return String(id);
  }

  async addSuggestion(text: string, lang: Lang, contributor: string): Promise<string | undefined> {
    const redacted = redactText(text);
    if (!redacted) return undefined;
    const now = this.now();
    const item: StoredSuggestion = { id: randomUUID(), text: redacted, lang, date: toIsoDay(now), contributor };
    await this.redis.runScript(
      ADD_SUGGESTION,
      [this.keys.suggestions, this.keys.dates],
      [item.id, JSON.stringify(item), now.getTime(), this.options.maxSuggestions ?? 5000, this.ttlMs],
    );
    return item.id;
  }

  async readReport(): Promise<StaffData> {
    const results = await this.redis.call((client) =>
      client
        .multi()
        .hgetall(this.keys.feedback)
        .hgetall(this.keys.items)
        .zrange(this.keys.seen, 0, -1)
        .hgetall(this.keys.suggestions)
        .zrange(this.keys.dates, 0, -1)
        .exec(),
    );
    const [feedbackRaw, itemsRaw, seenOrder, suggestionsRaw, dateOrder] = (results ?? []).map(([error, value]) => {
      if (error) throw error;
      return value;
    }) as [Record<string, string>, Record<string, string>, string[], Record<string, string>, string[]];
    const feedback: StaffData['feedback'] = {};
    for (const [field, count] of Object.entries(feedbackRaw)) {
      const at = field.lastIndexOf(':');
      const counts = (feedback[field.slice(0, at)] ??= { up: 0, down: 0 });
      counts[field.slice(at + 1) as Vote] = Number(count);
    }
    const unanswered = seenOrder
      .filter((id) => itemsRaw[id])
      .map((id) => {
        const { key: _key, ...item } = JSON.parse(itemsRaw[id]!) as RedisUnanswered;
        return unansweredForStaff(item);
      });
    const suggestions = dateOrder.filter((id) => suggestionsRaw[id]).map((id) => suggestionForStaff(JSON.parse(suggestionsRaw[id]!) as StoredSuggestion));
    return { feedback, unanswered, suggestions };
  }

  async purgeExpired(now: Date = this.now()): Promise<number> {
    // As the JSON store: kept while the last-seen day is after the cutoff day.
    const cutoffDay = dayStart(toIsoDay(new Date(now.getTime() - this.options.retentionDays * DAY_MS)));
    return Number(await this.redis.runScript(PURGE, this.allKeys, [cutoffDay + DAY_MS, cutoffDay + DAY_MS]));
  }

  async eraseContributor(contributor: string): Promise<number> {
    return Number(await this.redis.runScript(ERASE, this.allKeys, [contributor]));
  }

  /** Every change is written when it is made. */
  async flush(): Promise<void> {}

  /** The connection is shared and closed by the composition root. */
  async close(): Promise<void> {}
}
