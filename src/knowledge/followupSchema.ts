/**
 * The format of the yearly follow-up files in `knowledge/followups/` (one file per year): for each commitment a
 * dated status with a short text in sv, en and se and its source. Staff fill these in when a follow-up has been
 * published; until then the bot says honestly that none is recorded and where follow-ups are published.
 */
import { z } from 'zod';
import { idSchema, reviewStateSchema, ANSWER_MAX } from './schema.js';

export const FOLLOWUP_STATUSES = ['planned', 'ongoing', 'done', 'not-done', 'changed'] as const;
export const followupStatusSchema = z.enum(FOLLOWUP_STATUSES);
export type FollowupStatus = z.infer<typeof followupStatusSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const perLang = <T extends z.ZodType>(value: T) => z.object({ sv: value, en: value, se: value }).strict();

/** YAML reads an unquoted 2025-06-30 as a date: accept both forms and keep the ISO day. */
const isoDay = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.iso.date());

export const followupSchema = z
  .object({
    commitment: idSchema.describe('Id för åtagandet (en post med kind: commitment), t.ex. drug-dog-school.'),
    date: isoDay.describe('Datum för uppföljningen, ÅÅÅÅ-MM-DD.'),
    status: followupStatusSchema.describe('planned (planerad), ongoing (pågår), done (genomförd), not-done (inte genomförd), changed (ändrad).'),
    text: perLang(text(ANSWER_MAX)).describe('Vad som har hänt, kort, per språk.'),
    source: z
      .object({ title: perLang(text(160)), url: z.url() })
      .strict()
      .describe('Var uppföljningen är publicerad: rubrik per språk och webbadress.'),
    review: z.object({ se: reviewStateSchema }).strict(),
  })
  .strict();

export const followupFileSchema = z
  .object({
    year: z.number().int().min(2024).max(2030).describe('Året som uppföljningen gäller.'),
    followups: z.array(followupSchema).min(1),
  })
  .strict();

export type Followup = z.infer<typeof followupSchema>;
