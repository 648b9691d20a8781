/**
 * Reply activities: plain text with Markdown links and suggested actions (no cards), every sentence from
 * locales/ or from a knowledge entry. Buttons post back payloads (readPayload.ts), so a tap is resolved exactly.
 */
import { ActionTypes, MessageFactory } from 'botbuilder';
import type { Activity, CardAction } from 'botbuilder';
import { LANGS, type Entry, type Lang } from '../knowledge/schema.js';
import type { Followup } from '../knowledge/followupSchema.js';
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
  let text = '';
  for (const paragraph of paragraphs) if (paragraph) text = text ? `${text}\n\n${paragraph}` : paragraph;
  // MessageFactory's activity is new on every call, and the reply's own: its fields are set on it rather than copied
  // into another object (a turn builds a reply or two; copying was most of building one).
  const reply: Reply = buttons.length > 0 ? MessageFactory.suggestedActions(buttons, text) : MessageFactory.text(text);
  reply.textFormat = 'markdown';
  reply.locale = LOCALES[lang];
  return reply;
}

/** The reply with the `kb-answer` entity of the entry it answers with. */
function withEntity(reply: Reply, id: string, lang: Lang, score: number): Reply {
  reply.entities = [createEntity(id, lang, score)];
  return reply;
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
  /**
   * The question asked for figures (how many, statistics) about a commitment: the promises give none, so the answer
   * says so and offers the commitment's follow-up, where results are reported.
   */
  asksFigures?: boolean;
  /** The question asked about rules, limits or penalties: the promises set none, and the answer says so first. */
  asksRules?: boolean;
}

/** "Was this helpful? 👍 👎", counted per entry (staffStore.ts). */
export function createFeedbackButtons(t: Translate, lang: Lang, id: string): CardAction[] {
  return [createButton(t(lang, 'feedback.up'), { kind: 'fb', vote: 'up', id }), createButton(t(lang, 'feedback.down'), { kind: 'fb', vote: 'down', id })];
}

function createEntity(id: string, lang: Lang, score: number) {
  return { type: 'kb-answer', id, lang, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000 };
}

export function buildAnswer(t: Translate, entry: Entry, lang: Lang, options: AnswerOptions): Reply {
  const isSamiDraft = lang === 'se' && entry.review.se === 'draft';
  const buttons = [
    ...(isSamiDraft ? [createButton(t(lang, 'answer.readSwedish'), { kind: 'kb', id: entry.id, lang: 'sv' })] : []),
    ...(options.asksFigures ? [createButton(t(options.residentLang, 'answer.followupButton'), { kind: 'fu', id: entry.id })] : []),
    ...createTopicButtons(options.residentLang, options.related.filter((other) => other.id !== entry.id).slice(0, MAX_RELATED)),
    ...createFeedbackButtons(t, options.residentLang, entry.id),
  ];
  const reply = createReply(
    lang,
    [
      options.asksFigures ? t(lang, 'answer.noFigures') : '',
      options.asksRules ? t(lang, 'answer.noRules') : '',
      entry.answer[lang],
      [t(lang, `answer.owner.${entry.owner}`), t(lang, 'answer.source', { section: entry.source.section[lang], url: entry.source.url })].join('\n'),
      isSamiDraft ? t(lang, 'answer.draftNote') : '',
      t(options.residentLang, 'feedback.question'),
    ],
    buttons,
  );
  return withEntity(reply, entry.id, lang, options.score);
}

export interface FollowupOptions {
  residentLang: Lang;
  score: number;
  /** The `followup` entry: its source is where follow-ups are described. */
  followupEntry: Entry | undefined;
}

/** Where follow-ups are published, with the source line of the `followup` entry. */
function describeWherePublished(t: Translate, lang: Lang, followupEntry: Entry | undefined): string[] {
  const source = followupEntry ? t(lang, 'answer.source', { section: followupEntry.source.section[lang], url: followupEntry.source.url }) : '';
  return [t(lang, 'followup.wherePublished'), source];
}

/**
 * How one commitment is going: its latest published follow-up with date, status and source, or, when none has been
 * recorded, an honest "none yet" and where follow-ups are published. Never anything else.
 */
export function buildFollowup(t: Translate, commitment: Entry, followup: Followup | undefined, lang: Lang, options: FollowupOptions): Reply {
  const label = commitment.label[lang];
  const isSamiDraft = lang === 'se' && (followup ? followup.review.se === 'draft' : true);
  const paragraphs = followup
    ? [
        t(lang, 'followup.latest', { label, date: followup.date, status: t(lang, `followup.status.${followup.status}`) }),
        followup.text[lang],
        t(lang, 'answer.source', { section: followup.source.title[lang], url: followup.source.url }),
      ]
    : [t(lang, 'followup.noneForCommitment', { label }), ...describeWherePublished(t, lang, options.followupEntry)];
  const buttons = [
    ...(isSamiDraft ? [createButton(t(lang, 'answer.readSwedish'), { kind: 'fu', id: commitment.id, lang: 'sv' })] : []),
    createButton(t(options.residentLang, 'followup.commitmentButton'), { kind: 'kb', id: commitment.id }),
    ...createFeedbackButtons(t, options.residentLang, commitment.id),
  ];
  const reply = createReply(lang, [...paragraphs, isSamiDraft ? t(lang, 'answer.draftNote') : '', t(options.residentLang, 'feedback.question')], buttons);
  return withEntity(reply, commitment.id, lang, options.score);
}

