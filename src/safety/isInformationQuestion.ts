/**
 * Is a message a question for information ("Hur anmäler jag ett brott?", "Is there a helpline for suicidal
 * thoughts?") rather than a report of danger ("min pojkvän slår mig")? Then the safety reply is followed by the
 * knowledge answer about the helpline, with its source.
 */
import { foldText } from '../language/normalizeText.js';

const QUESTION_STARTS = [
  // sv
  'hur', 'vad', 'vilket', 'vilken', 'vilka', 'var', 'vart', 'nar', 'finns', 'kan man', 'kan jag', 'ska man', 'vem', 'varfor',
  // en
  'how', 'what', 'which', 'where', 'when', 'is there', 'are there', 'can i', 'can you', 'can one', 'who', 'why', 'do you', 'does',
  // se
  'mo', 'movt', 'mii', 'maid', 'gos', 'gosa', 'goas', 'gii', 'leago', 'leatgo', 'gavdno', 'sahtan go', 'sahttago',
];

export function isInformationQuestion(text: string): boolean {
  const folded = foldText(text).replace(/[^\p{L}\p{N}?]+/gu, ' ').trim();
  if (/\?\s*$/.test(text.trim())) return true;
  return QUESTION_STARTS.some((start) => folded === start || folded.startsWith(start + ' '));
}
