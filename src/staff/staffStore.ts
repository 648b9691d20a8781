/**
 * What staff learn from residents, behind one small async interface so that a later issue can put Redis behind it:
 * 👍/👎 counts per entry, questions the bot could not answer and suggestions — all redacted and with no user identity.
 * Pure of botbuilder.
 */
import type { Lang } from '../knowledge/schema.js';
import { redactText } from './redactText.js';

export type Vote = 'up' | 'down';

/** An item one conversation left, so that "delete my data" can remove exactly that. */
export interface StoredRef {
  kind: 'unanswered' | 'suggestion';
  id: string;
}

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

export interface StaffStore {
  incrementFeedback(entryId: string, vote: Vote): Promise<void>;
  /** Redacts and records (or counts again) a question; undefined when the log is switched off or nothing is left. */
  recordUnanswered(text: string, lang: Lang): Promise<StoredRef | undefined>;
  /** Redacts and stores a suggestion; undefined when nothing is left after redaction. */
  addSuggestion(text: string, lang: Lang): Promise<StoredRef | undefined>;
  readReport(): Promise<StaffData>;
  /** Deletes what is older than the retention period; returns how many items went. */
  purgeExpired(now?: Date): Promise<number>;
  /** Removes exactly what one conversation left (a repeated question only loses that conversation's count). */
  eraseContributions(refs: StoredRef[]): Promise<void>;
  /** Writes pending changes now (before shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export const emptyStaffData = (): StaffData => ({ feedback: {}, unanswered: [], suggestions: [] });

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
