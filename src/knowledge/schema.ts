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
export const TITLE_MAX = 120;
/** Messenger allows 2,000 characters a message; kb:check also makes sure the whole reply, source line included, fits. */
export const ANSWER_MAX = 2000;
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
    id: idSchema.describe('Unikt id i kebab-case, t.ex. drug-dog-school. Byt inte id på en befintlig post: andra delar pekar på det.'),
    owner: ownerSchema.describe('Vem som står bakom: police (polisen), municipality (kommunen) eller both (båda).'),
    area: areaSchema.describe('Vilket område posten hör till. Poster i samma område räknas som relaterade.'),
    /** `commitment` marks the seven concrete commitments, which get yearly follow-ups. */
    kind: z.enum(['topic', 'commitment', 'contact']).default('topic').describe('commitment = ett av de sju åtagandena (får uppföljningar), contact = kontaktuppgift, topic = övrigt.'),
    label: perLang(text(LABEL_MAX)).describe(`Kort knapptext per språk, högst ${LABEL_MAX} tecken (Messenger klipper längre).`),
    title: perLang(text(TITLE_MAX)).describe('Rubrik per språk.'),
    answer: perLang(text(ANSWER_MAX)).describe('Svaret per språk: korta meningar som får plats på en mobilskärm. Källan läggs till automatiskt.'),
    questions: perLang(z.array(text(200)).min(MIN_QUESTIONS)).describe(`Exempelfrågor som invånare kan ställa, minst ${MIN_QUESTIONS} per språk. Fler och olika formuleringar ger bättre träffar.`),
    keywords: z
      .object({ sv: z.array(text(60)).optional(), en: z.array(text(60)).optional(), se: z.array(text(60)).optional() })
      .strict()
      .optional()
      .describe('Sökord och synonymer per språk (valfritt).'),
    source: z
      .object({
        section: perLang(text(120)),
        url: z.url(),
      })
      .strict()
      .describe('Varifrån uppgiften kommer: avsnitt i löftestexten (per språk) och webbadressen där den är publicerad.'),
    related: z.array(idSchema).default([]).describe('Id för närliggande poster som visas som knappar efter svaret. Måste finnas.'),
    /** Review state of the entry's Northern Sami texts: `draft` until a native speaker has reviewed them. */
    review: z.object({ se: reviewStateSchema }).strict().describe('Granskning av de samiska texterna: draft tills en modersmålstalare har granskat dem, sedan reviewed.'),
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
