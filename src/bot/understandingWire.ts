/**
 * An Understanding as it crosses between threads: entries by id only (the bot's thread has the same knowledge, by
 * version, and gives back its own Entry objects), and the knowledge itself without its id map.
 */
import type { Entry } from '../knowledge/schema.js';
import type { AnswerResult, Knowledge } from '../knowledge/types.js';
import { reviveLanguageDecision } from '../language/detectLanguage.js';
import type { Understanding } from './understandMessage.js';

type WireResult =
  | (Omit<Extract<AnswerResult, { kind: 'answer' }>, 'entry' | 'related'> & { entry: string; related: string[] })
  | (Omit<Extract<AnswerResult, { kind: 'clarify' }>, 'candidates'> & { candidates: string[] })
  | Extract<AnswerResult, { kind: 'none' }>;

export type WireUnderstanding =
  | { route: 'safety'; safety: Omit<Extract<Understanding, { route: 'safety' }>['safety'], 'info'> & { info?: { entry: string; score: number } } }
  | Extract<Understanding, { route: 'suggestion' | 'intent' | 'suggest' }>
  | { route: 'question'; result: WireResult; cues: Extract<Understanding, { route: 'question' }>['cues'] };

/** Knowledge as posted to the understanding thread (a structured clone: Dates survive, the id map is rebuilt). */
export type WireKnowledge = Omit<Knowledge, 'byId'>;

export function knowledgeToWire(knowledge: Knowledge): WireKnowledge {
  return { entries: knowledge.entries, followups: knowledge.followups, version: knowledge.version, loadedAt: knowledge.loadedAt, files: knowledge.files };
}

export function knowledgeFromWire(wire: WireKnowledge): Knowledge {
  return { ...wire, byId: new Map(wire.entries.map((entry) => [entry.id, entry])) };
}

const ids = (entries: readonly Entry[]): string[] => entries.map((entry) => entry.id);

export function understandingToWire(understanding: Understanding): WireUnderstanding {
  if (understanding.route === 'safety') {
    const { info, ...safety } = understanding.safety;
    return { route: 'safety', safety: info ? { ...safety, info: { entry: info.entry.id, score: info.score } } : safety };
  }
  if (understanding.route !== 'question') return understanding;
  const { result, cues } = understanding;
  if (result.kind === 'answer') return { route: 'question', result: { ...result, entry: result.entry.id, related: ids(result.related) }, cues };
  if (result.kind === 'clarify') return { route: 'question', result: { ...result, candidates: ids(result.candidates) }, cues };
  return { route: 'question', result, cues };
}

/** The entries with these ids, in order; undefined when one is missing. */
function entriesOf(byId: ReadonlyMap<string, Entry>, list: readonly string[]): Entry[] | undefined {
  const entries: Entry[] = [];
  for (const id of list) {
    const entry = byId.get(id);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

/** The Understanding with this knowledge's entries; undefined when it names an entry the knowledge lacks. */
export function understandingFromWire(wire: WireUnderstanding, knowledge: Pick<Knowledge, 'byId'>): Understanding | undefined {
  const { byId } = knowledge;
  if (wire.route === 'safety') {
    const { info, ...safety } = wire.safety;
    if (!info) return { route: 'safety', safety };
    const entry = byId.get(info.entry);
    return entry ? { route: 'safety', safety: { ...safety, info: { entry, score: info.score } } } : undefined;
  }
  if (wire.route !== 'question') return wire;
  const { cues } = wire;
  const result = { ...wire.result, language: reviveLanguageDecision(wire.result.language) };
  if (result.kind === 'answer') {
    const entry = byId.get(result.entry);
    const related = entriesOf(byId, result.related);
    return entry && related ? { route: 'question', result: { ...result, entry, related }, cues } : undefined;
  }
  if (result.kind === 'clarify') {
    const candidates = entriesOf(byId, result.candidates);
    return candidates ? { route: 'question', result: { ...result, candidates }, cues } : undefined;
  }
  return { route: 'question', result, cues };
}
