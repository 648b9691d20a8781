/**
 * The HTML of the website chat: the chat page (also the embed iframe's page) and the accessibility statement.
 * Every sentence comes from locales/*\/translation.json under "webchat"; this file only arranges them.
 */
import type { Lang } from '../../knowledge/schema.js';
import type { Translate } from '../../language/i18n.js';

export const LANG_ORDER: readonly Lang[] = ['sv', 'en', 'se'];
/** When the accessibility statement was last reviewed (the e2e tests re-check it on every run). */
export const ACCESSIBILITY_REVIEWED = '2026-11-30';

/** Web Chat has Swedish and English; for Northern Sami its interface runs in Swedish with our overrides (app.js). */
const WEBCHAT_LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-US', se: 'sv-SE' };
/** What the bot is told on every message; se-SE = Northern Sami as used in Sweden. */
export const ACTIVITY_LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-US', se: 'se-SE' };

export function readLang(value: unknown): Lang {
  const code = typeof value === 'string' ? value.trim().toLowerCase().split(/[-_]/)[0] : '';
  if (code === 'sme') return 'se';
  return code === 'sv' || code === 'en' || code === 'se' ? code : 'sv';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** JSON inside <script type="application/json">: "<" escaped so the text can never close the element. */
function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface PageAssets {
  /** Versioned URLs, e.g. /webchat/app.js?v=<hash>. */
  css: string;
  appJs: string;
  webchatJs: string;
}

interface PageFrame {
  lang: Lang;
  t: Translate;
  title: string;
  cssUrl: string;
  bodyClass?: string;
  head?: string;
  body: string;
}

function renderFrame(frame: PageFrame): string {
  return `<!doctype html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(frame.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(frame.cssUrl)}">
${frame.head ?? ''}</head>
<body${frame.bodyClass ? ` class="${frame.bodyClass}"` : ''}>
${frame.body}
</body>
</html>
`;
}

function renderLanguageSwitch(t: Translate, lang: Lang, hrefFor: (lang: Lang) => string): string {
  const items = LANG_ORDER.map((option) => {
    const current = option === lang ? ' aria-current="true"' : '';
    return `<li><a href="${escapeHtml(hrefFor(option))}" lang="${option}" hreflang="${option}"${current}>${escapeHtml(t(option, 'language.name.' + option))}</a></li>`;
  }).join('');
  return `<nav class="lang-switch" aria-label="${escapeHtml(t(lang, 'webchat.page.language'))}"><ul>${items}</ul></nav>`;
}

export function renderChatPage(options: {
  lang: Lang;
  embed: boolean;
  nonce: string;
  t: Translate;
  assets: PageAssets;
  tokenUrl: string;
  directLineDomain: string;
}): string {
  const { lang, embed, nonce, t, assets } = options;
  const tx = (key: string) => escapeHtml(t(lang, `webchat.${key}`));
  const config = {
    lang,
    embed,
    tokenUrl: options.tokenUrl,
    domain: options.directLineDomain,
    webchatLocale: WEBCHAT_LOCALE[lang],
    activityLocale: ACTIVITY_LOCALE[lang],
    loadError: t(lang, 'webchat.page.loadError'),
    strings: {
      TEXT_INPUT_PLACEHOLDER: t(lang, 'webchat.ui.placeholder'),
      TEXT_INPUT_ALT: t(lang, 'webchat.ui.inputLabel'),
      TEXT_INPUT_SEND_BUTTON_ALT: t(lang, 'webchat.ui.send'),
    },
    styleOptions: {
      hideUploadButton: true,
      accent: '#00507f',
      subtle: '#595959',
      primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
      rootHeight: '100%',
      backgroundColor: '#ffffff',
      bubbleBackground: '#f3f5f7',
      bubbleBorderColor: '#d4d9de',
      bubbleBorderRadius: 8,
      bubbleFromUserBackground: '#e3eef5',
      bubbleFromUserBorderColor: '#b9cfdd',
      bubbleFromUserBorderRadius: 8,
      bubbleMinHeight: 0,
      suggestedActionLayout: 'flow',
      suggestedActionBorderColor: '#00507f',
      suggestedActionTextColor: '#00507f',
      suggestedActionBorderRadius: 6,
      suggestedActionHeight: 'auto',
      sendBoxButtonColor: '#00507f',
      sendBoxBorderTop: 'solid 1px #d4d9de',
      timestampColor: '#595959',
    },
  };
  const hrefFor = (option: Lang) => `/?lang=${option}${embed ? '&embed=1' : ''}`;
  const statementHref = `/accessibility?lang=${lang}`;
  const draftNote = lang === 'se' ? `<p class="draft-note">${tx('page.draftNote')}</p>\n` : '';
  const body = `<header class="site-header">
<div class="site-header__inner">
<div>
<h1 class="site-title">${tx('page.title')}</h1>
<p class="site-subtitle">${tx('page.subtitle')}</p>
</div>
${renderLanguageSwitch(t, lang, hrefFor)}
</div>
</header>
<main class="site-main" id="main">
<p class="notice">${tx('page.automated')} ${tx('page.privacy')} <strong>${tx('page.emergency')}</strong></p>
${draftNote}<section class="chat" id="webchat" aria-label="${tx('page.chatLabel')}" aria-busy="true">
<p class="chat-loading">${tx('page.loading')}</p>
<noscript><p class="chat-error">${tx('page.noscript')}</p></noscript>
</section>
</main>
<footer class="site-footer">
<div class="site-footer__inner">
<p><a href="${statementHref}"${embed ? ' target="_blank" rel="noopener"' : ''}>${tx('a11y.link')}</a></p>
</div>
</footer>
<script type="application/json" id="webchat-config">${embedJson(config)}</script>
<script nonce="${nonce}" src="${escapeHtml(assets.webchatJs)}" defer></script>
<script nonce="${nonce}" src="${escapeHtml(assets.appJs)}" defer></script>`;
  return renderFrame({ lang, t, title: t(lang, 'webchat.page.title'), cssUrl: assets.css, bodyClass: embed ? 'is-embed' : undefined, body });
}

const STATEMENT_SECTIONS: Array<{ heading: string; paragraphs: string[]; list?: string[] }> = [
  { heading: 'a11y.statusHeading', paragraphs: ['a11y.status', 'a11y.standard'] },
  { heading: 'a11y.gapsHeading', paragraphs: [], list: ['a11y.gapScreenReader', 'a11y.gapSami', 'a11y.gapInterface'] },
  { heading: 'a11y.feedbackHeading', paragraphs: ['a11y.feedback'] },
  { heading: 'a11y.enforcementHeading', paragraphs: ['a11y.enforcement'] },
  { heading: 'a11y.testedHeading', paragraphs: ['a11y.tested', 'a11y.date'] },
];

export function renderAccessibilityPage(options: { lang: Lang; t: Translate; cssUrl: string }): string {
  const { lang, t } = options;
  const tx = (key: string) => escapeHtml(t(lang, `webchat.${key}`, { date: ACCESSIBILITY_REVIEWED, email: 'kommun@kiruna.se' }));
  const linkEmail = (html: string) => html.replace('kommun@kiruna.se', '<a href="mailto:kommun@kiruna.se">kommun@kiruna.se</a>');
  const sections = STATEMENT_SECTIONS.map((section) => {
    const paragraphs = section.paragraphs.map((key) => `<p>${linkEmail(tx(key))}</p>`).join('\n');
    const list = section.list ? `<ul>\n${section.list.map((key) => `<li>${tx(key)}</li>`).join('\n')}\n</ul>` : '';
    return `<h2>${tx(section.heading)}</h2>\n${paragraphs}${list}`;
  }).join('\n');
  const draftNote = lang === 'se' ? `<p class="draft-note">${tx('page.draftNote')}</p>\n` : '';
  const body = `<header class="site-header">
<div class="site-header__inner">
<p class="site-title"><a href="/?lang=${lang}">${tx('a11y.back')}</a></p>
${renderLanguageSwitch(t, lang, (option) => `/accessibility?lang=${option}`)}
</div>
</header>
<main class="statement" id="main">
<h1>${tx('a11y.title')}</h1>
${draftNote}<p>${tx('a11y.intro')}</p>
${sections}
</main>`;
  return renderFrame({ lang, t, title: t(lang, 'webchat.a11y.title'), cssUrl: options.cssUrl, body });
}
