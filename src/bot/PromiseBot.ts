/**
 * The bot, the same on every channel. A message goes: safety → commands and small talk → language → knowledge →
 * reply. Thin on purpose: deciding is done by pure functions (detectSafety, detectIntent, the answer engine);
 * this class reads and writes state and turns decisions into replies.
 */
import { ActivityHandler } from 'botbuilder';
import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { Entry, Lang } from '../knowledge/schema.js';
import type { AnswerEngine } from '../knowledge/types.js';
import type { Translate } from '../language/i18n.js';
import { langFromLocale } from '../language/detectLanguage.js';
import { detectSafety } from '../safety/detectSafety.js';
import {
  buildAnswer,
  buildClarify,
  buildHelpCry,
  buildNone,
  buildSafety,
  buildText,
  buildWelcome,
  createButton,
  createLanguageButtons,
  createTopicButtons,
} from './buildReplies.js';
import { detectIntent, type Intent } from './detectIntent.js';
import { readPayload, type Command, type Payload } from './readPayload.js';
import { markSafetyTurn, rememberTurnLanguage } from './turnLanguage.js';

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
  userState: UserState;
  conversationState: ConversationState;
  erasers?: Eraser[];
  logger?: BotLogger;
  logMessageText?: boolean;
  /** Entry ids offered as main topics (welcome, fallback, topics command); ids missing from the knowledge are skipped. */
  mainTopics?: string[];
}

/** Stored per resident: only the explicit language choice. */
export interface ResidentProfile {
  chosenLang?: Lang;
}

/** Stored per conversation: only the last clearly detected language. */
export interface ConversationMemory {
  lastLang?: Lang;
}

export const MAIN_TOPICS = ['priorities', 'drug-dog-school', 'traffic', 'followup', 'report-crime'];

const SILENT_LOGGER: BotLogger = { info: () => {}, error: () => {} };

export class PromiseBot extends ActivityHandler {
  private readonly profile: StatePropertyAccessor<ResidentProfile>;
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly logger: BotLogger;

  constructor(private readonly deps: PromiseBotDeps) {
    super();
    this.profile = deps.userState.createProperty<ResidentProfile>('profile');
    this.memory = deps.conversationState.createProperty<ConversationMemory>('memory');
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

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const locale = context.activity.locale;
    rememberTurnLanguage(context, langFromLocale(locale) ?? 'sv');
    const profile = await this.profile.get(context, {});
    const memory = await this.memory.get(context, {});
    const fallbackLang = profile.chosenLang ?? memory.lastLang ?? langFromLocale(locale) ?? 'sv';
    rememberTurnLanguage(context, fallbackLang);

    const { payload, raw } = readPayload(context.activity);
    const outcome = payload ? await this.handlePayload(context, payload, profile, memory, fallbackLang) : 'unknown';
    if (outcome === 'handled') await this.saveState(context);
    if (outcome !== 'unknown') return;

    const text = (context.activity.text?.trim() || raw?.trim() || '').slice(0, 2000);
    if (!text) {
      await context.sendActivity(buildText(this.deps.t, fallbackLang, ['input.notText']));
      return;
    }

    // A message that may concern an emergency or a crime is answered at once and neither searched, stored nor logged.
    const safety = detectSafety(text);
    if (safety) {
      markSafetyTurn(context);
      const lang = profile.chosenLang ?? safety.lang;
      rememberTurnLanguage(context, lang);
      await context.sendActivity(
        safety.kind === 'help' ? buildHelpCry(this.deps.t, lang, this.listMainTopics()) : buildSafety(this.deps.t, safety.kind, lang),
      );
      return;
    }

    const intent = detectIntent(text);
    if (intent) {
      const isDeleted = await this.handleIntent(context, intent, profile, memory);
      if (!isDeleted) await this.saveState(context);
      this.logTurn(context, { route: intent.kind, lang: intent.kind === 'language' ? intent.lang : profile.chosenLang ?? intent.lang }, text);
      return;
    }

    const engine = this.deps.getEngine();
    const result = engine.ask(text, { chosenLang: profile.chosenLang, lastLang: memory.lastLang, locale });
    if (result.language.isClear) memory.lastLang = result.language.lang;
    rememberTurnLanguage(context, result.lang);
    if (result.kind === 'answer') {
      await context.sendActivity(
        buildAnswer(this.deps.t, result.entry, result.lang, { residentLang: result.lang, score: result.score, related: result.related }),
      );
      this.logTurn(context, { route: 'answer', lang: result.lang, entryId: result.entry.id, score: result.score }, text);
    } else if (result.kind === 'clarify') {
      await context.sendActivity(buildClarify(this.deps.t, result.lang, result.candidates));
      this.logTurn(context, { route: 'clarify', lang: result.lang, candidates: result.candidates.map((entry) => entry.id) }, text);
    } else {
      await context.sendActivity(buildNone(this.deps.t, result.lang, this.listMainTopics()));
      this.logTurn(context, { route: 'none', lang: result.lang }, text);
    }
    await this.saveState(context);
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
    const lang = payload.lang ?? residentLang;
    rememberTurnLanguage(context, residentLang);
    await context.sendActivity(
      buildAnswer(this.deps.t, entry, lang, { residentLang, score: 1, related: this.listEntries(entry.related) }),
    );
    this.logTurn(context, { route: 'answer', lang, entryId: entry.id, score: 1, payload: true });
    return 'handled';
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
        await context.sendActivity(buildText(t, lang, ['privacy.text'], [createButton(t(lang, 'privacy.deleteButton'), { kind: 'cmd', command: 'delete' })]));
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
    await this.deps.userState.delete(context);
    await this.deps.conversationState.delete(context);
    for (const erase of this.deps.erasers ?? []) await erase(ref);
  }

  /** Chosen language, else the channel's locale, else Swedish. */
  private async decideFallbackLanguage(context: TurnContext): Promise<Lang> {
    const profile = await this.profile.get(context, {});
    const lang = profile.chosenLang ?? langFromLocale(context.activity.locale) ?? 'sv';
    rememberTurnLanguage(context, lang);
    return lang;
  }

  private async saveState(context: TurnContext): Promise<void> {
    await this.deps.userState.saveChanges(context);
    await this.deps.conversationState.saveChanges(context);
  }

  private listEntries(ids: string[]): Entry[] {
    const { byId } = this.deps.getEngine().knowledge;
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private listMainTopics(): Entry[] {
    return this.listEntries(this.deps.mainTopics ?? MAIN_TOPICS);
  }

  private logTurn(context: TurnContext, details: Record<string, unknown>, text?: string): void {
    const withText = this.deps.logMessageText && text !== undefined ? { text } : {};
    this.logger.info({ channelId: context.activity.channelId, ...details, ...withText }, 'turn');
  }
}
