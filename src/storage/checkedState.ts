/**
 * User and conversation state that refuse to overwrite a newer version. botbuilder's BotState saves with eTag '*'
 * (the last writer wins): when two turns of one resident run at the same moment (a double tap, or two instances
 * behind a load balancer), the later save silently drops what the other turn stored — for this bot, an entry the
 * other turn rated, which could then be rated twice. These classes save with the eTag the turn
 * read, so the store (BoundedMemoryStorage, RedisStorage) refuses a stale write with an eTag conflict; the bot then
 * reads the newer version, merges and saves again (PromiseBot.saveState).
 * A state that did not exist when the turn read it is still written with '*': two first turns at the same moment
 * remain last-writer-wins.
 */
import { ConversationState, UserState } from 'botbuilder';
import type { BotState, Storage, TurnContext } from 'botbuilder';

interface LoadedVersion {
  /** The eTag the turn read; undefined when the state did not exist yet (or after this turn saved it). */
  eTag: string | undefined;
  /** The state as JSON without its eTag, to see whether the turn changed it (cheaper than botbuilder's SHA-256). */
  json: string;
}

function toJson(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

const versionKeys = new WeakMap<BotState, symbol>();

function versionKey(state: BotState): symbol {
  let key = versionKeys.get(state);
  if (!key) {
    key = Symbol('loaded state version');
    versionKeys.set(state, key);
  }
  return key;
}

async function loadRemembering(state: BotState, context: TurnContext, force: boolean, load: () => Promise<Record<string, unknown>>) {
  const key = versionKey(state);
  const isFirstRead = force || !context.turnState.get(key);
  const loaded = await load();
  if (isFirstRead) {
    const eTag = typeof loaded.eTag === 'string' ? loaded.eTag : undefined;
    context.turnState.set(key, { eTag, json: toJson(loaded) } satisfies LoadedVersion);
  }
  return loaded;
}

async function saveChecked(state: BotState, storage: Storage, storageKey: string | undefined, context: TurnContext, force: boolean): Promise<void> {
  const current = state.get(context) as Record<string, unknown> | undefined;
  if (!current || !storageKey) return;
  const key = versionKey(state);
  const version = context.turnState.get(key) as LoadedVersion | undefined;
  const json = toJson(current);
  if (!force && version && version.json === json) return;
  await storage.write({ [storageKey]: { ...current, eTag: version?.eTag ?? '*' } });
  // The stored eTag is new and not known here: a second save in the same turn writes with '*'.
  context.turnState.set(key, { eTag: undefined, json } satisfies LoadedVersion);
}

// Two small classes rather than a mixin: TypeScript mixins lose UserState's and ConversationState's private members,
// and then their instances no longer type as UserState / ConversationState.
export class CheckedUserState extends UserState {
  override load(context: TurnContext, force = false): Promise<any> {
    return loadRemembering(this, context, force, () => super.load(context, force));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveChecked(this, this.storage, this.getStorageKey(context), context, force);
  }
}

export class CheckedConversationState extends ConversationState {
  override load(context: TurnContext, force = false): Promise<any> {
    return loadRemembering(this, context, force, () => super.load(context, force));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveChecked(this, this.storage, this.getStorageKey(context), context, force);
  }
}

/** Is this the store's refusal of a stale write (BoundedMemoryStorage, RedisStorage, botbuilder's MemoryStorage)? */
export function isETagConflict(error: unknown): boolean {
  return /eTag conflict/i.test((error as Error)?.message ?? '');
}
