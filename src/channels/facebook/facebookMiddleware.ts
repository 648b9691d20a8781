/**
 * Makes one PromiseBot serve Facebook Messenger, whether the activity came through Azure Bot Service's Facebook
 * channel or through our own webhook gateway (both use channelId 'facebook' and the Messenger event as channelData).
 *
 * Incoming: the Get Started button posts back `GET_STARTED`, which becomes the bot's `cmd:start` (the welcome).
 * Quick-reply and postback payloads are already read from channelData by the bot (bot/readPayload.ts).
 * Outgoing: every reply is brought within Messenger's limits (formatForMessenger.ts) before it leaves the turn.
 */
import { ActionTypes, ActivityTypes } from 'botbuilder';
import type { Activity, Attachment, CardAction, Middleware, TurnContext } from 'botbuilder';
import { AZURE_TITLE_MAX, QUICK_REPLIES_MAX, convertMarkdown, splitText, truncateLabel, MESSENGER_TEXT_MAX } from './formatForMessenger.js';

export const FACEBOOK_CHANNEL_ID = 'facebook';
export const GET_STARTED_PAYLOAD = 'GET_STARTED';
/** The bot's own payload for the welcome (bot/readPayload.ts). */
const START_PAYLOAD = 'cmd:start';

export interface FacebookMiddlewareOptions {
  /** 19 for Azure (it cuts at 19 itself, without an ellipsis), 20 for the self-hosted gateway. */
  titleMax?: number;
  textMax?: number;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;

export function isFacebookActivity(activity: Partial<Activity>): boolean {
  return activity.channelId === FACEBOOK_CHANNEL_ID;
}

/** Reads the Messenger postback payload of an activity, if it is a postback. */
export function readPostbackPayload(activity: Partial<Activity>): string | undefined {
  const payload = asRecord(asRecord(activity.channelData)?.postback)?.payload;
  return typeof payload === 'string' ? payload : undefined;
}

export function createFacebookMiddleware(options: FacebookMiddlewareOptions = {}): Middleware {
  const titleMax = options.titleMax ?? AZURE_TITLE_MAX;
  const textMax = options.textMax ?? MESSENGER_TEXT_MAX;
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (!isFacebookActivity(context.activity)) return next();
      if (readPostbackPayload(context.activity) === GET_STARTED_PAYLOAD) {
        // `value` is read before the text (bot/readPayload.ts), so the button's title never reaches the search.
        context.activity.value = START_PAYLOAD;
        context.activity.text ??= START_PAYLOAD;
      }
      context.onSendActivities(async (_ctx, activities, nextSend) => {
        const formatted = activities.flatMap((activity) => formatReplyForMessenger(activity, { titleMax, textMax }));
        activities.splice(0, activities.length, ...formatted);
        return nextSend();
      });
      return next();
    },
  };
}

/**
 * One reply → one or more Messenger-ready replies: plain text (links as "text: url"), cards flattened to text and
 * quick replies, long text split at sentence boundaries, quick replies (≤ 13, short titles) on the last part only.
 */
export function formatReplyForMessenger(activity: Partial<Activity>, limits: { titleMax: number; textMax?: number }): Partial<Activity>[] {
  if (activity.type !== undefined && activity.type !== ActivityTypes.Message) return [activity];
  const flattened = flattenAttachments(activity.attachments ?? []);
  const actions = [...(activity.suggestedActions?.actions ?? []), ...flattened.actions];
  const links = actions.filter((action) => action.type === ActionTypes.OpenUrl && typeof action.value === 'string');
  const buttons = actions.filter((action) => action.type !== ActionTypes.OpenUrl && readActionPayload(action) !== undefined);
  const text = [activity.text ?? '', ...flattened.texts, ...links.map((link) => `${link.title}: ${link.value as string}`)]
    .map((part) => convertMarkdown(part).trim())
    .filter(Boolean)
    .join('\n\n');
  const parts = splitText(text, limits.textMax ?? MESSENGER_TEXT_MAX);
  const quickReplies = buttons.slice(0, QUICK_REPLIES_MAX).map((action) => ({
    ...action,
    title: truncateLabel(action.title ?? readActionPayload(action) ?? '', limits.titleMax),
  }));
  const { suggestedActions: _actions, attachments: _attachments, ...rest } = activity;
  const keptAttachments = flattened.kept;
  if (parts.length === 0) {
    return quickReplies.length > 0 || keptAttachments.length > 0
      ? [{ ...rest, text: '', ...(keptAttachments.length ? { attachments: keptAttachments } : {}), ...withActions(quickReplies, activity) }]
      : [];
  }
  return parts.map((part, index) => {
    const isLast = index === parts.length - 1;
    return {
      ...rest,
      text: part,
      textFormat: 'plain',
      ...(isLast && keptAttachments.length ? { attachments: keptAttachments } : {}),
      ...(isLast ? withActions(quickReplies, activity) : {}),
    };
  });
}

