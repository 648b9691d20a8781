/**
 * The page's Messenger profile: the Get Started button, the greeting shown before the first message, and the
 * persistent menu (languages, main topics, help, and the two authorities' websites). All texts come from
 * locales/ and knowledge/; payloads are the bot's own (bot/readPayload.ts), so a tap is resolved exactly.
 */
import { LANGS, type Lang } from '../../knowledge/schema.js';
import type { Knowledge } from '../../knowledge/types.js';
import type { Translate } from '../../language/i18n.js';
import { MAIN_TOPICS } from '../../bot/PromiseBot.js';
import { GET_STARTED_PAYLOAD } from './facebookMiddleware.js';
import { truncateLabel } from './formatForMessenger.js';

export const GREETING_MAX = 160;
/** Persistent menu limits: 20 items, titles of 30 characters. */
export const MENU_ITEMS_MAX = 20;
export const MENU_TITLE_MAX = 30;
export const POLICE_URL = 'https://polisen.se/';
export const MUNICIPALITY_URL = 'https://kiruna.se/';

/** Messenger has locales for Swedish and English; Northern Sami has none, so Sami readers get the default. */
const MESSENGER_LOCALES: Array<{ locale: string; lang: Lang }> = [
  { locale: 'sv_SE', lang: 'sv' },
  { locale: 'en_US', lang: 'en' },
];
/** The pages are Swedish authorities' pages: their default menu is Swedish (with the language choice first). */
const DEFAULT_MENU_LANG: Lang = 'sv';

type MenuItem =
  | { type: 'postback'; title: string; payload: string }
  | { type: 'web_url'; title: string; url: string; webview_height_ratio: 'full' };

export interface MessengerProfile {
  get_started: { payload: string };
  greeting: Array<{ locale: string; text: string }>;
  persistent_menu: Array<{ locale: string; composer_input_disabled: boolean; call_to_actions: MenuItem[] }>;
}

/** The default greeting: one sentence in each language, each naming its language, within 160 characters. */
export function buildDefaultGreeting(t: Translate): string {
  const text = LANGS.map((lang) => t(lang, 'messenger.greetingShort')).join(' ');
  if (Array.from(text).length > GREETING_MAX) throw new Error(`messenger.greetingShort in sv+en+se is longer than ${GREETING_MAX} characters`);
  return text;
}

function buildMenu(t: Translate, knowledge: Knowledge, lang: Lang, topicIds: string[]): MenuItem[] {
  const postback = (title: string, payload: string): MenuItem => ({ type: 'postback', title: truncateLabel(title, MENU_TITLE_MAX), payload });
  const fixed = {
    languages: LANGS.map((option) => postback(t(option, `language.name.${option}`), `lang:${option}`)),
    commands: [postback(t(lang, 'topics.button'), 'cmd:topics'), postback(t(lang, 'help.button'), 'cmd:help')],
    websites: [
      { type: 'web_url', title: truncateLabel(t(lang, 'messenger.menu.policeWebsite'), MENU_TITLE_MAX), url: POLICE_URL, webview_height_ratio: 'full' },
      { type: 'web_url', title: truncateLabel(t(lang, 'messenger.menu.municipalityWebsite'), MENU_TITLE_MAX), url: MUNICIPALITY_URL, webview_height_ratio: 'full' },
    ] satisfies MenuItem[],
  };
  // The languages, commands and websites (the way to a person) always fit; topics take what room is left.
  const room = MENU_ITEMS_MAX - fixed.languages.length - fixed.commands.length - fixed.websites.length;
  const topics = topicIds.flatMap((id) => {
    const entry = knowledge.byId.get(id);
    return entry ? [postback(entry.label[lang], `kb:${entry.id}`)] : [];
  });
  const items: MenuItem[] = [...fixed.languages, ...topics.slice(0, room), ...fixed.commands, ...fixed.websites];
  return items;
}

export function buildMessengerProfile(t: Translate, knowledge: Knowledge, topicIds: string[] = MAIN_TOPICS): MessengerProfile {
  for (const { lang } of MESSENGER_LOCALES) {
    if (Array.from(t(lang, 'messenger.greeting')).length > GREETING_MAX) throw new Error(`${lang}:messenger.greeting is longer than ${GREETING_MAX} characters`);
  }
  return {
    get_started: { payload: GET_STARTED_PAYLOAD },
    greeting: [
      { locale: 'default', text: buildDefaultGreeting(t) },
      ...MESSENGER_LOCALES.map(({ locale, lang }) => ({ locale, text: t(lang, 'messenger.greeting') })),
    ],
    persistent_menu: [
      { locale: 'default', composer_input_disabled: false, call_to_actions: buildMenu(t, knowledge, DEFAULT_MENU_LANG, topicIds) },
      ...MESSENGER_LOCALES.map(({ locale, lang }) => ({ locale, composer_input_disabled: false, call_to_actions: buildMenu(t, knowledge, lang, topicIds) })),
    ],
  };
}
