/**
 * Where the self-hosted Direct Line endpoint keeps its conversations and their transcripts. Async on purpose: a later
 * issue puts it in Redis so that several instances share conversations. The in-memory store is bounded in count and
 * age, so a flood of conversations costs a fixed amount of memory and nothing lives longer than the TTL.
 */
import type { Activity } from 'botbuilder';

export interface ConversationRecord {
  id: string;
  userId: string;
  locale?: string;
  createdAt: number;
  lastActiveAt: number;
}

/** An activity as kept in the transcript: it always has its server id. */
export type StoredActivity = Partial<Activity> & { id: string };

export interface ActivityPage {
  activities: StoredActivity[];
  /** The sequence number of the newest activity in the conversation, as Direct Line's string watermark. */
  watermark: string;
}

export interface ConversationStore {
  /** Creates the conversation unless it exists; `created` says which. */
  createConversation(record: { id: string; userId: string; locale?: string }): Promise<{ created: boolean; conversation: ConversationRecord }>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  /** Appends an activity, giving it the next id `<conversationId>|<seq>`; undefined when the conversation is gone. */
  appendActivity(conversationId: string, activity: Partial<Activity>): Promise<StoredActivity | undefined>;
  /** Activities newer than `watermark` (a string from an earlier page, or empty for all); undefined when gone. */
  listActivities(conversationId: string, watermark: string): Promise<ActivityPage | undefined>;
  /**
   * Forgets what the client has confirmed it has (Direct Line clients send the watermark of everything they have
   * received): the transcript is a delivery queue, not an archive, so what residents write is kept only until their
   * own browser has it.
   */
  dropDelivered(conversationId: string, watermark: string): Promise<void>;
  /** "Delete my data": empties every transcript of the user except the activities in `keep`; returns how many went. */
  eraseUserTranscripts(userId: string, keep: ReadonlySet<string>): Promise<number>;
  deleteConversation(id: string): Promise<void>;
  countConversations(): Promise<number>;
}

export interface MemoryConversationStoreOptions {
  ttlMs: number;
  maxConversations: number;
  maxActivitiesPerConversation: number;
  now?: () => number;
}

interface MemoryConversation {
  record: ConversationRecord;
  /** Sequence number of the last appended activity; never goes back, even when activities are dropped or erased. */
  seq: number;
  activities: Array<{ seq: number; activity: StoredActivity }>;
}

function formatActivityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Direct Line watermarks are opaque strings; ours are decimal sequence numbers. Anything else counts as "from the start". */
function parseWatermark(watermark: string): number {
  return /^\d{1,15}$/.test(watermark) ? Number(watermark) : 0;
}

export class MemoryConversationStore implements ConversationStore {
  private readonly conversations = new Map<string, MemoryConversation>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryConversationStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  async createConversation(input: { id: string; userId: string; locale?: string }) {
    const existing = this.findLive(input.id);
    if (existing) return { created: false, conversation: existing.record };
    this.removeExpired();
    while (this.conversations.size >= this.options.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    const at = this.now();
    const record: ConversationRecord = { ...input, createdAt: at, lastActiveAt: at };
    this.conversations.set(input.id, { record, seq: 0, activities: [] });
    return { created: true, conversation: record };
  }

  async getConversation(id: string) {
    return this.findLive(id)?.record;
  }

  async appendActivity(conversationId: string, activity: Partial<Activity>) {
    const conversation = this.findLive(conversationId);
    if (!conversation) return undefined;
    conversation.seq += 1;
    const stored: StoredActivity = { ...activity, id: formatActivityId(conversationId, conversation.seq) };
    conversation.activities.push({ seq: conversation.seq, activity: stored });
    if (conversation.activities.length > this.options.maxActivitiesPerConversation) conversation.activities.shift();
    this.touch(conversation);
    return stored;
  }

  async listActivities(conversationId: string, watermark: string) {
    const conversation = this.findLive(conversationId);
    if (!conversation) return undefined;
    const after = parseWatermark(watermark);
    return {
      activities: conversation.activities.filter((entry) => entry.seq > after).map((entry) => entry.activity),
      watermark: String(conversation.seq),
    };
  }

  async dropDelivered(conversationId: string, watermark: string) {
    const conversation = this.findLive(conversationId);
    const delivered = parseWatermark(watermark);
    if (conversation && delivered > 0) conversation.activities = conversation.activities.filter((entry) => entry.seq > delivered);
  }

  async eraseUserTranscripts(userId: string, keep: ReadonlySet<string>) {
    let erased = 0;
    for (const conversation of this.conversations.values()) {
      if (conversation.record.userId !== userId) continue;
      const before = conversation.activities.length;
      conversation.activities = conversation.activities.filter((entry) => keep.has(entry.activity.id));
      delete conversation.record.locale;
      erased += before - conversation.activities.length;
    }
    return erased;
  }

  async deleteConversation(id: string) {
    this.conversations.delete(id);
  }

  async countConversations() {
    this.removeExpired();
    return this.conversations.size;
  }

  private findLive(id: string): MemoryConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.isExpired(conversation)) {
      this.conversations.delete(id);
      return undefined;
    }
    return conversation;
  }

  private isExpired(conversation: MemoryConversation): boolean {
    return this.now() - conversation.record.lastActiveAt >= this.options.ttlMs;
  }

  /** Keeps the Map in least-recently-active order, so eviction by count drops the stalest conversation first. */
  private touch(conversation: MemoryConversation): void {
    conversation.record.lastActiveAt = this.now();
    this.conversations.delete(conversation.record.id);
    this.conversations.set(conversation.record.id, conversation);
  }

  /** The Map is in least-recently-active order (touch), so the expired ones are at the front: stop at the first live one. */
  private removeExpired(): void {
    for (const [id, conversation] of this.conversations) {
      if (!this.isExpired(conversation)) break;
      this.conversations.delete(id);
    }
  }
}