function withActions(actions: CardAction[], activity: Partial<Activity>): Pick<Partial<Activity>, 'suggestedActions'> {
  if (actions.length === 0) return {};
  return { suggestedActions: { to: activity.suggestedActions?.to ?? [], actions } };
}

/** The string a button posts back: Messenger payloads are strings of at most 1,000 characters. */
export function readActionPayload(action: CardAction): string | undefined {
  const value: unknown = action.value;
  if (typeof value === 'string' && value !== '') return value;
  if (value !== undefined && value !== null && typeof value === 'object') return JSON.stringify(value);
  if (action.type === ActionTypes.ImBack && action.title) return action.title;
  return undefined;
}

interface Flattened {
  texts: string[];
  actions: CardAction[];
  /** Attachments Messenger can show as they are (images, files). */
  kept: Attachment[];
}

/** Cards become text and buttons: Messenger cannot show Adaptive Cards, and hero cards only with 1–3 buttons. */
function flattenAttachments(attachments: Attachment[]): Flattened {
  const result: Flattened = { texts: [], actions: [], kept: [] };
  for (const attachment of attachments) {
    const content = asRecord(attachment.content);
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive' && content) {
      flattenAdaptiveElements(asArray(content.body), result);
      flattenAdaptiveActions(asArray(content.actions), result);
    } else if (attachment.contentType?.startsWith('application/vnd.microsoft.card.') && content) {
      result.texts.push(...[content.title, content.subtitle, content.text].filter((v): v is string => typeof v === 'string' && v !== ''));
      result.actions.push(...(asArray(content.buttons) as CardAction[]));
    } else {
      result.kept.push(attachment);
    }
  }
  return result;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function flattenAdaptiveElements(elements: unknown[], result: Flattened): void {
  for (const element of elements.map(asRecord)) {
    if (!element) continue;
    if (element.type === 'TextBlock' && typeof element.text === 'string') result.texts.push(element.text);
    if (element.type === 'RichTextBlock') {
      result.texts.push(asArray(element.inlines).map((inline) => (typeof inline === 'string' ? inline : String(asRecord(inline)?.text ?? ''))).join(''));
    }
    if (element.type === 'FactSet') {
      result.texts.push(asArray(element.facts).map((fact) => `${String(asRecord(fact)?.title ?? '')}: ${String(asRecord(fact)?.value ?? '')}`).join('\n'));
    }
    if (element.type === 'ActionSet') flattenAdaptiveActions(asArray(element.actions), result);
    flattenAdaptiveElements([...asArray(element.items), ...asArray(element.columns)], result);
  }
}

function flattenAdaptiveActions(actions: unknown[], result: Flattened): void {
  for (const action of actions.map(asRecord)) {
    if (!action || typeof action.title !== 'string') continue;
    if (action.type === 'Action.OpenUrl' && typeof action.url === 'string') {
      result.actions.push({ type: ActionTypes.OpenUrl, title: action.title, value: action.url });
    } else if (action.type === 'Action.Submit' && action.data !== undefined) {
      result.actions.push({ type: ActionTypes.PostBack, title: action.title, value: action.data });
    }
  }
}
