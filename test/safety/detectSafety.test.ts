import { detectSafety, type SafetyKind } from '../../src/safety/detectSafety.js';
import type { Lang } from '../../src/knowledge/schema.js';

/** Messages that must be routed to 112 / 114 14 before anything else. */
const ALARMS: Array<[string, SafetyKind, Lang]> = [
  // Swedish
  ['Hjälp, någon slår mig just nu', 'emergency', 'sv'],
  ['jag blir slagen', 'emergency', 'sv'],
  ['han slår mig', 'emergency', 'sv'],
  ['Jag blir hotad av en kille utanför', 'emergency', 'sv'],
  ['någon bryter sig in i mitt hus', 'emergency', 'sv'],
  ['nagon bryter sig in', 'emergency', 'sv'],
  ['det brinner i lägenheten bredvid', 'emergency', 'sv'],
  ['Det har hänt en olycka på E10', 'emergency', 'sv'],
  ['han har en kniv', 'emergency', 'sv'],
  ['jag är i fara', 'emergency', 'sv'],
  ['det pågår ett inbrott hos grannen', 'emergency', 'sv'],
  ['min man slår mig', 'domestic', 'sv'],
  ['min sambo hotar mig hela tiden', 'domestic', 'sv'],
  ['jag blir misshandlad av min pojkvän', 'domestic', 'sv'],
  ['Jag är rädd för min pappa', 'domestic', 'sv'],
  ['jag vill dö', 'suicide', 'sv'],
  ['jag vill ta livet av mig', 'suicide', 'sv'],
  ['jag orkar inte leva längre', 'suicide', 'sv'],
  ['jag har självmordstankar', 'suicide', 'sv'],
  ['Jag vill anmäla ett brott', 'report', 'sv'],
  ['jag vill göra en polisanmälan', 'report', 'sv'],
  ['Jag vill tipsa polisen om langning', 'report', 'sv'],
  ['Hjälp!', 'help', 'sv'],
  // Swedish typed without å ä ö and with typos
  ['hjalp min man slar mig', 'domestic', 'sv'],
  ['jag blir slagenn', 'emergency', 'sv'],
  ['nån misshandlr mig', 'emergency', 'sv'],
  ['jag vill anmla ett brott', 'report', 'sv'],
  // English
  ['I am being threatened', 'emergency', 'en'],
  ['Someone is breaking into my house', 'emergency', 'en'],
  ["he's hitting me", 'emergency', 'en'],
  ['There is a fire in my building', 'emergency', 'en'],
  ["There's been an accident", 'emergency', 'en'],
  ['I am in danger', 'emergency', 'en'],
  ['my boyfriend beats me', 'domestic', 'en'],
  ['I am afraid of my husband', 'domestic', 'en'],
  ['I want to kill myself', 'suicide', 'en'],
  ['i want to die', 'suicide', 'en'],
  ["I don't want to live anymore", 'suicide', 'en'],
  ['I want to report a crime', 'report', 'en'],
  ['I have a tip for the police', 'report', 'en'],
  ['help me', 'help', 'en'],
  ['I am beeing threatend', 'emergency', 'en'],
  // Northern Sami, with and without Sami letters
  ['Veahket!', 'help', 'se'],
  ['Son áitá mu', 'emergency', 'se'],
  ['son aita mu', 'emergency', 'se'],
  ['Veahket, son cábmá mu', 'emergency', 'se'],
  ['Mu boadnji cábmá mu', 'domestic', 'se'],
  ['Viessu buollá!', 'emergency', 'se'],
  ['Mun háliidan jápmit', 'suicide', 'se'],
  ['Mun háliidan váidit rihkkosa', 'report', 'se'],
  ['Jurddašan váldit iežan hega', 'suicide', 'se'],
  ['Áhčči cábmá eatni', 'domestic', 'se'],
  // Someone else in danger, seen or heard by the one writing
  ['min granne misshandlar sin fru, vad gör jag', 'emergency', 'sv'],
  ['grannen slår sina barn', 'emergency', 'sv'],
  ['han slår henne just nu', 'emergency', 'sv'],
  ['någon misshandlar en kvinna utanför mitt fönster', 'emergency', 'sv'],
  ['killen slår tjejen utanför krogen', 'emergency', 'sv'],
  ['pappa slår mamma', 'domestic', 'sv'],
  ['mamma blir slagen av pappa', 'domestic', 'sv'],
  ['min kompis blir misshandlad av sin pojkvän', 'domestic', 'sv'],
  ['my neighbour is beating his wife', 'emergency', 'en'],
  ['he is hitting her right now', 'emergency', 'en'],
  ['someone is attacking a woman outside', 'emergency', 'en'],
  ['people are fighting outside the bar', 'emergency', 'en'],
  ['dad hits mom', 'domestic', 'en'],
  ['my friend is beaten by her boyfriend', 'domestic', 'en'],
  // Someone missing, a smell of fire or gas
  ['min dotter har inte kommit hem', 'emergency', 'sv'],
  ['mitt barn är försvunnet', 'emergency', 'sv'],
  ['det luktar brandrök i trapphuset', 'emergency', 'sv'],
  ['my son is missing', 'emergency', 'en'],
  ["my daughter hasn't come home", 'emergency', 'en'],
  ['I smell gas', 'emergency', 'en'],
  // A crime that has already happened: report it
  ['någon har stulit min cykel', 'report', 'sv'],
  ['min bil är stulen', 'report', 'sv'],
  ['jag har blivit lurad på nätet', 'report', 'sv'],
  ['someone stole my car', 'report', 'en'],
  ['my bike was stolen', 'report', 'en'],
  ['I got scammed online', 'report', 'en'],
  ['jag har fått hot på facebook', 'report', 'sv'],
  ['jag blir trakasserad av en granne', 'report', 'sv'],
  ['I received a death threat', 'report', 'en'],
  ['I am being harassed', 'report', 'en'],
  ['Mun vásihan áitagiid neahtas', 'report', 'se'],
];

