/** The JSON Schema of a knowledge file, generated from the zod schema (the single source of truth). */
import { z } from 'zod';
import { knowledgeFileSchema } from './schema.js';
import { followupFileSchema } from './followupSchema.js';

export function buildKnowledgeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(knowledgeFileSchema, { io: 'input' }),
    title: 'Kunskapsfil för medborgarlöftesboten (knowledge/*.yaml)',
    description: 'Genereras från src/knowledge/schema.ts med npm run kb:schema. Redigera inte för hand.',
  };
}

/** The JSON Schema of a follow-up file (knowledge/followups/YYYY.yaml). */
export function buildFollowupJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(followupFileSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Uppföljningsfil för medborgarlöftesboten (knowledge/followups/ÅÅÅÅ.yaml)',
    description: 'Genereras från src/knowledge/followupSchema.ts med npm run kb:schema. Redigera inte för hand.',
  };
}
