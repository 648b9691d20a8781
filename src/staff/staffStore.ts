/**
 * What staff learn from residents, behind one small async interface so that a later issue can put Redis behind it:
 * 👍/👎 counts per entry, questions the bot could not answer and suggestions — all redacted and with no user identity.
 * Pure of botbuilder.
 *
 * "Delete my data" must find what a conversation left for as long as it is kept, so each question and suggestion is
 * stored with its contributors' marks (contributorOf): one-way hashes of the conversations it came from, never shown
 * to staff, and deleted together with the item. Bot state, which is forgotten after a day, holds no such link.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../knowledge/schema.js';
import { redactText } from './redactText.js';

export type Vote = 'up' | 'down';

/**
 * A conversation's mark on what it leaves for staff: SHA-256 of its channel and conversation ids (shortened to 128
 * bits), so that the stored items hold no id of anyone, yet "delete my data" in that conversation finds them again.
 */
export function contributorOf(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}\n${conversationId}`).digest('hex').slice(0, 32);
}

/**
 * At most this many marks per unanswered question, so that marks cannot grow the store much (at most 5,000 questions ×
 * 20 marks of 32 characters). A question asked more often keeps counting; the oldest marks go, and "delete my data"
 * then no longer lowers the count for those conversations. Their text stays anyway: many others asked it too.
 */
export const MAX_CONTRIBUTORS = 20;

export interface UnansweredItem {
  id: string;
  /** Redacted text (redactText.ts). */
  text: string;
  lang: Lang;
  /** How many times this exact (redacted) question was asked. */
  count: number;
  /** ISO days (YYYY-MM-DD): no time of day, which could help tell who asked. */
  firstSeen: string;
  lastSeen: string;
}

export interface SuggestionItem {
  id: string;
  text: string;
  lang: Lang;
  date: string;
}

export interface StaffData {
  feedback: Record<string, { up: number; down: number }>;
  unanswered: UnansweredItem[];
  suggestions: SuggestionItem[];
}

/** What a store keeps of an unanswered question: the item and one contributor mark per time it was asked. */
export type StoredUnanswered = UnansweredItem & { contributors: string[] };
/** What a store keeps of a suggestion: the item and the mark of the conversation that left it. */
export type StoredSuggestion = SuggestionItem & { contributor?: string };

/** A question as staff see it: without contributor marks. */
export const unansweredForStaff = ({ contributors: _marks, ...item }: StoredUnanswered): UnansweredItem => item;
/** A suggestion as staff see it: without its contributor mark. */
export const suggestionForStaff = ({ contributor: _mark, ...item }: StoredSuggestion): SuggestionItem => item;

export interface StaffStore {
  incrementFeedback(entryId: string, vote: Vote): Promise<void>;
  /**
   * Redacts and records (or counts again) a question, marked with its contributor (contributorOf); returns the item's
   * id, or undefined when the log is switched off or nothing is left.
   */
  recordUnanswered(text: string, lang: Lang, contributor: string): Promise<string | undefined>;
  /** Redacts and stores a suggestion, marked with its contributor; returns its id, or undefined when nothing is left. */
  addSuggestion(text: string, lang: Lang, contributor: string): Promise<string | undefined>;
  /** Everything for staff, without contributor marks. */
  readReport(): Promise<StaffData>;
  /** Deletes what is older than the retention period; returns how many items went. */
  purgeExpired(now?: Date): Promise<number>;
  /**
   * Removes exactly what one contributor left (a question others asked too only loses this contributor's count);
   * returns how many questions and suggestions it had left.
   */
  eraseContributor(contributor: string): Promise<number>;
  /** Writes pending changes now (before shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** The ISO day of a date in UTC. */
export const toIsoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Two unanswered questions count as the same when they differ only in case and closing punctuation. */
export const unansweredKey = (text: string, lang: Lang): string => `${lang}:${text.toLocaleLowerCase('sv').replace(/[\s?!.]+$/u, '')}`;

/**
 * What a store keeps of an unanswered question: its redacted text, the day and the key that finds it again; undefined
 * when nothing may be kept (UNANSWERED_LOG=false, or nothing left after redaction). Shared by every StaffStore.
 */
export function prepareUnanswered(text: string, lang: Lang, now: Date, logUnanswered: boolean | undefined): { text: string; today: string; key: string } | undefined {
  if (logUnanswered === false) return undefined;
  const redacted = redactText(text);
  if (!redacted) return undefined;
  return { text: redacted, today: toIsoDay(now), key: unansweredKey(redacted, lang) };
}
