/**
 * Function words per language, in folded form (see foldText). They carry no topic, so the search ignores them
 * and language detection counts them as evidence of the language. Hand-written: no maintained package has
 * Northern Sami stop words, and the Swedish and English lists here are tuned to how residents ask questions.
 */
import type { Lang } from '../knowledge/schema.js';
import { foldText } from './normalizeText.js';

const sv = `
att alla allt andra av bara blir blev bli bor de dem den denna dessa det detta dig din dina du eftersom eller en ett
finns för från fått få får gå går gör gjort göra ha hade har han hon honom i igen in inte ja jag kan kanske kunde man
med mej mer mig min mina mitt mot mycket någon något några nej ni nu och också om oss på så sen sig sin sina ska skall
skulle som tack till under upp ut utan vara vi vid vill är även kommer komma fanns fick gick tar tog ger gav vet
visste tycker tror säger händer hände behöver måste brukar borde efter innan sedan mellan genom enligt många någonsin
egentligen typ liksom annan annat ert era er at hej hallo snälla undrar fråga frågor veta berätta kolla hos finnas
görs gjorde lite sitt sagt nåt nån e hela helt hel va ba asså alltså exakt hallå tjena fler flera mera tag
då dom ju väl än ännu nånting någonting här där hit dit sån sånt sådan sådana hans hennes deras dess redan fortfarande alls
men själv samma varit blivit ditt vars sådant varje idag igår imorgon över står stod någonstans nånstans
ens faktiskt ur utanför innanför framför bredvid pga därför dock ändå nog iaf ganska väldigt såg sett känns ser hänt hända tills
vänligen vänlig vänliga tacksam tacksamma förhand hälsning hälsningar mvh hjärtligt
huruvida ty månne måhända vördsamt undertecknad ämnar tillåter önskar upplys
stämmer sant påstår påstod påstått hörde sägs menade
mä hä dä nå mycke mkt dej sej int me alltihop alltihopa henne
elr o t hänna hänne mut ngn ngt ngr nåra bla osv tex iofs dvs
nånsin nångång någongång bör överhuvudtaget öht verkligen
förklara
innebär innebära
lol wallah lowkey
vänta jaha aha okej ok hmm mm jaså oj nämen
`;
const en = `
a about all also am an and any are as at be been being but by can could did do does doing for from get got had has
have i if in into is it its just let me more my no not of on or our please so some tell than that the their them then
there these they this those to us was we were will with would you your yours come comes came go goes went make makes
made take takes took give gives gave say says said think need needs must should happen happens since through between
during again very really much many any other hi hello thanks thank know want wanted question questions anything
something does there's whats what's exactly actually basically currently
he she him her his hers yet only just still already even ever anyone anybody someone somebody everyone here too
yeah yes guys pls thing things stuff
because while each both own same such myself yourself today yesterday tomorrow anywhere somewhere everywhere
after before above below against until further once among seem seems seemed lately
whether though although however maybe perhaps probably till til
true correct heard claims claimed supposedly apparently meant surely like
kindly grateful regards dear sir madam wondering wonder appreciate appreciated sincerely cheers thx
i'm im i've ive i'd you're youre you've we're we've they're theyre they've that's thats let's
u ur r bc cuz coz abt esp tbh idk imo btw plz thnx ty smth sth w wanna gonna gotta kinda sorta
lowkey highkey fr ngl bruh lol lmao omg
wait ok okay alright oh ah hmm anyway
mean means meaning
`;
const se = `
ahte ja go ii in it leat lea mat dat dát dan dáid dain das don mun son dii sii ollu dal dál vel maiddai muhto dahje
juo de ge go han nai vai galgá galget sáhttá sáhtán sáhttet leago leatgo birra bokte várás dás mu du su min din sin
bures giitu buorre beaivi
muital muitalit munnje
galle
`;

const toList = (words: string): string[] => words.split(/\s+/).filter(Boolean);

/** Stop words as written (with å, ä, ö, á…), to judge words typed with those letters. */
const WRITTEN: Record<Lang, Set<string>> = { sv: new Set(toList(sv)), en: new Set(toList(en)), se: new Set(toList(se)) };

