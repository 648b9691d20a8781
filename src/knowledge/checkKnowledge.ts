/**
 * All the rules `npm run kb:check` applies, beyond the schema the loader enforces: example questions that two entries
 * share (the search could not tell them apart), texts that would not fit one Messenger message with their source
 * line, and a count of Sami texts still waiting for a native speaker's review. Messages are in plain Swedish.
 */
import { LANGS, type Lang } from './schema.js';
import { analyze } from './phraseLexicon.js';
import { checkKnowledgeDir, formatProblem, type CheckedKnowledge, type Problem } from './loadKnowledge.js';

/** Messenger's limit for one text message. */
export const MESSENGER_TEXT_MAX = 2000;
/** Room the bot needs around an answer: who stands behind it, the source line with its link, a draft note. */
const REPLY_OVERHEAD = 250;

export interface KnowledgeReport {
  problems: Problem[];
  entries: number;
  followups: number;
  samiDrafts: number;
}

function questionKey(lang: Lang, question: string): string {
  return [...new Set(analyze(lang, question).map((t) => t.term))].sort().join(' ');
}

/** Two entries with the same example question (after normalisation) make the search guess between them. */
export function findQuestionCollisions(checked: Pick<CheckedKnowledge, 'files'>): Problem[] {
  const problems: Problem[] = [];
  for (const lang of LANGS) {
    const seen = new Map<string, { id: string; file: string; line: number }>();
    for (const { file, entries, lineAt } of checked.files) {
      entries.forEach(({ entry }, index) => {
        entry.questions[lang].forEach((q, qi) => {
          const key = questionKey(lang, q);
          if (!key) return;
          const first = seen.get(key);
          const line = lineAt(['entries', index, 'questions', lang, qi]);
          if (first && first.id !== entry.id) {
            problems.push({
              file, line, entryId: entry.id, field: `questions.${lang}.${qi}`,
              message: `"${q}" är nästan samma fråga som en exempelfråga i post "${first.id}" (${first.file}:${first.line}). ` +
                'Boten kan inte skilja dem åt: skriv om eller ta bort en av dem.',
            });
          } else if (!first) seen.set(key, { id: entry.id, file, line });
        });
      });
    }
  }
  return problems;
}

/** Answers and follow-up texts must fit one Messenger message together with what the bot adds around them. */
export function findTooLongTexts(checked: Pick<CheckedKnowledge, 'files' | 'followupFiles'>): Problem[] {
  const problems: Problem[] = [];
  const limit = MESSENGER_TEXT_MAX - REPLY_OVERHEAD;
  for (const { file, entries, lineAt } of checked.files) {
    entries.forEach(({ entry }, index) => {
      for (const lang of LANGS) {
        const length = entry.answer[lang].length + entry.source.section[lang].length + entry.source.url.length;
        if (length > limit) {
          problems.push({
            file, line: lineAt(['entries', index, 'answer', lang]), entryId: entry.id, field: `answer.${lang}`,
            message: `svaret blir för långt för ett Messenger-meddelande (${length} av högst ${limit} tecken med källan). Korta texten.`,
          });
        }
      }
    });
  }
  for (const { file, entries, lineAt } of checked.followupFiles) {
    entries.forEach(({ entry }, index) => {
      for (const lang of LANGS) {
        const length = entry.text[lang].length + entry.source.title[lang].length + entry.source.url.length;
        if (length > limit) {
          problems.push({
            file, line: lineAt(['followups', index, 'text', lang]), entryId: `uppföljning av ${entry.commitment}`, field: `text.${lang}`,
            message: `texten blir för lång för ett Messenger-meddelande (${length} av högst ${limit} tecken med källan). Korta texten.`,
          });
        }
      }
    });
  }
  return problems;
}

export async function checkKnowledge(dir: string): Promise<KnowledgeReport> {
  const checked = await checkKnowledgeDir(dir);
  const problems = [...checked.problems, ...findQuestionCollisions(checked), ...findTooLongTexts(checked)];
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const entries = checked.files.flatMap((f) => f.entries.map((e) => e.entry));
  const followups = checked.followupFiles.flatMap((f) => f.entries.map((e) => e.entry));
  const samiDrafts = entries.filter((e) => e.review.se === 'draft').length + followups.filter((f) => f.review.se === 'draft').length;
  return { problems, entries: entries.length, followups: followups.length, samiDrafts };
}

/** The report as staff read it in a terminal. */
export function formatKnowledgeReport(report: KnowledgeReport): string {
  const lines = report.problems.map(formatProblem);
  const texts = report.entries + report.followups;
  const summary = [
    report.problems.length === 0
      ? `Allt ser bra ut: ${report.entries} poster och ${report.followups} uppföljningar.`
      : `${report.problems.length} ${report.problems.length === 1 ? 'problem' : 'problem'} att rätta. Boten fortsätter med den senaste fungerande versionen tills de är rättade.`,
    `Samiska texter som väntar på granskning av en modersmålstalare (review.se: draft): ${report.samiDrafts} av ${texts}.`,
  ];
  return [...lines, ...(lines.length ? [''] : []), ...summary].join('\n');
}
