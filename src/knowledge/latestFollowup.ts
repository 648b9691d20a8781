/** The newest follow-up of each commitment. Pure. */
import type { Followup } from './followupSchema.js';
import type { Knowledge } from './types.js';

/** Follow-ups are sorted oldest first, so the last one of a commitment is its latest. */
export function findLatestFollowups(knowledge: Pick<Knowledge, 'followups'>): Map<string, Followup> {
  const latest = new Map<string, Followup>();
  for (const followup of knowledge.followups) latest.set(followup.commitment, followup);
  return latest;
}
