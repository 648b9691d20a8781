import { detectIntent } from '../../src/bot/detectIntent.js';

/** Phrasings found by cues rather than whole phrases (the bot's replies to them are tested in PromiseBot.test.ts). */
describe('detectIntent cues', () => {
  it.each([
    ['Svarar en människa?', 'robot', 'sv'],
    ['Är det en människa som svarar?', 'robot', 'sv'],
    ['Är du på riktigt?', 'robot', 'sv'],
    ['Who am I talking to?', 'robot', 'en'],
    ['talk to human', 'robot', 'en'],
    ['Can I speak to a real person please', 'robot', 'en'],
    ['Are you ChatGPT?', 'robot', 'en'],
    ['Lea go dát robohtta?', 'robot', 'se'],
    ['och på samiska då?', 'language', 'se'],
    ['Kan jag få svar på engelska?', 'language', 'en'],
    ['English pls', 'language', 'en'],
    ['Sparas detta?', 'privacy', 'sv'],
    ['Läser någon mina frågor?', 'privacy', 'sv'],
    ['Do you store my messages?', 'privacy', 'en'],
    ['Are my chats recorded?', 'privacy', 'en'],
    ['loggar ni mina frågor?', 'privacy', 'sv'],
    ['Vad händer med det jag skriver här, sparas det?', 'privacy', 'sv'],
    ['Hej, can you answer in English?', 'language', 'en'],
    ['hej, på engelska tack', 'language', 'en'],
    ['tack så mkt', 'thanks', 'sv'],
    ['how are u', 'howAreYou', 'en'],
    // A word of time at the end of small talk; without it "hur mår du idag?" went to the search, which found "mår" in
    // the suicide helpline entry.
    ['hej! hur mår du idag?', 'howAreYou', 'sv'],
    ['how are you doing today?', 'howAreYou', 'en'],
    ['Mo manná odne?', 'howAreYou', 'se'],
  ])('%j → %s (%s)', (text, kind, lang) => {
    expect(detectIntent(text)).toEqual({ kind, lang });
  });

  it.each([
    // About a person to talk to about something: a question for the knowledge base.
    'Jag vill prata med någon om våld i min relation',
    'Kan jag få prata med en handläggare på socialtjänsten?',
    'I want to talk to someone about violence at home',
    'Can I speak with someone at the police about the drug dog?',
    'Är det en person från polisen som följer upp löftena?',
    'Is it real that the police bring a drug dog to school?',
    'Is it a real promise or just words?',
    'Are you the person responsible for the promises?',
    'Är detta riktigt?',
    'Är detta en riktig uppföljning?',
    // Saving money, other people's storing, kept promises.
    'Ska ni spara på skolan?',
    'Kommer ni spara in på fritidsgårdar?',
    'Where do you store seized drugs?',
    'Does the police store my report?',
    'Have you kept your promises?',
    'The bus driver saved my day, pls thank him!',
    'Will you keep us informed about what is happening?',
    'Finns löftena på samiska?',
    'trafik idag',
    'vad händer nu',
  ])('leaves %j to the knowledge base', (text) => {
    expect(detectIntent(text)).toBeNull();
  });
});
