/**
 * Checks every turn makes before the bot sees it, on every channel (/api/messages, Direct Line, Messenger):
 * - texts longer than MAX_TEXT_CHARS get a polite reply in the resident's language and are not searched; if the start
 *   of such a text may concern an emergency or a crime, it gets the same safety reply the bot would give;
 * - a Messenger sender (Azure's Facebook channel or the self-hosted webhook) over the rate limit is told so once a
 *   minute, and further messages are dropped silently;
 * - control characters and bidirectional overrides are removed from the text: they carry no meaning for the search
 *   and only serve to disguise words;
 * - "words" longer than MAX_WORD_CHARS are cut: no word of any of our languages is that long, and the fuzzy search
 *   costs grow with the square of a word's length (one 1,000-letter word took over a second).
 */
import type { TurnContext } from 'botbuilder';
import type { Lang } from '../knowledge/schema.js';
import type { AnswerEngine } from '../knowledge/types.js';
import type { Translate } from '../language/i18n.js';
import { langFromLocale } from '../language/detectLanguage.js';
import { removeInvisibleCharacters } from '../language/normalizeText.js';
import { detectSafety } from '../safety/detectSafety.js';
import { buildSafetyReply, buildText } from '../bot/buildReplies.js';
import { listEntries, MAIN_TOPICS } from '../bot/PromiseBot.js';
import { markSafetyTurn, rememberTurnLanguage } from '../bot/turnLanguage.js';
import { turnRequestId } from '../logging/requestContext.js';
import type { RateLimiter } from './rateLimiter.js';

export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

export interface TurnGuardOptions {
  t: Translate;
  getEngine: () => AnswerEngine;
  /** MAX_TEXT_CHARS. */
  maxTextChars: number;
  /** Per Messenger sender (PSID); absent: no limit. */
  messengerLimiter?: RateLimiter;
  logger?: { info(details: object, message?: string): void };
}

export const MAX_WORD_CHARS = 64;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'gu');

/** Invisible characters removed and over-long words cut, so that no text can make the search slow. */
export function tameText(text: string): string {
  const visible = removeInvisibleCharacters(text);
  // A text of at most MAX_WORD_CHARS code units has no longer word: most messages are spared the search for one.
  if (visible.length <= MAX_WORD_CHARS) return visible;
  return visible.replace(LONG_WORD, (word) => Array.from(word).slice(0, MAX_WORD_CHARS).join(''));
}

/** How much of an over-long text is checked for an emergency: enough for any real message, cheap for a flood. */
const SAFETY_SCAN_CHARS = 4000;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** value, value.payload, channelData.postback.payload and channelData.message.quick_reply.payload, cut and tamed. */
// (No function is made per turn here: under tsx every named closure is also renamed on creation, which cost more than
// the rest of this guard.)
function tame(text: string, maxChars: number): string {
  return tameText(text.slice(0, maxChars));
}

function tamePayloads(activity: { value?: unknown; channelData?: unknown }, maxChars: number): void {
  if (typeof activity.value === 'string') activity.value = tame(activity.value, maxChars);
  else if (isRecord(activity.value) && typeof activity.value.payload === 'string') activity.value = { ...activity.value, payload: tame(activity.value.payload, maxChars) };
  const data = activity.channelData;
  if (!isRecord(data)) return;
  if (isRecord(data.postback) && typeof data.postback.payload === 'string') data.postback = { ...data.postback, payload: tame(data.postback.payload, maxChars) };
  if (isRecord(data.message) && isRecord(data.message.quick_reply) && typeof data.message.quick_reply.payload === 'string') {
    data.message = { ...data.message, quick_reply: { ...data.message.quick_reply, payload: tame(data.message.quick_reply.payload, maxChars) } };
  }
}

const MESSENGER_CHANNELS = new Set(['facebook']);

export function guardTurns(bot: TurnRunner, options: TurnGuardOptions): TurnRunner {
  const { t, maxTextChars } = options;

  function decideLanguage(context: TurnContext, sample: string): Lang {
    const fromLocale = langFromLocale(context.activity.locale);
    if (fromLocale) return fromLocale;
    return options.getEngine().detectLanguage(sample.slice(0, 300), {}).lang;
  }

  return {
    async run(context: TurnContext): Promise<void> {
      const { activity } = context;
      const text = typeof activity.text === 'string' ? activity.text : '';

      if (options.messengerLimiter && activity.type === 'message' && MESSENGER_CHANNELS.has(activity.channelId) && activity.from?.id) {
        const decision = await options.messengerLimiter.consume(`${activity.channelId}:${activity.from.id}`);
        if (!decision.isAllowed) {
          options.logger?.info({ channelId: activity.channelId, route: 'rate-limited', notified: decision.isFirstRefusal }, 'turn');
          if (decision.isFirstRefusal) await context.sendActivity(buildText(t, decideLanguage(context, text), ['input.tooMany']));
          return;
        }
      }

      // Button payloads are read as text when there is no text (readPayload.ts): the same bounds apply to them.
      if (activity.type === 'message') tamePayloads(activity as { value?: unknown; channelData?: unknown }, maxTextChars);
      if (activity.type === 'message' && text) {
        const cleaned = removeInvisibleCharacters(text);
        if (cleaned.length > maxTextChars) {
          const safety = detectSafety(cleaned.slice(0, SAFETY_SCAN_CHARS));
          if (safety) {
            // As PromiseBot does: answered at once, neither searched, stored nor logged.
            markSafetyTurn(context);
            rememberTurnLanguage(context, safety.lang);
            await context.sendActivity(buildSafetyReply(t, safety.kind, safety.lang, listEntries(options.getEngine().knowledge, MAIN_TOPICS)));
            return;
          }
          const lang = decideLanguage(context, cleaned);
          rememberTurnLanguage(context, lang);
          options.logger?.info({ reqId: turnRequestId(context), channelId: activity.channelId, route: 'too-long', lang, chars: cleaned.length }, 'turn');
          await context.sendActivity(buildText(t, lang, ['input.tooLong'], []));
          return;
        }
        const tamed = tameText(cleaned);
        if (tamed !== text) activity.text = tamed;
      }
      await bot.run(context);
    },
  };
}
