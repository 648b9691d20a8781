/**
 * The format of the staff-edited knowledge files in `knowledge/` — the single source of truth.
 * The loader validates against it, `kb:check` reports against it, and the JSON Schema that editors
 * use for completion is generated from it. Error messages are in Swedish (see loadKnowledge.ts).
 */
import { z } from 'zod';

export const LANGS = ['sv', 'en', 'se'] as const;
export type Lang = (typeof LANGS)[number];

/** Messenger cuts quick-reply titles at 20 characters and Azure at 19: keep labels within 19. */
export const LABEL_MAX = 19;
/** Messenger allows 2,000 characters a message; an answer must fit on a phone screen with its source line. */
export const ANSWER_MAX = 1500;
export const MIN_QUESTIONS = 3;

const text = (max: number) => z.string().trim().min(1).max(max);

const perLang = <T extends z.ZodType>(value: T) => z.object({ sv: value, en: value, se: value }).strict();

export const ownerSchema = z.enum(['police', 'municipality', 'both']);
export const reviewStateSchema = z.enum(['draft', 'reviewed']);

/** Which part of the promises an entry belongs to; entries of the same area are "related" when ranking. */
export const areaSchema = z.enum(['general', 'violence', 'drugs', 'traffic', 'communication', 'school', 'flexible', 'contact']);

export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case');

export const entrySchema = z
  .object({
    id: idSchema,
    owner: ownerSchema,
    area: areaSchema,
    /** `commitment` marks the seven concrete commitments, which get yearly follow-ups. */
    kind: z.enum(['topic', 'commitment', 'contact']).default('topic'),
    label: perLang(text(LABEL_MAX)),
    title: perLang(text(120)),
    answer: perLang(text(ANSWER_MAX)),
    questions: perLang(z.array(text(200)).min(MIN_QUESTIONS)),
    keywords: z
      .object({ sv: z.array(text(60)).optional(), en: z.array(text(60)).optional(), se: z.array(text(60)).optional() })
      .strict()
      .optional(),
    source: z
      .object({
        section: perLang(text(120)),
        url: z.url(),
      })
      .strict(),
    related: z.array(idSchema).default([]),
    /** Review state of the entry's Northern Sami texts: `draft` until a native speaker has reviewed them. */
    review: z.object({ se: reviewStateSchema }).strict(),
  })
  .strict();

export const knowledgeFileSchema = z
  .object({
    entries: z.array(entrySchema).min(1),
  })
  .strict();

export type Entry = z.infer<typeof entrySchema>;
export type Owner = z.infer<typeof ownerSchema>;
export type Area = z.infer<typeof areaSchema>;
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
