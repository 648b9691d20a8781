/**
 * Function words per language, in folded form (see foldText). They carry no topic, so the search ignores them
 * and language detection counts them as evidence of the language. Hand-written: no maintained package has
 * Northern Sami stop words, and the Swedish and English lists here are tuned to how residents ask questions.
 */
import type { Lang } from '../knowledge/schema.js';

const sv = `
att alla allt andra av bara blir blev bli bor de dem den denna dessa det detta dig din dina du eftersom eller en ett
finns for fran fått fa far ga gar gor gjort gora ha hade har han hon honom i igen in inte ja jag kan kanske kunde man
med mej mer mig min mina mitt mot mycket nagon nagot nagra nej ni nu och ocksa om oss pa sa sen sig sin sina ska skall
skulle som tack till under upp ut utan vara vi vid vill ar aven kommer komma gor gora gjort finns fanns far fick gar
gick tar tog ger gav vet visste tycker tror sager sa hander hande behover maste brukar borde efter innan sedan mellan
genom enligt manga nagonsin egentligen typ liksom ocksa andra annan annat ert era er at hej hallo snalla undrar fraga
fragor veta berata beratta kolla hos finnas gors gjorde lite sitt sagt
`;
const en = `
a about all also am an and any are as at be been being but by can could did do does doing for from get got had has
have i if in into is it its just let me more my no not of on or our please so some tell than that the their them then
there these they this those to us was we were will with would you your yours come comes came go goes went make makes
made take takes took give gives gave say says said think need needs must should happen happens after before since
through between during again very really much many any other hi hello thanks thank know want wanted question questions
anything something does there's whats what's
`;
const se = `
ahte ja go ii in it leat lea ledje lei mat dat dát dan dáid dain das don mun son dii sii ollu dal dál vel maiddai
muhto dahje juo de ge go han nai vai galgá galget sáhttá sáhtán sáhttet leago leatgo ovdal maŋŋel birra bokte várás
dás mu du su min din sin bures giitu buorre beaivi
`;

const toSet = (words: string): Set<string> =>
  new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ŋ/g, 'n')),
  );

/**
 * Question words (vad, vem, när; who, where; gii, goas) are deliberately NOT stop words: they tell "who signed"
 * from "when was it signed", and the search weighs them by how few entries use them.
 */
export const QUESTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  sv: new Set(['vad', 'vem', 'var', 'nar', 'hur', 'varfor', 'vilka', 'vilken', 'vilket', 'vart', 'hurdan']),
  en: new Set(['what', 'who', 'where', 'when', 'how', 'why', 'which', 'whom']),
  se: new Set(['mii', 'maid', 'gii', 'gos', 'goas', 'mo', 'movt', 'manne', 'makkar', 'gean', 'geasa', 'mas', 'man', 'gosa']),
};

export const STOPWORDS: Record<Lang, Set<string>> = { sv: toSet(sv), en: toSet(en), se: toSet(se) };

export function isStopword(lang: Lang, foldedWord: string): boolean {
  return STOPWORDS[lang].has(foldedWord);
}

/** Function words and question words: evidence of a language, though not of a topic. */
export function isFunctionWord(lang: Lang, foldedWord: string): boolean {
  return STOPWORDS[lang].has(foldedWord) || QUESTION_WORDS[lang].has(foldedWord);
}
