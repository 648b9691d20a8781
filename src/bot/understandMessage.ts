/**
 * What a resident's message asks, decided by pure functions: the safety check first, then commands and small talk,
 * a request to suggest something, and last the knowledge search with the cues that shape its answer. PromiseBot
 * turns this into replies and state; it may be computed in the bot's thread or on the understanding thread
 * (UnderstandingThread.ts), which gives the same result.
 *
 * Only what the turn will use is computed: a safety route ends it, and so do a command, small talk, a request to
 * suggest, or a message that is itself the suggestion the resident was asked for.
 */
import type { Entry, Lang } from '../knowledge/schema.js';
import type { AnswerEngine, AnswerResult, AskContext } from '../knowledge/types.js';
import { detectSafety, type SafetyKind } from '../safety/detectSafety.js';
import { splitWords } from '../safety/foldText.js';
import { isInformationQuestion } from '../safety/isInformationQuestion.js';
import { detectIntent, type Intent } from './detectIntent.js';
import { detectFigureQuestion, detectFollowupCue, detectJobQuestion, detectRulesQuestion, detectSuggestionRequest } from './detectStaffCues.js';

/** Intents that still count as such while the bot waits for a suggestion; any other message is the suggestion. */
export const INTENTS_WHILE_AWAITING_SUGGESTION: ReadonlySet<Intent['kind']> = new Set(['language', 'start', 'privacy', 'delete', 'help', 'topics']);

export interface UnderstandContext extends AskContext {
  /** The bot asked for a suggestion and this message may be it. */
  isAwaitingSuggestion: boolean;
}

export interface SafetyUnderstanding {
  kind: SafetyKind;
  lang: Lang;
  /**
   * The knowledge answer to a question routed to safety, when the engine is confident of one: about a helpline or
   * reporting (a `contact` entry); for a question routed to reporting, any entry (the police's work on drugs, say).
   */
  info?: { entry: Entry; score: number };
}

export interface QuestionCues {
  /** "Hur går det med…": a commitment is answered with its latest follow-up. */
  isFollowupQuestion: boolean;
  /** Asks for figures (and is not a follow-up question). */
  asksForFigures: boolean;
  /** Asks about jobs or the training for one. */
  asksForJob: boolean;
  /** Asks about rules, limits or penalties (and is not a follow-up question). */
  asksRules: boolean;
}

export type Understanding =
  | { route: 'safety'; safety: SafetyUnderstanding }
  | { route: 'suggestion'; intent: Intent | null }
  | { route: 'intent'; intent: Intent }
  | { route: 'suggest'; lang: Lang }
  | { route: 'question'; result: AnswerResult; cues: QuestionCues };

export function understandMessage(engine: AnswerEngine, text: string, ctx: UnderstandContext): Understanding {
  // Folded and split once for the checks below (safety, commands, cues).
  const words = splitWords(text);
  const safety = detectSafety(text, words);
  if (safety) {
    const lang = ctx.chosenLang ?? safety.lang;
    const info = safety.kind !== 'help' && isInformationQuestion(text) ? findInformationAnswer(engine, text, lang, safety.kind) : undefined;
    return { route: 'safety', safety: { kind: safety.kind, lang: safety.lang, ...(info ? { info } : {}) } };
  }
  const intent = detectIntent(text, words);
  if (ctx.isAwaitingSuggestion && !(intent && INTENTS_WHILE_AWAITING_SUGGESTION.has(intent.kind))) return { route: 'suggestion', intent };
  if (intent) return { route: 'intent', intent };
  const suggestionLang = detectSuggestionRequest(text, words);
  if (suggestionLang) return { route: 'suggest', lang: suggestionLang };

  // The context as PromiseBot always gave it, so that V8 sees one object shape.
  const result = engine.ask(text, { chosenLang: ctx.chosenLang, lastLang: ctx.lastLang, locale: ctx.locale });
  const isFollowupQuestion = detectFollowupCue(text, words) !== undefined;
  return {
    route: 'question',
    result,
    cues: {
      isFollowupQuestion,
      asksForFigures: !isFollowupQuestion && detectFigureQuestion(words) !== undefined,
      asksForJob: detectJobQuestion(words) !== undefined,
      asksRules: !isFollowupQuestion && result.kind === 'answer' && detectRulesQuestion(words) !== undefined,
    },
  };
}

function findInformationAnswer(engine: AnswerEngine, text: string, lang: Lang, kind: SafetyKind): { entry: Entry; score: number } | undefined {
  const result = engine.ask(text, { chosenLang: lang });
  if (result.kind !== 'answer' || (result.entry.kind !== 'contact' && kind !== 'report')) return undefined;
  return { entry: result.entry, score: result.score };
}
