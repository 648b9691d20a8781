/**
 * The default StaffStore: one JSON file under DATA_DIR, so that it needs no external service and survives a restart.
 * Changes are debounced and written atomically (temporary file, then rename), so a crash never leaves half a file.
 * Bounded: at most `maxUnanswered` questions and `maxSuggestions` suggestions, the oldest dropped first.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../knowledge/schema.js';
import { redactText } from './redactText.js';
import { appendBounded } from '../storage/appendBounded.js';
import {
  MAX_CONTRIBUTORS,
  prepareUnanswered,
  suggestionForStaff,
  toIsoDay,
  unansweredForStaff,
  unansweredKey,
  type StaffData,
  type StaffStore,
  type StoredSuggestion,
  type StoredUnanswered,
  type Vote,
} from './staffStore.js';

export const STAFF_FILE_NAME = 'staff-feedback.json';

export interface JsonFileStaffStoreOptions {
  dataDir: string;
  retentionDays: number;
  /** False: questions the bot could not answer are not kept (UNANSWERED_LOG=false). */
  logUnanswered?: boolean;
  maxUnanswered?: number;
  maxSuggestions?: number;
  debounceMs?: number;
  now?: () => Date;
  logger?: { warn(details: object, message?: string): void };
}

/** The file's content: the staff data plus each item's contributor marks. */
interface StoredStaffData {
  feedback: StaffData['feedback'];
  unanswered: StoredUnanswered[];
  suggestions: StoredSuggestion[];
}

/** Reads the file with its marks; a missing file is empty data, and a file from before marks gets empty ones. */
async function readStoredFile(file: string): Promise<StoredStaffData> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { feedback: {}, unanswered: [], suggestions: [] };
    throw error;
  }
  const data = JSON.parse(source) as Partial<StoredStaffData>;
  return {
    feedback: data.feedback ?? {},
    unanswered: (data.unanswered ?? []).map((item) => ({ ...item, contributors: item.contributors ?? [] })),
    suggestions: data.suggestions ?? [],
  };
}

const forStaff = (data: StoredStaffData): StaffData => ({
  feedback: structuredClone(data.feedback),
  unanswered: data.unanswered.map(unansweredForStaff),
  suggestions: data.suggestions.map(suggestionForStaff),
});

/** Reads a staff data file as staff see it (no contributor marks); a missing file is empty data. For `npm run kb:report`. */
export async function readStaffFile(file: string): Promise<StaffData> {
  return forStaff(await readStoredFile(file));
}

export class JsonFileStaffStore implements StaffStore {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;
  private readonly now: () => Date;

  /** Unanswered questions by their key (unansweredKey), so that recording one does not scan (and lower-case) them all. */
  private byKey = new Map<string, StoredUnanswered>();

  private constructor(private data: StoredStaffData, private readonly options: JsonFileStaffStoreOptions) {
    this.file = path.join(options.dataDir, STAFF_FILE_NAME);
    this.now = options.now ?? (() => new Date());
    this.reindex();
  }

  private reindex(): void {
    this.byKey = new Map(this.data.unanswered.map((item) => [unansweredKey(item.text, item.lang), item]));
  }

  /** Creates DATA_DIR if missing, reads what an earlier run left and drops what has expired. */
  static async open(options: JsonFileStaffStoreOptions): Promise<JsonFileStaffStore> {
    await mkdir(options.dataDir, { recursive: true });
    const store = new JsonFileStaffStore(await readStoredFile(path.join(options.dataDir, STAFF_FILE_NAME)), options);
    await store.purgeExpired();
    return store;
  }

  get path(): string {
    return this.file;
  }

  async incrementFeedback(entryId: string, vote: Vote): Promise<void> {
    const counts = (this.data.feedback[entryId] ??= { up: 0, down: 0 });
    counts[vote] += 1;
    this.scheduleWrite();
  }

