/**
 * The real knowledge base for the benchmarks. When the files have cross-file problems while others are editing them
 * (a `related` id that does not exist yet), the benchmark still runs on the entries that parsed, with those ids
 * dropped, and says so — a broken related link does not change what the search index has to do.
 */
import { buildKnowledge, checkKnowledgeDir, formatProblem, KnowledgeError, loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { Knowledge } from '../../src/knowledge/types.js';

export interface LoadedKnowledge {
  knowledge: Knowledge;
  /** Empty when loadKnowledge accepted the files as they are. */
  problems: string[];
}

export async function loadRealKnowledge(dir = 'knowledge'): Promise<LoadedKnowledge> {
  try {
    return { knowledge: await loadKnowledge(dir), problems: [] };
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    const { files, sources } = await checkKnowledgeDir(dir);
    const knowledge = buildKnowledge(files, sources);
    const ids = new Set(knowledge.entries.map((e) => e.id));
    knowledge.entries = knowledge.entries.map((e) => ({ ...e, related: e.related.filter((id) => ids.has(id)) }));
    knowledge.byId = new Map(knowledge.entries.map((e) => [e.id, e]));
    return { knowledge, problems: error.problems.map(formatProblem) };
  }
}
