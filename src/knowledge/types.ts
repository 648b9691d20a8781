/** The contract between the answer engine (pure, no botbuilder) and its users: the bot, the CLIs, the benchmarks. */
import type { Entry, Lang } from './schema.js';
import type { Followup } from './followupSchema.js';

export interface Knowledge {
  entries: Entry[];
  byId: Map<string, Entry>;
  /** Yearly follow-ups of the commitments, oldest first. */
  followups: Followup[];
  /** Content hash of the loaded files: changes whenever any text changes. */
  version: string;
  loadedAt: Date;
  files: string[];
}

/** What the caller knows about the conversation, used to choose the reply language (DESIGN.md). */
export interface AskContext {
  /** A language the resident chose explicitly (button, "English", "på svenska"): the only thing that sticks. */
  chosenLang?: Lang;
  /** The conversation's last clearly detected language. */
  lastLang?: Lang;
  /** The channel's locale (activity.locale), e.g. "sv-SE", "en-US", "se-NO". */
  locale?: string;
}

export interface LanguageDecision {
  lang: Lang;
  /** True when the text itself showed the language clearly (not a fallback); only then may it become lastLang. */
  isClear: boolean;
  reason: string;
}

export interface Match {
  id: string;
  /** 0..1, 1 = best. */
  score: number;
  lang: Lang;
}

interface ResultBase {
  /** Language to reply in. */
  lang: Lang;
  language: LanguageDecision;
  /** The closest entries, best first (for explanations and did-you-mean). */
  top: Match[];
}

export type AnswerResult =
  | (ResultBase & { kind: 'answer'; entry: Entry; score: number; related: Entry[] })
  | (ResultBase & { kind: 'clarify'; candidates: Entry[] })
  | (ResultBase & { kind: 'none' });

export interface AnswerEngine {
  readonly knowledge: Knowledge;
  /** Decide the reply language for a text (also for small talk and commands). */
  detectLanguage(text: string, ctx?: AskContext): LanguageDecision;
  /** Find the answer for a resident's question. */
  ask(text: string, ctx?: AskContext): AnswerResult;
}
