/** The JSON Schema of a knowledge file, generated from the zod schema (the single source of truth). */
import { z } from 'zod';
import { knowledgeFileSchema } from './schema.js';

export function buildKnowledgeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(knowledgeFileSchema, { io: 'input' }),
    title: 'Kunskapsfil för medborgarlöftesboten (knowledge/*.yaml)',
    description: 'Genereras från src/knowledge/schema.ts med npm run kb:schema. Redigera inte för hand.',
  };
}