/**
 * Question words (vad, vem, när; who, where; gii, goas) are deliberately NOT stop words: they tell "who signed"
 * from "when was it signed", and the search weighs them by how few entries use them.
 */
export const QUESTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  sv: new Set(['vad', 'vem', 'var', 'nar', 'hur', 'varfor', 'vilka', 'vilken', 'vilket', 'vart', 'hurdan']),
  en: new Set(['what', 'who', 'where', 'when', 'how', 'why', 'which', 'whom']),
  se: new Set(['mii', 'maid', 'gii', 'gos', 'goas', 'mo', 'movt', 'manne', 'makkar', 'gean', 'geasa', 'mas', 'man', 'gosa']),
};

/**
 * Negations (inget, ingen; nothing, never) are not stop words either: "inget nödläge" is what an entry on the
 * non-emergency number may say. Like question words, they count only when entries use them: an unused one says
 * nothing about the topic ("inget akut" asked of an entry that says "inte akut").
 */
export const NEGATION_WORDS: Record<Lang, ReadonlySet<string>> = {
  sv: new Set(['inget', 'ingen', 'inga', 'ingenting', 'aldrig']),
  en: new Set(['nothing', 'none', 'never', 'nobody', 'neither', 'nor']),
  se: new Set(['mihkkege', 'mihkkige', 'eai']),
};

/**
 * Words too general to name a topic on their own, in groups of one kind: how often or how long ("hur ofta", "per år",
 * "inte längre"), what it costs, to search ("söka" is also to apply for something: "söka förskoleplats", "Mo ohcan
 * pássa?"; "söka till" is read as applying, see SearchIndex), and the everyday nouns that many kinds of question share
 * (a dog; a school or a child; to report something). They are not stop words: in "Hur ofta kommer hunden till
 * gymnasiet?" they are the whole question, and two kinds together (a dog and a school) name a topic. But a question
 * that also has a word the entry does not have ("Hur ofta kommer sopbilen?", "Får man ha hund i lägenheten?", "dog
 * park", "hur anmäler man flytt", "Min mamma klarar sig inte själv längre…" against the suicide helpline's "orkar inte
 * längre") is about that other thing, and an entry it reaches only through words of one of these kinds, negated or
 * not, is no answer to it (see SearchIndex.isReachedOnlyThroughGeneralWords). As written; each index reads them with
 * its own stemmer, so their other forms count too. The Sami words are drafts (docs/sami-review.md).
 */
export const GENERAL_WORDS: Record<Lang, ReadonlyArray<readonly string[]>> = {
  sv: [
    ['ofta', 'oftare', 'gång', 'gånger', 'år', 'året', 'per', 'längre', 'länge'],
    ['kosta', 'kostar'],
    ['söka', 'söker', 'sök'],
    ['hund', 'hunden', 'hundar'],
    ['skola', 'skolan', 'gymnasiet', 'gymnasieskolan', 'barn', 'barnet'],
    ['anmäla', 'anmäler', 'anmälan'],
  ],
  en: [
    ['often', 'time', 'times', 'year', 'years', 'per', 'longer', 'anymore', 'long'],
    ['cost', 'costs'],
    ['search', 'searches'],
    ['dog', 'dogs'],
    ['school', 'schools', 'upper', 'secondary', 'child', 'kid', 'kids'],
    ['report', 'reporting'],
  ],
  se: [
    ['dávjá', 'geardde', 'jagi', 'jahkái', 'juohke', 'jahkásaččat', 'guhká'],
    ['ohcat', 'ohcan', 'ohcá'],
    ['beana', 'beatnaga'],
    ['skuvla', 'skuvlii', 'skuvllas', 'joatkkaskuvla', 'mánná', 'máná'],
    ['almmuhit', 'almmuhan'],
  ],
};

/**
 * Words that negate the word after them (only stop words between): "not an emergency", "no emergency", "non-urgent",
 * "inte akut", "inget nödläge", "ej brådskande", "ii leat heahtedilli". Lower-cased as tokenize gives them. See NEGATED
 * in knowledge/phraseLexicon.ts.
 */