  async recordUnanswered(text: string, lang: Lang, contributor: string): Promise<string | undefined> {
    const prepared = prepareUnanswered(text, lang, this.now(), this.options.logUnanswered);
    if (!prepared) return undefined;
    const { text: redacted, today, key } = prepared;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.count += 1;
      existing.lastSeen = today;
      appendBounded(existing.contributors, contributor, MAX_CONTRIBUTORS);
      this.scheduleWrite();
      return existing.id;
    }
    const item = { id: randomUUID(), text: redacted, lang, count: 1, firstSeen: today, lastSeen: today, contributors: [contributor] };
    this.data.unanswered.push(item);
    this.byKey.set(key, item);
    this.dropOldest();
    this.scheduleWrite();
    return item.id;
  }

  async addSuggestion(text: string, lang: Lang, contributor: string): Promise<string | undefined> {
    const redacted = redactText(text);
    if (!redacted) return undefined;
    const item = { id: randomUUID(), text: redacted, lang, date: toIsoDay(this.now()), contributor };
    this.data.suggestions.push(item);
    this.dropOldest();
    this.scheduleWrite();
    return item.id;
  }

  async readReport(): Promise<StaffData> {
    return forStaff(this.data);
  }

  async purgeExpired(now: Date = this.now()): Promise<number> {
    const cutoff = toIsoDay(new Date(now.getTime() - this.options.retentionDays * 86_400_000));
    const before = this.data.unanswered.length + this.data.suggestions.length;
    // Kept for exactly retentionDays days after the last time it was seen.
    this.data.unanswered = this.data.unanswered.filter((item) => item.lastSeen > cutoff);
    this.data.suggestions = this.data.suggestions.filter((item) => item.date > cutoff);
    const purged = before - this.data.unanswered.length - this.data.suggestions.length;
    if (purged > 0) {
      this.reindex();
      this.scheduleWrite();
    }
    return purged;
  }

  async eraseContributor(contributor: string): Promise<number> {
    const suggestionsBefore = this.data.suggestions.length;
    this.data.suggestions = this.data.suggestions.filter((item) => item.contributor !== contributor);
    let erased = suggestionsBefore - this.data.suggestions.length;
    for (const item of this.data.unanswered) {
      if (!item.contributors.includes(contributor)) continue;
      const kept = item.contributors.filter((mark) => mark !== contributor);
      const mine = item.contributors.length - kept.length;
      item.contributors = kept;
      item.count -= mine;
      erased += mine;
    }
    if (erased === 0) return 0;
    this.data.unanswered = this.data.unanswered.filter((item) => item.count > 0);
    this.reindex();
    // A resident who asks for deletion should not wait for the debounce.
    await this.flush();
    return erased;
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(() => this.writeNow()).catch((error: unknown) => {
      this.options.logger?.warn({ err: (error as Error).message }, 'staff data could not be written');
    });
    await this.writing;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private dropOldest(): void {
    const { maxUnanswered = 5000, maxSuggestions = 5000 } = this.options;
    // The least recently seen go first (the earliest recorded among equals). Usually one is over, so one linear scan
    // finds it; this runs while a resident waits. ISO days compare as plain strings.
    const unanswered = this.data.unanswered;
    while (unanswered.length > maxUnanswered) {
      let oldest = 0;
      for (let i = 1; i < unanswered.length; i++) if (unanswered[i]!.lastSeen < unanswered[oldest]!.lastSeen) oldest = i;
      const [dropped] = unanswered.splice(oldest, 1);
      this.byKey.delete(unansweredKey(dropped!.text, dropped!.lang));
    }
    // Suggestions are appended in date order: the oldest are first.
    if (this.data.suggestions.length > maxSuggestions) this.data.suggestions.splice(0, this.data.suggestions.length - maxSuggestions);
  }

  private scheduleWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 1000);
    this.timer.unref();
  }

  private async writeNow(): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
    await writeFile(temporary, JSON.stringify(this.data, null, 1), { mode: 0o600 });
    await rename(temporary, this.file);
  }
}
