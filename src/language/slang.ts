/**
 * Everyday names for the police and other words residents use for what the knowledge base calls otherwise ("snuten",
 * "aina", "cops"): read as the standard word before stemming, in questions and in the knowledge alike. Folded forms.
 * Hand-written: no maintained package lists Swedish or English slang for the search's words. Only words with one
 * meaning here belong in it ("polarna" are friends, not the police).
 */
import type { Lang } from '../knowledge/schema.js';

const SLANG: Record<Lang, ReadonlyMap<string, string>> = {
  sv: new Map([
    ['snut', 'polis'], ['snuten', 'polisen'], ['snutar', 'poliser'], ['snutarna', 'poliserna'], ['snutens', 'polisens'],
    ['aina', 'polisen'], ['ainan', 'polisen'], ['ainas', 'polisens'],
    ['gympat', 'gymnasiet'], ['gymnaset', 'gymnasiet'],
    // "prio områden?": the short form of prioriterade.
    ['prio', 'prioriterade'],
  ]),
  en: new Map([
    ['cop', 'police'], ['cops', 'police'], ['coppers', 'police'], ['popo', 'police'], ['fiveo', 'police'],
    ['prio', 'priority'],
  ]),
  se: new Map(),
};

/** The standard word for a folded word, or the word itself. */
export function standardWord(lang: Lang, folded: string): string {
  return SLANG[lang].get(folded) ?? folded;
}