export const NEGATORS: Record<Lang, ReadonlySet<string>> = {
  // "ikke": Norwegian and Danish ("ikke akutt", see language/slang.ts).
  sv: new Set(['inte', 'ej', 'icke', 'int', 'ingen', 'inget', 'inga', 'ikke', 'ikkje']),
  en: new Set(['not', 'non', 'no', 'nothing', "isn't", 'isnt', "isn’t", "aren't", "wasn't"]),
  se: new Set(['ii', 'eai']),
};

/** Folded, for residents who type without å, ä, ö or Sami letters. */
export const STOPWORDS: Record<Lang, Set<string>> = {
  sv: new Set(toList(sv).map(foldText)),
  en: new Set(toList(en).map(foldText)),
  se: new Set(toList(se).map(foldText)),
};

/**
 * A word typed with its special letters is judged as written ("år" is a word, "är" is not); a word typed without
 * them is judged folded ("ar" may be "är").
 */
export function isStopword(lang: Lang, foldedWord: string, written?: string): boolean {
  if (written !== undefined && written !== foldedWord) return WRITTEN[lang].has(written);
  return STOPWORDS[lang].has(foldedWord);
}

/** Function words and question words: evidence of a language, though not of a topic. */
export function isFunctionWord(lang: Lang, foldedWord: string): boolean {
  return STOPWORDS[lang].has(foldedWord) || QUESTION_WORDS[lang].has(foldedWord);
}

/**
 * Finnish and Meänkieli function words, question words and politeness, folded: Finnish and Meänkieli are minority
 * languages of Kiruna, and residents slip a phrase of them into a Swedish or English question ("Kan jag prata meänkieli
 * med kommunen, onko se mahdollista?", "Vad är medborgarlöften, mitä se tarkoittaa?", residents83). The bot does not
 * answer in Finnish; these words carry no topic, so the search leaves them out where its vocabulary lacks them instead
 * of counting them as unknown words against every entry (SearchIndex.analyzeQuery). Hand-written (no maintained
 * package covers Meänkieli); the words are the common ones of both. Content words of the topics are read as the
 * Swedish or English word in language/slang.ts.
 */
const FINNISH_FUNCTION_WORDS = new Set(`
onko onks ovatko oliko onkohan se ne sen sitä niitä niiden tämä tää tätä nämä mitä mikä mitkä miten mites kuinka
kuka ketkä keneltä kenelle missä mistä mihin milloin koska miksi minkä millainen millaisia ja tai vai ei eikö en et
on ovat oli olla olen olet että myös niin nyt vielä jo voiko voinko voisinko saako saanko pitääkö täytyykö kannattaako
mä mää minä sinä sää te me he heillä meillä teillä mulla sulla minun sinun teidän meidän heidän
hei moi moikka terve kiitos kiitti joo juu okei no siis vaan vain kanssa tarkoittaa tarkoittaako mahdollista mahdollinen
kerro kerrotko kertoa haluan haluaisin tiedän tiedätkö tietää voitko voisitko auttaa
`.split(/\s+/).filter(Boolean).map(foldText));

/**
 * Those of FINNISH_FUNCTION_WORDS that are also words of Swedish, English or Sami ("se" is Swedish "see", "on" English,
 * "ja" Swedish and Sami): Finnish only beside a word that is Finnish alone ("mitä se tarkoittaa").
 */
const SHARED_WITH_OUR_LANGUAGES = new Set(['se', 'ne', 'on', 'en', 'et', 'no', 'me', 'he', 'te', 'ja', 'vai', 'jo', 'ei', 'mina', 'maa', 'sen', 'koska', 'siis']);

/** Whether a folded word is a Finnish or Meänkieli function word (FINNISH_FUNCTION_WORDS), shared or not. */
export function isFinnishFunctionWord(foldedWord: string): boolean {
  return FINNISH_FUNCTION_WORDS.has(foldedWord);
}

/** Whether a folded word is a Finnish function word and no word of Swedish, English or Sami. */
export function isOnlyFinnish(foldedWord: string): boolean {
  return FINNISH_FUNCTION_WORDS.has(foldedWord) && !SHARED_WITH_OUR_LANGUAGES.has(foldedWord);
}
