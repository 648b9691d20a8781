/**
 * The bot, the same on every channel. A message goes: safety → commands and small talk → language → knowledge →
 * reply. Thin on purpose: deciding is done by pure functions (understandMessage: detectSafety, detectIntent, the
 * answer engine), on the understanding thread when there is one; this class reads and writes state and turns
 * decisions into replies.
 */
import { ActivityHandler, ActivityTypes } from 'botbuilder';
import type { Storage, TurnContext } from 'botbuilder';
import type { Entry, Lang } from '../knowledge/schema.js';
import type { AnswerEngine, Knowledge, Match } from '../knowledge/types.js';
import type { Translate } from '../language/i18n.js';
import { langFromLocale } from '../language/detectLanguage.js';
import { contributorOf, type StaffStore } from '../staff/staffStore.js';
import { findLatestFollowups } from '../knowledge/latestFollowup.js';
import { givesFigures } from '../knowledge/givesFigures.js';
import { turnRequestId } from '../logging/requestContext.js';
import {
  buildAnswer,
  buildClarify,
  buildFollowup,
  buildFollowupOverview,
  buildNone,
  buildSafetyReply,
  buildText,
  buildTextWithValues,
  buildWelcome,
  createButton,
  createTopicButtons,
  FOLLOWUP_ENTRY_ID,
} from './buildReplies.js';
import type { Intent } from './detectIntent.js';
import { isCancel } from './detectStaffCues.js';
import { understandMessage, type UnderstandContext, type Understanding } from './understandMessage.js';
import { readPayload, type Command, type Payload } from './readPayload.js';
import { markSafetyTurn, rememberTurnLanguage } from './turnLanguage.js';
import { ResidentState, type ConversationMemory, type ResidentProfile } from './residentState.js';
import { appendBounded } from '../storage/appendBounded.js';
import type { UnderstandingThread } from './UnderstandingThread.js';

export type { ConversationMemory, ResidentProfile } from './residentState.js';

/** Who the resident is, as far as an eraser needs to know. */
export interface ResidentRef {
  channelId: string;
  userId: string;
  conversationId: string;
}

/** Deletes what one part of the system stores about a resident ("radera mina uppgifter"). */
export type Eraser = (ref: ResidentRef) => Promise<void>;

