/**
 * Reply activities: plain text with Markdown links and suggested actions (no cards), every sentence from
 * locales/ or from a knowledge entry. Buttons post back payloads (readPayload.ts), so a tap is resolved exactly.
 */
import { ActionTypes, MessageFactory } from 'botbuilder';
import type { Activity, CardAction } from 'botbuilder';
import { LANGS, type Entry, type Lang } from '../knowledge/schema.js';
import type { Translate } from '../language/i18n.js';
import type { SafetyKind } from '../safety/detectSafety.js';
import { formatPayload, type Payload } from './readPayload.js';

/** Locale tags on replies, so that screen readers in Web Chat pronounce the text in the right language. */
const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB', se: 'se-SE' };
const MAX_RELATED = 4;

export type Reply = Partial<Activity>;

export function createButton(title: string, payload: Payload): CardAction {
  return { type: ActionTypes.PostBack, title, value: formatPayload(payload) };
}

function createReply(lang: Lang, paragraphs: string[], buttons: CardAction[] = []): Reply {
  const text = paragraphs.filter(Boolean).join('\n\n');
  const reply: Reply = buttons.length > 0 ? MessageFactory.suggestedActions(buttons, text) : MessageFactory.text(text);
  return { ...reply, textFormat: 'markdown', locale: LOCALES[lang] };
}

export function createLanguageButtons(t: Translate): CardAction[] {
  return LANGS.map((lang) => createButton(t(lang, `language.name.${lang}`), { kind: 'lang', lang }));
}

export function createTopicButtons(lang: Lang, entries: Entry[]): CardAction[] {
  return entries.map((entry) => createButton(entry.label[lang], { kind: 'kb', id: entry.id }));
}

export function buildWelcome(t: Translate, lang: Lang, topics: Entry[]): Reply {
  return createReply(
    lang,
    [
      t(lang, 'welcome.intro'),
      t(lang, 'welcome.privacy'),
      t(lang, 'welcome.emergency'),
      lang === 'se' ? t(lang, 'welcome.samiNote') : '',
      t(lang, 'welcome.prompt'),
    ],
    [...createLanguageButtons(t), ...createTopicButtons(lang, topics)],
  );
}

export interface AnswerOptions {
  /** The language the resident reads in, for the buttons; the answer itself may be shown in Swedish once. */
  residentLang: Lang;
  score: number;
  related: Entry[];
}

export function buildAnswer(t: Translate, entry: Entry, lang: Lang, options: AnswerOptions): Reply {
  const isSamiDraft = lang === 'se' && entry.review.se === 'draft';
  const buttons = [
    ...(isSamiDraft ? [createButton(t(lang, 'answer.readSwedish'), { kind: 'kb', id: entry.id, lang: 'sv' })] : []),
    ...createTopicButtons(options.residentLang, options.related.filter((other) => other.id !== entry.id).slice(0, MAX_RELATED)),
  ];
  const reply = createReply(
    lang,
    [
      entry.answer[lang],
      [t(lang, `answer.owner.${entry.owner}`), t(lang, 'answer.source', { section: entry.source.section[lang], url: entry.source.url })].join('\n'),
      isSamiDraft ? t(lang, 'answer.draftNote') : '',
    ],
    buttons,
  );
  const score = Math.round(Math.min(1, Math.max(0, options.score)) * 1000) / 1000;
  return { ...reply, entities: [{ type: 'kb-answer', id: entry.id, lang, score }] };
}

export function buildClarify(t: Translate, lang: Lang, candidates: Entry[]): Reply {
  return createReply(lang, [t(lang, 'clarify.question')], createTopicButtons(lang, candidates.slice(0, MAX_RELATED)));
}

export function buildNone(t: Translate, lang: Lang, topics: Entry[]): Reply {
  return createReply(lang, [t(lang, 'none.text'), t(lang, 'none.askPerson'), t(lang, 'none.topics')], createTopicButtons(lang, topics));
}

/**
 * The safety reply. Sami safety texts are unreviewed drafts, so a Sami reply also carries the Swedish sentence
 * (with the same numbers) — a resident in danger must never depend on a draft.
 */
export function buildSafety(t: Translate, kind: Exclude<SafetyKind, 'help'>, lang: Lang): Reply {
  const key = `safety.${kind}`;
  const paragraphs = lang === 'se' ? [t('se', key), `${t('se', 'safety.inSwedish')} ${t('sv', key)}`] : [t(lang, key)];
  return createReply(lang, paragraphs);
}

/** A bare "Hjälp!" may be a cry for help or a request for instructions: give the 112 line first, then the help text. */
export function buildHelpCry(t: Translate, lang: Lang, topics: Entry[]): Reply {
  const danger = lang === 'se' ? [t('se', 'safety.help'), `${t('se', 'safety.inSwedish')} ${t('sv', 'safety.help')}`] : [t(lang, 'safety.help')];
  return createReply(lang, [...danger, t(lang, 'help.text')], createTopicButtons(lang, topics));
}

export function buildText(t: Translate, lang: Lang, keys: string[], buttons: CardAction[] = []): Reply {
  return createReply(lang, keys.map((key) => t(lang, key)), buttons);
}
