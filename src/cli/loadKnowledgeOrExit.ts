/** For command-line tools: load the knowledge, or print the staff-readable problems (no stack trace) and exit 1. */
import { KnowledgeError, loadKnowledge } from '../knowledge/loadKnowledge.js';
import type { Knowledge } from '../knowledge/types.js';

export async function loadKnowledgeOrExit(dir = process.env.KNOWLEDGE_DIR ?? 'knowledge'): Promise<Knowledge> {
  try {
    return await loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