/** The part of pino the bot uses; never given message text unless logMessageText is on. */
export interface BotLogger {
  info(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export interface PromiseBotDeps {
  /** A function, not an engine, so that a knowledge reload can swap the engine between turns. */
  getEngine: () => AnswerEngine;
  t: Translate;
  /**
   * Where residents' language choices and conversations' memory are kept (BoundedMemoryStorage or RedisStorage; a
   * store that refuses stale eTags, so that two turns of one resident at the same moment merge: see residentState.ts).
   */
  storage: Storage;
  erasers?: Eraser[];
  logger?: BotLogger;
  logMessageText?: boolean;
  /** Feedback counts, unanswered questions and suggestions for staff; without it none of them is kept. */
  staffStore?: StaffStore;
  /** Days unanswered questions and suggestions are kept (told to residents in the privacy text). */
  retentionDays?: number;
  /** The clock, for the suggestion step's time limit (tests inject one). */
  now?: () => Date;
  /**
   * Where messages are understood (safety, intents, search) off the bot's thread; when it cannot answer (starting,
   * knowledge of another version, stopped) the bot understands the message itself, with the same result.
   */
  understandingThread?: Pick<UnderstandingThread, 'understand'>;
}

export const SUGGESTION_WINDOW_MS = 10 * 60 * 1000;
const MAX_REMEMBERED = 200;
/**
 * A question with no confident answer offers its closest entries first when they score at least this (0..1). On the
 * second golden set, 12 of the 13 questions left unanswered had their right entry first at 0.30–0.55.
 */
const NEAR_MISS_SCORE = 0.3;
const MAX_NEAR_MISSES = 2;
const DEFAULT_RETENTION_DAYS = 30;

/** Two versions of one conversation's memory: this turn's wins, except that no rated entry is forgotten. */
function mergeMemory(stored: ConversationMemory, ours: ConversationMemory): ConversationMemory {
  const rated = [...new Set([...(stored.rated ?? []), ...(ours.rated ?? [])])];
  const merged: ConversationMemory = { ...stored, ...ours };
  if (rated.length > 0) merged.rated = rated.slice(-MAX_REMEMBERED);
  return merged;
}

/** The mark this conversation leaves on what it gives staff (see contributorOf). */
const contributorOfTurn = (context: TurnContext): string => contributorOf(context.activity.channelId, context.activity.conversation?.id ?? '');

/**
 * Entry ids offered as main topics (welcome, fallback, topics command, and the turn guard's safety replies); ids
 * missing from the knowledge are skipped.
 */
export const MAIN_TOPICS = ['priorities', 'drug-dog-school', 'traffic', 'followup', 'report-crime'];

/** The knowledge's entries with these ids, in this order; ids it does not have are skipped. */
export function listEntries(knowledge: Pick<Knowledge, 'byId'>, ids: readonly string[]): Entry[] {
  return ids.flatMap((id) => knowledge.byId.get(id) ?? []);
}

const SILENT_LOGGER: BotLogger = { info: () => {}, error: () => {} };

export class PromiseBot extends ActivityHandler {
  private readonly state: ResidentState;
  private readonly logger: BotLogger;

  constructor(private readonly deps: PromiseBotDeps) {
    super();
    this.state = new ResidentState(deps.storage, { profile: (stored, ours) => ({ ...stored, ...ours }), memory: mergeMemory });
    this.logger = deps.logger ?? SILENT_LOGGER;

    this.onMembersAdded(async (context, next) => {
      const residents = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (residents.length > 0) {
        const lang = await this.decideFallbackLanguage(context);
        await context.sendActivity(buildWelcome(this.deps.t, lang, this.listMainTopics()));
        this.logTurn(context, { route: 'welcome', lang });
      }
      await next();
    });

  }

  /**
   * Messages, nearly every turn, go straight to handleMessage: ActivityHandler's chain of registered handlers costs
   * several promises and closures per turn and this bot registers none for messages. Every other activity type goes
   * through ActivityHandler as usual.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context?.activity?.type === ActivityTypes.Message) {
      await this.handleMessage(context);
      return;
    }
    await super.run(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const locale = context.activity.locale;
    rememberTurnLanguage(context, langFromLocale(locale) ?? 'sv');
    const { profile, memory } = await this.state.load(context);
    const fallbackLang = profile.chosenLang ?? memory.lastLang ?? langFromLocale(locale) ?? 'sv';
    rememberTurnLanguage(context, fallbackLang);

    // The suggestion step lasts one message: whatever comes next ends it.
    const awaiting = memory.awaitingSuggestion;
    const isAwaitingSuggestion = awaiting !== undefined && this.now().getTime() - awaiting.since < SUGGESTION_WINDOW_MS;
    delete memory.awaitingSuggestion;

    const { payload, raw } = readPayload(context.activity);
    const outcome = payload ? await this.handlePayload(context, payload, profile, memory, fallbackLang) : 'unknown';
    if (outcome === 'handled') await this.saveState(context);
    if (outcome !== 'unknown') return;

    const text = (context.activity.text?.trim() || raw?.trim() || '').slice(0, 2000);
    if (!text) {
      await context.sendActivity(buildText(this.deps.t, fallbackLang, ['input.notText']));
      return;
    }

    const understanding = await this.understand(text, { chosenLang: profile.chosenLang, lastLang: memory.lastLang, locale, isAwaitingSuggestion });
    // A message that may concern an emergency or a crime is answered at once and neither searched further, stored nor logged.
    if (understanding.route === 'safety') {
      const { safety } = understanding;
      markSafetyTurn(context);
      const lang = profile.chosenLang ?? safety.lang;
      rememberTurnLanguage(context, lang);
      // A question about the helplines or about reporting also gets the knowledge answer with its source; for
      // reporting that answer says all the safety reply would, so it comes alone. A question that only mentions a
      // crime ("if the police get tips about someone selling drugs, do they do anything?") gets the reporting
      // reply and then the knowledge answer to what it asked.
      const { info } = safety;
      if (!(info && safety.kind === 'report' && info.entry.kind === 'contact')) {
        await context.sendActivity(buildSafetyReply(this.deps.t, safety.kind, lang, this.listMainTopics()));
      }
      if (info) await context.sendActivity(buildAnswer(this.deps.t, info.entry, lang, { residentLang: lang, score: info.score, related: [] }));
      // Only the ended suggestion step is saved, never the message.
      if (awaiting) await this.saveState(context);
      return;
    }

    if (understanding.route === 'suggestion') {
      const lang = profile.chosenLang ?? awaiting?.lang ?? fallbackLang;
      await this.receiveSuggestion(context, text, lang);
      await this.saveState(context);
      this.logTurn(context, { route: 'suggestion', lang });
      return;
    }
    if (understanding.route === 'intent') {
      const { intent } = understanding;
      const isDeleted = await this.handleIntent(context, intent, profile, memory);
      if (!isDeleted) await this.saveState(context);
      this.logTurn(context, { route: intent.kind, lang: intent.kind === 'language' ? intent.lang : profile.chosenLang ?? intent.lang }, text);
      return;
    }
    if (understanding.route === 'suggest') {
      const lang = profile.chosenLang ?? understanding.lang;
      rememberTurnLanguage(context, lang);
      await this.askForSuggestion(context, lang, memory);
      await this.saveState(context);
      this.logTurn(context, { route: 'suggest', lang }, text);
      return;
    }

    const { result, cues } = understanding;
    const { isFollowupQuestion, asksForFigures, asksForJob } = cues;
    if (result.language.isClear) memory.lastLang = result.language.lang;
    rememberTurnLanguage(context, result.lang);
    // Figures asked of a contact entry ("how many crimes were reported in Kiruna in 2025?" → how to report a crime): the
    // entry has none and answers another question, so the resident gets "I don't know" with the topics instead. On the
    // golden and resident sets every such answer was to an off-topic question (9 of 9). The same for a topic entry
    // whose answer gives no figure at all (givesFigures): "Hur många brott anmäldes i Kiruna förra året?" → how the
    // promises are followed up, "Galle politiija barget Gironis?" → who is behind the promises (24 such answers on those
    // sets, 23 to off-topic questions; the entries that give figures — the period, the survey, the priorities — still
    // answer them); a commitment answers them with the note that the promises give no figures. Questions about jobs or
    // the training for one get "I don't know" too ("hur blir man polis" → the non-urgent number; "Hur söker man jobb
    // som polis?" → the drug dog's search): the promises say nothing of jobs. On the golden and resident sets: 38
    // off-topic questions asked about jobs, 14 of them answered with an entry before; no question about the promises is
    // a job question.
    if (result.kind === 'answer' && !(asksForFigures && !mayAnswerFigures(result.entry)) && !asksForJob) {
      // Only a commitment gets the note that the promises give no figures. Any entry asked about rules, limits or
      // penalties ("what's the fine for drink-driving?" → the police's traffic checks) gets the note that the promises
      // set none.
      const asksFigures = result.entry.kind === 'commitment' && asksForFigures;
      const route = await this.sendAnswer(context, result.entry, result.lang, result.lang, result.score, result.related, isFollowupQuestion, asksFigures, cues.asksRules);
      this.logTurn(context, { route, lang: result.lang, entryId: result.entry.id, score: result.score }, text);
    } else if (result.kind === 'clarify' && !asksForJob) {
      const commitments = result.candidates.filter((entry) => entry.kind === 'commitment');
      const asksFollowup = isFollowupQuestion && commitments.length > 1;
      await context.sendActivity(buildClarify(this.deps.t, result.lang, asksFollowup ? commitments : result.candidates, { isFollowup: asksFollowup }));
      this.logTurn(context, { route: 'clarify', lang: result.lang, candidates: result.candidates.map((entry) => entry.id) }, text);
    } else {
      // Kept for staff before the reply goes out: a resident who reads the reply and asks to delete their data at once
      // must not be faster than the write (the deletion would miss an item written after it).
      await this.deps.staffStore?.recordUnanswered(text, result.lang, contributorOfTurn(context));
      await context.sendActivity(buildNone(this.deps.t, result.lang, this.listNoneTopics(result.top)));
      this.logTurn(context, { route: 'none', lang: result.lang }, text);
    }
    await this.saveState(context);
  }

  /** The message understood on the understanding thread when there is one and it can, else here. */
  private async understand(text: string, ctx: UnderstandContext): Promise<Understanding> {
    const engine = this.deps.getEngine();
    const thread = this.deps.understandingThread;
    const onThread = thread?.understand(text, ctx, engine.knowledge);
    if (onThread) {
      const understood = await onThread;
      if (understood) return understood;
    }
    return understandMessage(engine, text, ctx);
  }

  /**
   * `unknown` when the payload names nothing we know (then the message is treated as text); `deleted` when the
   * resident's data was deleted, so that nothing is saved afterwards.
   */
  private async handlePayload(
    context: TurnContext,
    payload: Payload,
    profile: ResidentProfile,
    memory: ConversationMemory,
    residentLang: Lang,
  ): Promise<'handled' | 'deleted' | 'unknown'> {
    if (payload.kind === 'lang') {
      await this.chooseLanguage(context, payload.lang, profile, memory);
      this.logTurn(context, { route: 'language', lang: payload.lang, payload: true });
      return 'handled';
    }
    if (payload.kind === 'cmd') {
      const isDeleted = await this.runCommand(context, payload.command, residentLang);
      this.logTurn(context, { route: payload.command, lang: residentLang, payload: true });
      return isDeleted ? 'deleted' : 'handled';
    }
    const engine = this.deps.getEngine();
    const entry = engine.knowledge.byId.get(payload.id);
    if (!entry) return 'unknown';
    rememberTurnLanguage(context, residentLang);
    if (payload.kind === 'fb') {
      await this.rateAnswer(context, entry.id, payload.vote, residentLang, memory);
      this.logTurn(context, { route: 'feedback', lang: residentLang, entryId: entry.id, vote: payload.vote, payload: true });
      return 'handled';
    }
    if (payload.kind === 'fu' && entry.kind !== 'commitment') return 'unknown';
    const lang = payload.lang ?? residentLang;
    const route = await this.sendAnswer(context, entry, lang, residentLang, 1, this.listEntries(entry.related), payload.kind === 'fu');
    this.logTurn(context, { route, lang, entryId: entry.id, score: 1, payload: true });
    return 'handled';
  }

  /**
   * An entry's answer; for the `followup` entry the overview of all commitments; for a commitment asked about as a
   * follow-up ("hur går det med…"), its latest follow-up. Returns the route for the log.
   */
  private async sendAnswer(
    context: TurnContext, entry: Entry, lang: Lang, residentLang: Lang, score: number, related: Entry[], isFollowupQuestion: boolean,
    asksFigures = false,
    asksRules = false,
  ): Promise<'answer' | 'followup' | 'followups'> {
    const { t } = this.deps;
    const { knowledge } = this.deps.getEngine();
    const followupEntry = knowledge.byId.get(FOLLOWUP_ENTRY_ID);
    if (entry.id === FOLLOWUP_ENTRY_ID) {
      const commitments = knowledge.entries.filter((candidate) => candidate.kind === 'commitment');
      await context.sendActivity(buildFollowupOverview(t, commitments, findLatestFollowups(knowledge), lang, { residentLang, score, related, followupEntry }));
      return 'followups';
    }
    if (entry.kind === 'commitment' && isFollowupQuestion) {
      await context.sendActivity(buildFollowup(t, entry, findLatestFollowups(knowledge).get(entry.id), lang, { residentLang, score, followupEntry }));
      return 'followup';
    }
    await context.sendActivity(buildAnswer(t, entry, lang, { residentLang, score, related, asksFigures, asksRules }));
    return 'answer';
  }

  /** Counts 👍/👎 once per entry and conversation, with no user identity. */
  private async rateAnswer(context: TurnContext, entryId: string, vote: 'up' | 'down', lang: Lang, memory: ConversationMemory): Promise<void> {
    const rated = (memory.rated ??= []);
    if (!rated.includes(entryId)) {
      await this.deps.staffStore?.incrementFeedback(entryId, vote);
      appendBounded(rated, entryId, MAX_REMEMBERED);
    }
    const { t } = this.deps;
    await context.sendActivity(
      vote === 'up'
        ? buildText(t, lang, ['feedback.thanks'])
        : buildText(t, lang, ['feedback.thanksDown'], [createButton(t(lang, 'feedback.suggestButton'), { kind: 'cmd', command: 'suggest' })]),
    );
  }

  private async askForSuggestion(context: TurnContext, lang: Lang, memory: ConversationMemory): Promise<void> {
    memory.awaitingSuggestion = { since: this.now().getTime(), lang };
    await context.sendActivity(buildTextWithValues(this.deps.t, lang, 'suggestion.prompt', { days: this.retentionDays() }));
  }

  private async receiveSuggestion(context: TurnContext, text: string, lang: Lang): Promise<void> {
    rememberTurnLanguage(context, lang);
    if (isCancel(text)) {
      await context.sendActivity(buildText(this.deps.t, lang, ['suggestion.cancelled']));
      return;
    }
    const id = await this.deps.staffStore?.addSuggestion(text, lang, contributorOfTurn(context));
    await context.sendActivity(buildText(this.deps.t, lang, [id || !this.deps.staffStore ? 'suggestion.thanks' : 'suggestion.empty']));
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private retentionDays(): number {
    return this.deps.retentionDays ?? DEFAULT_RETENTION_DAYS;
  }

  /** Returns true when the resident's data was deleted (then nothing may be saved afterwards). */
  private async handleIntent(context: TurnContext, intent: Intent, profile: ResidentProfile, memory: ConversationMemory): Promise<boolean> {
    if (intent.kind === 'language') {
      await this.chooseLanguage(context, intent.lang, profile, memory);
      return false;
    }
    const lang = profile.chosenLang ?? intent.lang;
    rememberTurnLanguage(context, lang);
    const { t } = this.deps;
    switch (intent.kind) {
      case 'start':
      case 'help':
      case 'topics':
      case 'privacy':
      case 'delete':
        return this.runCommand(context, intent.kind, intent.kind === 'start' ? await this.decideFallbackLanguage(context) : lang);
      case 'greeting':
        await context.sendActivity(buildText(t, lang, ['smalltalk.greeting'], createTopicButtons(lang, this.listMainTopics())));
        return false;
      case 'thanks':
      case 'goodbye':
      case 'robot':
        await context.sendActivity(buildText(t, lang, [`smalltalk.${intent.kind}`]));
        return false;
      case 'whatCanYouDo':
        await context.sendActivity(buildText(t, lang, ['smalltalk.whatCanYouDo'], createTopicButtons(lang, this.listMainTopics())));
        return false;
      case 'howAreYou':
        await context.sendActivity(buildText(t, lang, ['smalltalk.howAreYou'], createTopicButtons(lang, this.listEntries(['followup']))));
        return false;
    }
  }

  private async runCommand(context: TurnContext, command: Command, lang: Lang): Promise<boolean> {
    const { t } = this.deps;
    const topics = this.listMainTopics();
    switch (command) {
      case 'start':
        await context.sendActivity(buildWelcome(t, lang, topics));
        return false;
      case 'help':
        await context.sendActivity(
          buildText(t, lang, ['help.text'], [...createTopicButtons(lang, topics), createButton(t(lang, 'privacy.button'), { kind: 'cmd', command: 'privacy' })]),
        );
        return false;
      case 'topics':
        await context.sendActivity(buildText(t, lang, ['topics.text'], createTopicButtons(lang, this.listEntries(this.deps.getEngine().knowledge.entries.map((entry) => entry.id)).slice(0, 13))));
        return false;
      case 'privacy':
        await context.sendActivity(
          buildTextWithValues(t, lang, 'privacy.text', { days: this.retentionDays() }, [createButton(t(lang, 'privacy.deleteButton'), { kind: 'cmd', command: 'delete' })]),
        );
        return false;
      case 'suggest':
        await this.askForSuggestion(context, lang, (await this.state.load(context)).memory);
        return false;
      case 'delete':
        await this.deleteResidentData(context);
        await context.sendActivity(buildText(t, lang, ['privacy.deleted']));
        return true;
    }
  }

  private async chooseLanguage(context: TurnContext, lang: Lang, profile: ResidentProfile, memory: ConversationMemory): Promise<void> {
    profile.chosenLang = lang;
    memory.lastLang = lang;
    rememberTurnLanguage(context, lang);
    const keys = lang === 'se' ? ['language.changed', 'welcome.samiNote', 'language.serviceInSami'] : ['language.changed'];
    await context.sendActivity(buildText(this.deps.t, lang, keys, createTopicButtons(lang, this.listMainTopics())));
  }

  private async deleteResidentData(context: TurnContext): Promise<void> {
    const { activity } = context;
    const ref: ResidentRef = { channelId: activity.channelId, userId: activity.from?.id ?? '', conversationId: activity.conversation?.id ?? '' };
    // Staff items carry this conversation's mark, not its id: found as long as they are kept, even after bot state went.
    await this.deps.staffStore?.eraseContributor(contributorOfTurn(context));
    await this.state.delete(context);
    for (const erase of this.deps.erasers ?? []) await erase(ref);
  }

  /** Chosen language, else the channel's locale, else Swedish. */
  private async decideFallbackLanguage(context: TurnContext): Promise<Lang> {
    const { profile } = await this.state.load(context);
    const lang = profile.chosenLang ?? langFromLocale(context.activity.locale) ?? 'sv';
    rememberTurnLanguage(context, lang);
    return lang;
  }

  /**
   * Saves the resident's profile and the conversation's memory. When another turn saved them meanwhile (two messages
   * of one resident at the same moment, on one instance or two), ResidentState reads them again and merges: this
   * turn's language wins, an entry either turn rated stays rated.
   */
  private async saveState(context: TurnContext): Promise<void> {
    if (await this.state.save(context)) {
      this.logger.info({ reqId: turnRequestId(context), channelId: context.activity.channelId }, 'state saved by another turn meanwhile: merged');
    }
  }

  private listEntries(ids: string[]): Entry[] {
    return listEntries(this.deps.getEngine().knowledge, ids);
  }

  private listMainTopics(): Entry[] {
    return this.listEntries(MAIN_TOPICS);
  }

  /**
   * The topics offered when the bot has no answer: the entries the question came closest to first (a long, chatty
   * question often misses its answer only because of the many words the entries never use), then the main topics.
   * The reply still says plainly that the bot does not know; these are only buttons.
   */
  private listNoneTopics(top: readonly Match[]): Entry[] {
    const near = top.filter((match) => match.score >= NEAR_MISS_SCORE).slice(0, MAX_NEAR_MISSES).map((match) => match.id);
    // Every main topic stays (reporting a crime among them), so at most MAX_NEAR_MISSES buttons more than usual.
    return this.listEntries([...new Set([...near, ...MAIN_TOPICS])]);
  }

  private logTurn(context: TurnContext, details: Record<string, unknown>, text?: string): void {
    const withText = this.deps.logMessageText && text !== undefined ? { text } : {};
    this.logger.info({ reqId: turnRequestId(context), channelId: context.activity.channelId, ...details, ...withText }, 'turn');
  }
}

/** Whether an entry may answer a question for figures: a commitment (with the note that it gives none), or a topic that gives some. */
function mayAnswerFigures(entry: Entry): boolean {
  return entry.kind === 'commitment' || (entry.kind === 'topic' && givesFigures(entry));
}
