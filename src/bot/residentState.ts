/**
 * What the bot remembers between turns, in botbuilder's Storage (BoundedMemoryStorage in memory, or RedisStorage): per
 * resident the explicit language choice, per conversation the last language, the suggestion step and the entries it
 * rated. Stored under the keys botbuilder's UserState and ConversationState use, and in the same shape
 * (`{ profile }`, `{ memory }`).
 *
 * botbuilder's UserState and ConversationState are not used, for two reasons:
 * - They save with eTag '*' (the last writer wins): when two turns of one resident run at the same moment (a double
 *   tap, or two instances behind a load balancer), the later save silently drops what the other stored. Here a save
 *   carries the eTag the turn read, the store refuses a stale one, and the turn reads again, merges and saves once more.
 * - A turn reads both items in one call and writes what changed in one call (one round trip each with Redis, instead of
 *   two), and tells a change by comparing JSON, where BotState also hashes each item with SHA-256 when it loads it.
 */
import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import type { Lang } from '../knowledge/schema.js';
import { createStoreItems } from '../storage/storeItems.js';

/** Stored per resident: only the explicit language choice. */
export interface ResidentProfile {
  chosenLang?: Lang;
}

/**
 * Stored per conversation: the last clearly detected language, whether the bot waits for a suggestion, and which
 * entries it rated. Never message text. (What it left for staff carries the conversation's mark instead, in the staff
 * store, so that "delete my data" finds it as long as it is kept: see staffStore.ts.)
 */
export interface ConversationMemory {
  lastLang?: Lang;
  /** When (epoch ms) and in which language the bot asked for a suggestion; the next message within SUGGESTION_WINDOW_MS is it. */
  awaitingSuggestion?: { since: number; lang: Lang };
  /** Entries this conversation already rated, so that one resident cannot count twice. */
  rated?: string[];
}

export interface ResidentMemory {
  profile: ResidentProfile;
  memory: ConversationMemory;
}

/** How two versions of what a turn remembers are combined when another turn saved in between: stored, then ours. */
export interface MergeRules {
  profile(stored: ResidentProfile, ours: ResidentProfile): ResidentProfile;
  memory(stored: ConversationMemory, ours: ConversationMemory): ConversationMemory;
}

interface Loaded extends ResidentMemory {
  keys: { user: string; conversation: string };
  /** The eTags read (undefined: the item did not exist, or this turn has saved it since). */
  eTags: { user?: string; conversation?: string };
  /** Whether each item is in the store (read, or written by this turn). */
  exists: { user: boolean; conversation: boolean };
  /** The JSON last read or written, to tell whether the turn changed anything. */
  json: { user: string; conversation: string };
}

const LOADED = Symbol('resident memory');

/** The storage keys of botbuilder's UserState and ConversationState (namespace ''), with their errors. */
function keysOf(context: TurnContext): Loaded['keys'] {
  const { channelId, from, conversation } = context.activity;
  if (!channelId) throw new Error('missing activity.channelId');
  if (!from?.id) throw new Error('missing activity.from.id');
  if (!conversation?.id) throw new Error('missing activity.conversation.id');
  return { user: `${channelId}/users/${from.id}/`, conversation: `${channelId}/conversations/${conversation.id}/` };
}

function eTagOf(item: unknown): string | undefined {
  const eTag = (item as { eTag?: unknown } | undefined)?.eTag;
  return typeof eTag === 'string' ? eTag : undefined;
}

export class ResidentState {
  constructor(
    private readonly storage: Storage,
    private readonly rules: MergeRules,
  ) {}

  /** The resident's profile and the conversation's memory, read once per turn (later calls return the same objects). */
  async load(context: TurnContext): Promise<ResidentMemory> {
    const cached = context.turnState.get(LOADED) as Loaded | undefined;
    if (cached) return cached;
    const loaded = await this.read(keysOf(context));
    context.turnState.set(LOADED, loaded);
    return loaded;
  }

  /**
   * Writes what the turn changed, with the eTags it read. When another turn saved meanwhile, the store refuses the
   * write (isETagConflict): then both items are read again, this turn's changes are merged into them (MergeRules) and
   * written once more. Returns whether a merge was needed.
   */
  async save(context: TurnContext): Promise<boolean> {
    const loaded = context.turnState.get(LOADED) as Loaded | undefined;
    if (!loaded) return false;
    try {
      await this.write(loaded);
      return false;
    } catch (error) {
      if (!isETagConflict(error)) throw error;
      const stored = await this.read(loaded.keys);
      loaded.profile = this.rules.profile(stored.profile, loaded.profile);
      loaded.memory = this.rules.memory(stored.memory, loaded.memory);
      loaded.eTags = stored.eTags;
      loaded.exists = stored.exists;
      loaded.json = stored.json;
      await this.write(loaded);
      return true;
    }
  }

  /** Forgets the resident's profile and the conversation's memory ("delete my data"); nothing is saved after this turn. */
  async delete(context: TurnContext): Promise<void> {
    const keys = keysOf(context);
    context.turnState.delete(LOADED);
    await this.storage.delete([keys.user, keys.conversation]);
  }

  private async read(keys: Loaded['keys']): Promise<Loaded> {
    const items = await this.storage.read([keys.user, keys.conversation]);
    const user = items[keys.user] as { profile?: ResidentProfile } | undefined;
    const conversation = items[keys.conversation] as { memory?: ConversationMemory } | undefined;
    const profile = user?.profile ?? {};
    const memory = conversation?.memory ?? {};
    return {
      keys,
      profile,
      memory,
      eTags: { user: eTagOf(user), conversation: eTagOf(conversation) },
      exists: { user: user !== undefined, conversation: conversation !== undefined },
      json: { user: JSON.stringify(profile), conversation: JSON.stringify(memory) },
    };
  }

  private async write(loaded: Loaded): Promise<void> {
    const changes: StoreItems = createStoreItems();
    const userJson = JSON.stringify(loaded.profile);
    const conversationJson = JSON.stringify(loaded.memory);
    // An item is written when it changed, and on the first save of a new resident or conversation even unchanged (as
    // botbuilder's state does), so that the turns after it have an eTag to check. That first write has none ('*'): two
    // first turns of a new conversation at the same moment remain last-writer-wins.
    if (userJson !== loaded.json.user || !loaded.exists.user) {
      changes[loaded.keys.user] = { profile: loaded.profile, eTag: loaded.eTags.user ?? '*' };
    }
    if (conversationJson !== loaded.json.conversation || !loaded.exists.conversation) {
      changes[loaded.keys.conversation] = { memory: loaded.memory, eTag: loaded.eTags.conversation ?? '*' };
    }
    if (Object.keys(changes).length === 0) return;
    await this.storage.write(changes);
    // The eTags of what was written are new and not known here: a second save in the same turn writes those with '*'.
    if (changes[loaded.keys.user]) loaded.eTags.user = undefined;
    if (changes[loaded.keys.conversation]) loaded.eTags.conversation = undefined;
    loaded.exists = { user: true, conversation: true };
    loaded.json = { user: userJson, conversation: conversationJson };
  }
}

/** Is this the store's refusal of a stale write (BoundedMemoryStorage, RedisStorage, botbuilder's MemoryStorage)? */
function isETagConflict(error: unknown): boolean {
  return /eTag conflict/i.test((error as Error)?.message ?? '');
}
