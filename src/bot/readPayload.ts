/**
 * Button payloads: what our suggested actions post back, resolved exactly and never searched again.
 * Grammar: `kb:<entry id>` · `kb:<entry id>:<sv|en|se>` (show in that language once) · `lang:<sv|en|se>` · `cmd:<command>` ·
 * `fu:<commitment id>[:<sv|en|se>]` (the latest follow-up of a commitment) · `fb:<up|down>:<entry id>` (was this helpful?).
 */
import type { Activity } from 'botbuilder';
import { LANGS, type Lang } from '../knowledge/schema.js';

export const COMMANDS = ['help', 'topics', 'privacy', 'delete', 'start', 'suggest'] as const;
export type Command = (typeof COMMANDS)[number];

export type Payload =
  | { kind: 'kb'; id: string; lang?: Lang }
  | { kind: 'lang'; lang: Lang }
  | { kind: 'cmd'; command: Command }
  | { kind: 'fu'; id: string; lang?: Lang }
  | { kind: 'fb'; vote: 'up' | 'down'; id: string };

const PAYLOAD = /^(?:kb:([a-z0-9]+(?:-[a-z0-9]+)*)(?::(sv|en|se))?|lang:(sv|en|se)|cmd:([a-z]+))$/;
const FOLLOWUP_PAYLOAD = /^fu:([a-z0-9]+(?:-[a-z0-9]+)*)(?::(sv|en|se))?$/;
const FEEDBACK_PAYLOAD = /^fb:(up|down):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function formatPayload(payload: Payload): string {
  if (payload.kind === 'kb') return payload.lang ? `kb:${payload.id}:${payload.lang}` : `kb:${payload.id}`;
  if (payload.kind === 'lang') return `lang:${payload.lang}`;
  if (payload.kind === 'fu') return payload.lang ? `fu:${payload.id}:${payload.lang}` : `fu:${payload.id}`;
  if (payload.kind === 'fb') return `fb:${payload.vote}:${payload.id}`;
  return `cmd:${payload.command}`;
}

export function parsePayload(value: string): Payload | null {
  const followup = FOLLOWUP_PAYLOAD.exec(value.trim());
  if (followup) return { kind: 'fu', id: followup[1]!, ...(followup[2] ? { lang: followup[2] as Lang } : {}) };
  const feedback = FEEDBACK_PAYLOAD.exec(value.trim());
  if (feedback) return { kind: 'fb', vote: feedback[1] as 'up' | 'down', id: feedback[2]! };
  const match = PAYLOAD.exec(value.trim());
  if (!match) return null;
  const [, id, idLang, lang, command] = match;
  if (id) return { kind: 'kb', id, ...(idLang ? { lang: idLang as Lang } : {}) };
  if (lang && (LANGS as readonly string[]).includes(lang)) return { kind: 'lang', lang: lang as Lang };
  if (command && (COMMANDS as readonly string[]).includes(command)) return { kind: 'cmd', command: command as Command };
  return null;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;

/**
 * The payload strings an activity carries, in order of trust: a Messenger postback, a Messenger quick reply
 * (Azure's Facebook channel puts the button TITLE in `text` and the payload only here), `value`, then the text.
 */
export function listPayloadCandidates(activity: Partial<Activity>): string[] {
  const channelData = asRecord(activity.channelData);
  const postback = asRecord(channelData?.postback)?.payload;
  const quickReply = asRecord(asRecord(asRecord(channelData?.message)?.quick_reply))?.payload;
  const value = typeof activity.value === 'string' ? activity.value : asRecord(activity.value)?.payload;
  return [postback, quickReply, value, activity.text].filter((candidate): candidate is string => typeof candidate === 'string');
}

/** The first candidate that follows our grammar, and the first candidate at all (to treat as text if none does). */
export function readPayload(activity: Partial<Activity>): { payload: Payload | null; raw: string | undefined } {
  const candidates = listPayloadCandidates(activity);
  for (const candidate of candidates) {
    const payload = parsePayload(candidate);
    if (payload) return { payload, raw: candidate };
  }
  return { payload: null, raw: candidates[0] };
}