/**
 * The latest status of every commitment. With nothing recorded at all, the `followup` entry itself answers: it says
 * honestly that there are no results yet and where the work is published.
 */
export function buildFollowupOverview(
  t: Translate,
  commitments: Entry[],
  latest: Map<string, Followup>,
  lang: Lang,
  options: FollowupOptions & { related: Entry[] },
): Reply {
  if (latest.size === 0 && options.followupEntry) return buildAnswer(t, options.followupEntry, lang, options);
  const lines = commitments.map((commitment) => {
    const followup = latest.get(commitment.id);
    const label = commitment.label[lang];
    return followup
      ? t(lang, 'followup.overviewLine', { label, status: t(lang, `followup.status.${followup.status}`), date: followup.date })
      : t(lang, 'followup.overviewMissing', { label });
  });
  const buttons = [
    ...commitments.filter((commitment) => latest.has(commitment.id)).map((commitment) => createButton(commitment.label[options.residentLang], { kind: 'fu', id: commitment.id })),
    ...createFeedbackButtons(t, options.residentLang, FOLLOWUP_ENTRY_ID),
  ];
  const reply = createReply(
    lang,
    [t(lang, 'followup.overviewIntro'), lines.join('\n'), ...describeWherePublished(t, lang, options.followupEntry), t(options.residentLang, 'feedback.question')],
    buttons,
  );
  return withEntity(reply, FOLLOWUP_ENTRY_ID, lang, options.score);
}

/** The entry about follow-ups in general; the overview answers in its name. */
export const FOLLOWUP_ENTRY_ID = 'followup';

export function buildClarify(t: Translate, lang: Lang, candidates: Entry[], options: { isFollowup?: boolean } = {}): Reply {
  const buttons = options.isFollowup
    ? candidates.slice(0, MAX_RELATED).map((entry) => createButton(entry.label[lang], { kind: 'fu', id: entry.id }))
    : createTopicButtons(lang, candidates.slice(0, MAX_RELATED));
  return createReply(lang, [t(lang, 'clarify.question')], buttons);
}

/**
 * "I don't know that" also says where to turn in danger: the safety check catches danger only in words it knows, and a
 * message it missed is most often one the search cannot answer either.
 */
export function buildNone(t: Translate, lang: Lang, topics: Entry[]): Reply {
  const paragraphs = [t(lang, 'none.text'), t(lang, 'safety.help'), t(lang, 'none.askPerson'), t(lang, 'none.topics')];
  return createReply(lang, paragraphs, createTopicButtons(lang, topics));
}

/**
 * The safety reply. Sami safety texts are unreviewed drafts, so a Sami reply also carries the Swedish sentence
 * (with the same numbers) — a resident in danger must never depend on a draft.
 */
function buildSafety(t: Translate, kind: Exclude<SafetyKind, 'help'>, lang: Lang): Reply {
  const key = `safety.${kind}`;
  const paragraphs = lang === 'se' ? [t('se', key), `${t('se', 'safety.inSwedish')} ${t('sv', key)}`] : [t(lang, key)];
  return createReply(lang, paragraphs);
}

/** A bare "Hjälp!" may be a cry for help or a request for instructions: give the 112 line first, then the help text. */
function buildHelpCry(t: Translate, lang: Lang, topics: Entry[]): Reply {
  const danger = lang === 'se' ? [t('se', 'safety.help'), `${t('se', 'safety.inSwedish')} ${t('sv', 'safety.help')}`] : [t(lang, 'safety.help')];
  return createReply(lang, [...danger, t(lang, 'help.text')], createTopicButtons(lang, topics));
}

/** The immediate reply to whatever detectSafety found: the cry for help with topics, or the emergency / report reply. */
export function buildSafetyReply(t: Translate, kind: SafetyKind, lang: Lang, topics: Entry[]): Reply {
  return kind === 'help' ? buildHelpCry(t, lang, topics) : buildSafety(t, kind, lang);
}

export function buildText(t: Translate, lang: Lang, keys: string[], buttons: CardAction[] = []): Reply {
  return createReply(lang, keys.map((key) => t(lang, key)), buttons);
}

/** One locale text with values filled in, e.g. the retention period in the privacy text. */
export function buildTextWithValues(t: Translate, lang: Lang, key: string, values: Record<string, string | number>, buttons: CardAction[] = []): Reply {
  return createReply(lang, [t(lang, key, values)], buttons);
}
