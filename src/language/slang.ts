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
    // Abbreviations typed on a phone (residents81: "polisens telnr").
    ['telnr', 'telefonnummer'], ['tfnnr', 'telefonnummer'], ['telefonnr', 'telefonnummer'], ['tfn', 'telefon'], ['tel', 'telefon'],
    // Norwegian and Danish, which neighbours from Narvik and Tromsø write to a Swedish municipality (residents35: "Hvordan
    // kan jeg anmelde et tyveri?", "Min venn har selvmordstanker"): the Swedish word, so that the Swedish entries are
    // found. Only words that are no Swedish word, typed with or without å, ä, ö ("skal" is "skäl", "deg" is dough); the
    // question words become the Swedish function words.
    ['hvordan', 'hur'], ['hva', 'vad'], ['hvad', 'vad'], ['hvem', 'vem'], ['hvor', 'var'], ['hvorfor', 'varfor'],
    ['hvilke', 'vilka'], ['hvilken', 'vilken'], ['hvilket', 'vilket'], ['jeg', 'jag'], ['meg', 'mig'],
    ['dere', 'ni'], ['og', 'och'], ['til', 'till'], ['fra', 'fran'], ['noe', 'nagot'], ['noen', 'nagon'],
    ['hele', 'hela'], ['ogsa', 'ocksa'], ['ogsaa', 'ocksa'], ['gjor', 'gor'], ['gjore', 'gora'], ['gjelder', 'galler'],
    ['finnes', 'finns'], ['vil', 'vill'], ['hvert', 'varje'], ['akutt', 'akut'],
    ['politiet', 'polisen'], ['politi', 'polis'], ['politiets', 'polisens'], ['loftene', 'loftena'], ['lofterne', 'loftena'],
    ['lofter', 'loften'], ['kommune', 'kommun'], ['kommunes', 'kommuns'], ['vold', 'vald'], ['volden', 'valdet'],
    ['selvmord', 'sjalvmord'], ['selvmordstanker', 'sjalvmordstankar'], ['selvmordstanke', 'sjalvmordstanke'],
    ['tyveri', 'stold'], ['tyveriet', 'stolden'], ['anmelde', 'anmala'], ['anmelder', 'anmaler'], ['anmeldt', 'anmalt'], ['anmeldelse', 'anmalan'],
    ['politianmeldelse', 'polisanmalan'], ['hjelp', 'hjalp'], ['hjaelp', 'hjalp'], ['hjelpe', 'hjalpa'], ['skole', 'skola'],
    ['skolen', 'skolan'], ['skoler', 'skolor'], ['videregaende', 'gymnasiet'], ['selger', 'saljer'], ['selge', 'salja'],
    ['promillekontroll', 'nykterhetskontroll'], ['promillekontroller', 'nykterhetskontroller'], ['promillekjoring', 'rattfylleri'],
    ['fyllekjoring', 'fyllekorning'], ['trafikk', 'trafik'], ['trafikksikkerhet', 'trafiksakerhet'], ['innbyggere', 'invanare'], ['kirunabor', 'invanare'], ['kirunaborna', 'invanarna'], ['kirunabon', 'invanaren'],
    ['innbyggerne', 'invanarna'], ['evaluert', 'utvarderad'], ['folge', 'folja'],
    ['venn', 'van'], ['venner', 'vanner'], ['sikkerhet', 'sakerhet'], ['forebygge', 'forebygga'],
    ['underskrevet', 'undertecknade'],
    // The one Swedish word here, Norwegian spelt the same: "kriminalitet" is read as "brottslighet", the knowledge's word.
    ['kriminalitet', 'brottslighet'], ['kriminaliteten', 'brottsligheten'],
    ['teksten', 'texten'], ['tekst', 'text'], ['disse', 'dessa'], ['denne', 'denna'], ['dette', 'detta'], ['kjorer', 'kor'],
    ['veiene', 'vagarna'], ['veien', 'vagen'],
    // Finnish and Meänkieli, a minority language of Kiruna, for the police and the municipality (residents67: "Jag vill
    // prata med poliisi men det är inte nöd", "bara poliisi eller kunta också?"). Neither is a Swedish word.
    ['poliisi', 'polisen'], ['poliisin', 'polisens'], ['kunta', 'kommunen'], ['kunnan', 'kommunens'],
    // The topics' words in Finnish and Meänkieli (residents83: "Vad gör polisen och kommunen mot huumeet i Kiruna?").
    ['huume', 'droger'], ['huumeet', 'droger'], ['huumeita', 'droger'], ['huumeiden', 'drogerna'], ['huumeista', 'droger'],
    ['vakivalta', 'vald'], ['vakivaltaa', 'vald'], ['vakivallasta', 'vald'], ['liikenne', 'trafik'], ['liikenteen', 'trafiken'],
    ['liikenneturvallisuus', 'trafiksakerhet'], ['koulu', 'skola'], ['koulussa', 'skolan'], ['koulun', 'skolans'],
    ['lupaus', 'lofte'], ['lupaukset', 'loftena'], ['lupauksia', 'loften'], ['lupauksista', 'loftena'],
    // The drug dog by its everyday name (residents68: "Vem bestämmer när de ska ha knarkhund på Hjalmar Lundbohmsskolan?").
    ['knarkhund', 'narkotikahund'], ['knarkhunden', 'narkotikahunden'], ['knarkhundar', 'narkotikahundar'], ['knarkhundarna', 'narkotikahundarna'],
  ]),
  en: new Map([
    ['cop', 'police'], ['cops', 'police'], ['coppers', 'police'], ['popo', 'police'], ['fiveo', 'police'],
    ['prio', 'priority'],
    ['poliisi', 'police'], ['poliisin', 'police'], ['kunta', 'municipality'], ['kunnan', 'municipality'],
    ['huume', 'drugs'], ['huumeet', 'drugs'], ['huumeita', 'drugs'], ['huumeiden', 'drugs'], ['huumeista', 'drugs'],
    ['vakivalta', 'violence'], ['vakivaltaa', 'violence'], ['vakivallasta', 'violence'], ['liikenne', 'traffic'],
    ['liikenteen', 'traffic'], ['liikenneturvallisuus', 'traffic'], ['koulu', 'school'], ['koulussa', 'school'], ['koulun', 'school'],
    ['lupaus', 'promise'], ['lupaukset', 'promises'], ['lupauksia', 'promises'], ['lupauksista', 'promises'],
    // "pledges" for the promises (residents68: "Is this the first time the police and the town have made these kinds of
    // pledges?", "When will we hear whether you've kept your pledges?").
    ['pledge', 'promise'], ['pledges', 'promises'], ['pledged', 'promised'],
    // "comms" for communication (residents76: "What's the promise on joint comms?").
    ['comms', 'communication'],
  ]),
  se: new Map([
    ['poliisi', 'politiija'], ['poliisin', 'politiija'], ['kunta', 'suohkan'], ['kunnan', 'suohkana'],
  ]),
};

/** The standard word for a folded word, or the word itself. */
export function standardWord(lang: Lang, folded: string): string {
  return SLANG[lang].get(folded) ?? folded;
}
