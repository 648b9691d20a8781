/**
 * botbuilder's Storage in memory, like MemoryStorage (JSON copies, eTag optimistic concurrency), but bounded: at most
 * `maxItems` items, the least recently used forgotten first, and nothing older than `ttlMs` since it was last
 * written or read. State here is the resident's language choice and, per conversation, the last language and the
 * answers it rated (bot/residentState.ts). Forgetting it costs a resident a language button, never an answer; what
 * the conversation left for staff carries its own mark (staffStore.ts), so "delete my data" still finds it.
 * MemoryStorage itself grows without end.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { createStoreItems } from './storeItems.js';

export interface BoundedMemoryStorageOptions {
  /** STATE_MAX_ITEMS. */
  maxItems: number;
  /** STATE_TTL_HOURS, in milliseconds. */
  ttlMs: number;
  now?: () => number;
}

const SWEEP_INTERVAL_MS = 1000;

interface Slot {
  json: string;
  eTag: string;
  touchedAt: number;
}

export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, Slot>();
  private readonly now: () => number;
  private nextETag = 1;
  private lastSweep = -Infinity;

  constructor(private readonly options: BoundedMemoryStorageOptions) {
    if (!(options.maxItems >= 1)) throw new RangeError('maxItems must be at least 1');
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const found: StoreItems = createStoreItems();
    for (const key of keys) {
      const slot = this.findLive(key);
      if (!slot) continue;
      this.touch(key, slot);
      found[key] = JSON.parse(slot.json);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Check every eTag before writing anything, so that a conflict leaves the store as it was.
    for (const [key, item] of Object.entries(changes)) {
      const given = (item as { eTag?: string } | undefined)?.eTag;
      const current = this.findLive(key);
      if (current && given && given !== '*' && given !== current.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    for (const [key, item] of Object.entries(changes)) {
      const eTag = String(this.nextETag++);
      const slot: Slot = { json: JSON.stringify({ ...(item as object), eTag }), eTag, touchedAt: this.now() };
      this.items.delete(key);
      this.items.set(key, slot);
    }
    this.evict();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  private findLive(key: string): Slot | undefined {
    const slot = this.items.get(key);
    if (slot && this.isExpired(slot)) {
      this.items.delete(key);
      return undefined;
    }
    return slot;
  }

  private isExpired(slot: Slot): boolean {
    return this.now() - slot.touchedAt >= this.options.ttlMs;
  }

  /** The Map is kept in least-recently-used order: re-inserting on every use moves a key to the end. */
  private touch(key: string, slot: Slot): void {
    slot.touchedAt = this.now();
    this.items.delete(key);
    this.items.set(key, slot);
  }

  private evict(): void {
    if (this.items.size > this.options.maxItems) {
      const keys = this.items.keys();
      while (this.items.size > this.options.maxItems) this.items.delete(keys.next().value as string);
    }
    // Expired items sit at the front (least recently used); stop at the first live one. Swept at most once a second:
    // reads never return an expired item anyway, and walking the Map from its front on every write is not free
    // (a Map keeps the holes of deleted keys until it rehashes, and every use moves a key to the end).
    const now = this.now();
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [key, slot] of this.items) {
      if (!this.isExpired(slot)) break;
      this.items.delete(key);
    }
  }
}