/** Ordinary questions, also about violence, threats, drugs and reporting services: never an alarm. */
const ORDINARY: string[] = [
  'Vad gör ni mot våld i nära relationer?',
  'What is the promise about violence?',
  'Hur arbetar polisen mot hot?',
  'Mii lea lohpádus veahkaválddálašvuođa birra?',
  'Vad gör ni åt våld, hat och hot?',
  'våld i nära relationer',
  'Jobbar kommunen mot hot och hat?',
  'Vilket nummer ringer jag vid en nödsituation?',
  'Vilket nummer har Kvinnofridslinjen?',
  'Finns det en stödlinje för den som utsätts för våld av sin partner?',
  'Vilket nummer har Självmordslinjen?',
  'Vad gör polisen mot inbrott?',
  'Hur många olyckor har det hänt i trafiken?',
  'Kommer polisen med narkotikahund till gymnasiet?',
  'Vad gör ni mot drogpåverkade bilförare?',
  'Det slår mig att löftena är viktiga',
  'Hur många blir misshandlade i Kiruna?',
  'Kan man göra en polisanmälan på nätet?',
  'Vilka är de prioriterade områdena?',
  'Hej',
  'How do you prevent domestic violence?',
  'Is the police doing anything about threats and hate?',
  'Has anyone been working on break-ins?',
  'How often is there a drug search with a dog at the upper secondary school?',
  'What do you do about traffic accidents?',
  'Is there a fire station in Kiruna?',
  'Where can I follow your work?',
  'Thanks for your help',
  'Maid politiija ja suohkan háliidit olahit?',
  'Mo politiija bargá áitagiid vuostá?',
  'Mii lea lohpádus narkotihkka birra?',
  'Bures',
  'Giitu veahki ovddas',
  // Questions about violence, theft or missing people in general
  'Vad gör ni när en man slår sin fru?',
  'Hur hjälper ni kvinnor som blir slagna av sina män?',
  'Vad gör polisen om någon misshandlar sin partner?',
  'Vad gör polisen åt män som slår sina fruar?',
  'Hur många kvinnor misshandlas av sin partner i Kiruna?',
  'Vad gör ni om någon hotar en lärare?',
  'Var hittar jag stulna cyklar?',
  'min son har kommit hem',
  'What do you do about men who beat their wives?',
  'What happens when a child goes missing?',
  'The police are fighting crime',
  'We are fighting for safer roads',
  'she beat the record',
  'they took my kids to school',
  'Hur många har fått hot i Kiruna?',
  'Vilka hot har polisen fått?',
  'How many threats have you received?',
  'I get that threats are a problem',
];

describe('detectSafety', () => {
  it.each(ALARMS)('routes %j to %s (%s)', (text, kind, lang) => {
    expect(detectSafety(text)).toEqual({ kind, lang });
  });

  it.each(ORDINARY)('lets %j through', (text) => {
    expect(detectSafety(text)).toBeNull();
  });

  it('has a table of at least 25 alarms and 25 ordinary messages', () => {
    expect(ALARMS.length).toBeGreaterThanOrEqual(25);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ALARMS.map(([, , lang]) => lang))).toEqual(new Set(['sv', 'en', 'se']));
  });
});
