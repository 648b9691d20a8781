import type { Activity, Storage, StoreItems } from 'botbuilder';
import { LANGS, type Lang } from '../../src/knowledge/schema.js';
import { buttonsOf, kbAnswerOf, loadRealParts, openConversation, textOf } from './conversation.js';

const { t } = await loadRealParts();
/** Where the bot keeps this TestAdapter resident's data (the keys of botbuilder's UserState and ConversationState). */
const KEYS = ['test/users/user1/', 'test/conversations/Convo1/'];
/** A conversationUpdate as Web Chat sends it at the start; `onlyBot` when only the bot joined. */
const open = (onlyBot = false) => ({ type: 'conversationUpdate', membersAdded: [{ id: onlyBot ? 'bot' : 'user1', name: 'x' }] }) as Partial<Activity>;

describe('welcome', () => {
  it.each<[string | undefined, Lang]>([
    [undefined, 'sv'],
    ['sv-SE', 'sv'],
    ['en-US', 'en'],
    ['se-NO', 'se'],
    ['sme', 'se'],
    ['fi-FI', 'sv'],
  ])('greets a new resident (locale %s) in %s: automated, no personal details, 112, language and topic buttons', async (locale, lang) => {
    const c = await openConversation({ locale });
    const reply = await c.ask(open());
    const text = textOf(reply);
    expect(text).toContain(t(lang, 'welcome.intro'));
    expect(text).toContain(t(lang, 'welcome.privacy'));
    expect(text).toContain('112');
    expect(text.includes(t(lang, 'welcome.samiNote'))).toBe(lang === 'se');
    const buttons = buttonsOf(reply);
    expect(buttons.slice(0, 3)).toEqual([
      { title: 'Svenska', value: 'lang:sv' },
      { title: 'English', value: 'lang:en' },
      { title: 'Davvisámegiella', value: 'lang:se' },
    ]);
    expect(buttons.map((b) => b.value)).toEqual(expect.arrayContaining(['kb:priorities', 'kb:drug-dog-school', 'kb:traffic', 'kb:followup', 'kb:report-crime']));
    expect(buttons.find((b) => b.value === 'kb:traffic')?.title).toBe(c.engine.knowledge.byId.get('traffic')!.label[lang]);
    expect(kbAnswerOf(reply)).toBeUndefined();
  });

  it('does not greet when only the bot joins', async () => {
    const c = await openConversation();
    expect(await c.say(open(true))).toEqual([]);
  });

  it.each(['start', '/start', 'GET_STARTED', 'börja', 'Get started'])('welcomes again on the start word %j', async (word) => {
    const c = await openConversation();
    expect(textOf(await c.ask(word))).toContain(t('sv', 'welcome.intro'));
  });

  it('welcomes in the chosen language, even with another channel locale', async () => {
    const c = await openConversation({ locale: 'sv-SE' });
    await c.ask('English');
    expect(textOf(await c.ask('start'))).toContain(t('en', 'welcome.intro'));
  });
});

describe('choosing the language', () => {
  it.each<[string, Lang]>([
    ['English', 'en'],
    ['in English', 'en'],
    ['på engelska', 'en'],
    ['på svenska', 'sv'],
    ['svenska', 'sv'],
    ['Svenska', 'sv'],
    ['sámegillii', 'se'],
    ['samegillii', 'se'],
    ['davvisámegiella', 'se'],
    ['Davvisámegiella', 'se'],
    ['lang:en', 'en'],
    ['lang:se', 'se'],
    ['och på engelska?', 'en'],
    ['Kan du svara på samiska?', 'se'],
    ['Do you speak Swedish?', 'sv'],
    ['Sáhtát go vástidit sámegillii?', 'se'],
  ])('%j switches to %s and the choice sticks', async (word, lang) => {
    const c = await openConversation();
    const reply = await c.ask(word);
    expect(textOf(reply)).toContain(t(lang, 'language.changed'));
    if (lang === 'se') expect(textOf(reply)).toContain('https://kiruna.se/kommun--demokrati/vara-minoritetssprak/');
    // A question in another language is still answered in the chosen one: only an explicit choice sticks.
    const other = lang === 'sv' ? 'What is the goal?' : 'Vad är målet med löftena?';
    const answer = await c.ask(other);
    expect(kbAnswerOf(answer)).toMatchObject({ type: 'kb-answer', id: 'goal', lang });
    expect(textOf(answer)).toContain(c.engine.knowledge.byId.get('goal')!.answer[lang]);
  });

  it('leaves a question that names a language to the knowledge base', async () => {
    const c = await openConversation();
    const reply = await c.ask('Finns löftena på samiska?');
    expect(textOf(reply)).not.toContain(t('se', 'language.changed'));
  });

  it('takes a Messenger quick reply by its payload, not by the title in the text', async () => {
    const c = await openConversation({ channelId: 'facebook' });
    const reply = await c.ask({ text: 'Davvisámegiella', channelData: { message: { text: 'Davvisámegiella', quick_reply: { payload: 'lang:en' } } } });
    expect(textOf(reply)).toContain(t('en', 'language.changed'));
  });

  it('follows the language of each message when nothing was chosen', async () => {
    const c = await openConversation();
    expect(kbAnswerOf(await c.ask('What is the goal?'))).toMatchObject({ lang: 'en' });
    expect(kbAnswerOf(await c.ask('Vilka är de prioriterade områdena?'))).toMatchObject({ lang: 'sv' });
    // A short unclear word falls back to the conversation's last clear language.
    expect(kbAnswerOf(await c.ask('hund'))).toMatchObject({ id: 'drug-dog-school', lang: 'sv' });
  });
});

describe('answers', () => {
  it.each<[string, string, Lang]>([
    ['Vilka är de prioriterade områdena?', 'priorities', 'sv'],
    ['How often is there a drug search with a dog at the upper secondary school?', 'drug-dog-school', 'en'],
    ['Maid politiija ja suohkan háliidit olahit?', 'goal', 'se'],
  ])('%j gets the entry %s in %s with who stands behind it, its source and related topics', async (question, id, lang) => {
    const c = await openConversation();
    const reply = await c.ask(question);
    const entry = c.engine.knowledge.byId.get(id)!;
    const entity = kbAnswerOf(reply);
    expect(entity).toMatchObject({ type: 'kb-answer', id, lang });
    expect(entity!.score).toBeGreaterThan(0);
    expect(entity!.score).toBeLessThanOrEqual(1);
    const text = textOf(reply);
    expect(text).toContain(entry.answer[lang]);
    expect(text).toContain(t(lang, `answer.owner.${entry.owner}`));
    expect(text).toContain(`[${entry.source.section[lang]}](${entry.source.url})`);
    const related = buttonsOf(reply).filter((b) => b.value.startsWith('kb:') && !b.value.endsWith(':sv'));
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(4);
    for (const button of related) expect(c.engine.knowledge.byId.get(button.value.slice(3))!.label[lang]).toBe(button.title);
    expect(reply.suggestedActions?.actions.every((action) => action.type === 'postBack')).toBe(true);
    expect(reply.attachments ?? []).toEqual([]);
  });

  it('marks a draft Sami answer and offers the Swedish text, shown once in Swedish', async () => {
    const c = await openConversation();
    const reply = await c.ask('Maid politiija ja suohkan háliidit olahit?');
    expect(c.engine.knowledge.byId.get('goal')!.review.se).toBe('draft');
    expect(textOf(reply)).toContain(t('se', 'answer.draftNote'));
    expect(buttonsOf(reply)[0]).toEqual({ title: t('se', 'answer.readSwedish'), value: 'kb:goal:sv' });

    const swedish = await c.ask('kb:goal:sv');
    expect(kbAnswerOf(swedish)).toEqual({ type: 'kb-answer', id: 'goal', lang: 'sv', score: 1 });
    expect(textOf(swedish)).toContain(c.engine.knowledge.byId.get('goal')!.answer.sv);
    expect(textOf(swedish)).not.toContain(t('se', 'answer.draftNote'));
    // The related buttons stay in the resident's language.
    expect(buttonsOf(swedish).map((b) => b.title)).toContain(c.engine.knowledge.byId.get('priorities')!.label.se);
  });

  it('does not add the draft note to Swedish or English answers', async () => {
    const c = await openConversation();
    expect(textOf(await c.ask('What is the goal?'))).not.toContain(t('en', 'answer.draftNote'));
  });
});

describe('did you mean and I don’t know', () => {
  /**
   * Short, broad words the engine cannot decide between. Which of them is ambiguous shifts as the knowledge grows,
   * so each language lists several and the first one the real engine asks about is the one played through the bot.
   */
  const BROAD: Record<Lang, string[]> = {
    sv: ['trygghet', 'kommunen och polisen', 'polisen', 'Kiruna'],
    en: ['safety', 'Kiruna police', 'police and municipality', 'police'],
    se: ['oadjebasvuohta', 'politiija', 'suohkan ja politiija', 'Giron'],
  };

  it.each(LANGS)('a broad word asks which topic was meant (%s), with buttons and no kb-answer', async (lang) => {
    const c = await openConversation();
    const word = BROAD[lang].find((candidate) => c.engine.ask(candidate, {}).kind === 'clarify');
    expect(word).toBeDefined();
    const reply = await c.ask(word!);
    expect(textOf(reply)).toBe(t(lang, 'clarify.question'));
    const buttons = buttonsOf(reply);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.every((b) => b.value.startsWith('kb:'))).toBe(true);
    for (const button of buttons) expect(button.title).toBe(c.engine.knowledge.byId.get(button.value.slice(3))!.label[lang]);
    expect(kbAnswerOf(reply)).toBeUndefined();
    // Tapping a candidate answers it exactly.
    const answer = await c.ask(buttons[0]!.value);
    expect(kbAnswerOf(answer)).toMatchObject({ id: buttons[0]!.value.slice(3), score: 1 });
  });

  it.each<[string, Lang]>([
    ['Vad blir vädret i morgon?', 'sv'],
    ['What will the weather be tomorrow?', 'en'],
    ['Makkár dálki lea ihttin?', 'se'],
  ])('%j gets an honest "I don’t know" in %s, 112 for danger, where to ask a person, and topics', async (question, lang) => {
    const c = await openConversation();
    const reply = await c.ask(question);
    const text = textOf(reply);
    expect(text).toContain(t(lang, 'none.text'));
    expect(text).toContain(t(lang, 'safety.help'));
    expect(text.indexOf('112')).toBeLessThan(text.indexOf('114 14'));
    expect(text).toContain('114 14');
    expect(text).toContain('kommun@kiruna.se');
    expect(buttonsOf(reply).map((b) => b.value)).toContain('kb:priorities');
    expect(kbAnswerOf(reply)).toBeUndefined();
  });

  it('offers the entry a question came closest to as the first topic, still saying it does not know', async () => {
    const c = await openConversation();
    // Short, so the rules for long questions (LONG_QUESTIONS) do not answer it.
    const question = 'speeding is totally out of hand lately, checks ever?';
    expect(c.engine.ask(question).kind).toBe('none');
    const reply = await c.ask(question);
    expect(textOf(reply)).toContain(t('en', 'none.text'));
    expect(kbAnswerOf(reply)).toBeUndefined();
    const buttons = buttonsOf(reply).map((b) => b.value);
    expect(buttons[0]).toBe('kb:traffic');
    expect(new Set(buttons).size).toBe(buttons.length);
    expect(buttons).toEqual(expect.arrayContaining(['kb:priorities', 'kb:drug-dog-school', 'kb:followup', 'kb:report-crime']));
  });
});

describe('small talk', () => {
  it.each<[string, string, Lang]>([
    ['Hej', 'greeting', 'sv'],
    ['hallå!', 'greeting', 'sv'],
    ['tjena', 'greeting', 'sv'],
    ['Hello', 'greeting', 'en'],
    ['hi', 'greeting', 'en'],
    ['Bures!', 'greeting', 'se'],
    ['Buorre beaivi', 'greeting', 'se'],
    ['Tack!', 'thanks', 'sv'],
    ['tack så mycket', 'thanks', 'sv'],
    ['Thanks', 'thanks', 'en'],
    ['thank you', 'thanks', 'en'],
    ['Giitu!', 'thanks', 'se'],
    ['Hej då', 'goodbye', 'sv'],
    ['bye', 'goodbye', 'en'],
    ['Báze dearvan', 'goodbye', 'se'],
    ['Är du en robot?', 'robot', 'sv'],
    ['ar du en manniska', 'robot', 'sv'],
    ['Are you a bot?', 'robot', 'en'],
    ['Leat go don olmmoš?', 'robot', 'se'],
    ['Är det här en riktig människa?', 'robot', 'sv'],
    ['pratar jag med en robot eller en människa?', 'robot', 'sv'],
    ['Kan jag få prata med en människa i stället?', 'robot', 'sv'],
    ['is this a real person?', 'robot', 'en'],
    ['Am I talking to a real person or a bot?', 'robot', 'en'],
    ['can I talk to a human', 'robot', 'en'],
    ['Leatgo don duođalaš olmmoš?', 'robot', 'se'],
    ['Háliidan hállat olbmuin', 'robot', 'se'],
    ['Vad kan du?', 'whatCanYouDo', 'sv'],
    ['Hej! Vad kan du?', 'whatCanYouDo', 'sv'],
    ['What can you do?', 'whatCanYouDo', 'en'],
    ['Maid don máhtát?', 'whatCanYouDo', 'se'],
    ['Hur går det?', 'howAreYou', 'sv'],
    ['How is it going?', 'howAreYou', 'en'],
    ['Mo manná?', 'howAreYou', 'se'],
  ])('%j → %s in %s', async (text, kind, lang) => {
    const c = await openConversation();
    const reply = await c.ask(text);
    expect(textOf(reply)).toBe(t(lang, `smalltalk.${kind}`));
    expect(kbAnswerOf(reply)).toBeUndefined();
    if (kind === 'howAreYou') {
      expect(buttonsOf(reply)).toEqual([{ title: c.engine.knowledge.byId.get('followup')!.label[lang], value: 'kb:followup' }]);
    }
  });

  it('does not swallow a real question that starts like small talk', async () => {
    const c = await openConversation();
    // About a person who speaks Sami, and about a person from the police: questions for the knowledge base.
    expect(kbAnswerOf(await c.ask('Jag vill prata med en människa på samiska'))).toMatchObject({ id: 'minority-languages' });
    expect(textOf(await c.ask('Är det en person från polisen som följer upp löftena?'))).not.toBe(t('sv', 'smalltalk.robot'));
    expect(kbAnswerOf(await c.ask('Hur går det med medborgarlöftena?'))).toMatchObject({ type: 'kb-answer', lang: 'sv' });
    expect(kbAnswerOf(await c.ask('Hej, vilka är de prioriterade områdena?'))).toMatchObject({ id: 'priorities' });
  });

  it('answers small talk in the chosen language', async () => {
    const c = await openConversation();
    await c.ask('English');
    expect(textOf(await c.ask('Tack!'))).toBe(t('en', 'smalltalk.thanks'));
  });
});

describe('privacy', () => {
  it.each<[string, Lang]>([
    ['Vad sparar ni om mig?', 'sv'],
    ['Sparas mina frågor?', 'sv'],
    ['Are my messages stored?', 'en'],
    ['What do you store?', 'en'],
    ['Maid don vurket mu birra?', 'se'],
    ['integritet', 'sv'],
    ['Personuppgifter', 'sv'],
    ['sekretess', 'sv'],
    ['privacy', 'en'],
    ['priváhtavuohta', 'se'],
    ['cmd:privacy', 'sv'],
  ])('%j explains what is stored (%s) and offers deletion', async (word, lang) => {
    const c = await openConversation();
    const reply = await c.ask(word);
    expect(textOf(reply)).toBe(t(lang, 'privacy.text', { days: 30 }));
    expect(buttonsOf(reply)).toEqual([{ title: t(lang, 'privacy.deleteButton'), value: 'cmd:delete' }]);
  });

  it.each<[string, Lang]>([
    ['radera mina uppgifter', 'sv'],
    ['Radera min data', 'sv'],
    ['ta bort mina uppgifter', 'sv'],
    ['delete my data', 'en'],
    ['Please delete my data', 'en'],
    ['sihko mu dieđuid', 'se'],
    ['Sihko mu diedut', 'se'],
  ])('%j deletes everything stored about the resident and confirms in %s', async (words, lang) => {
    const c = await openConversation();
    await c.ask('Davvisámegiella');
    await c.ask('Mii lea lohpádus?');
    expect(Object.keys(await c.storage.read(KEYS))).toHaveLength(2);

    const reply = await c.ask(words);
    // The Sami choice is still the reply language for the confirmation itself.
    expect(textOf(reply)).toBe(t('se', 'privacy.deleted'));
    expect(lang).toBeDefined();
    expect(await c.storage.read(KEYS)).toEqual({});
    expect(c.erased).toEqual([{ channelId: 'test', userId: 'user1', conversationId: 'Convo1' }]);
    // The language choice is gone: a Swedish question is answered in Swedish again.
    expect(kbAnswerOf(await c.ask('Vilka är de prioriterade områdena?'))).toMatchObject({ lang: 'sv' });
  });

  it('confirms deletion in the language of the command when nothing was chosen', async () => {
    const c = await openConversation();
    expect(textOf(await c.ask('delete my data'))).toBe(t('en', 'privacy.deleted'));
    expect(textOf(await c.ask('cmd:delete'))).toBe(t('sv', 'privacy.deleted'));
  });

  it('stores the language choice and last language only, never message text', async () => {
    const c = await openConversation();
    await c.ask('English');
    await c.ask('Vilka är de prioriterade områdena?');
    const stored = JSON.stringify(await c.storage.read(KEYS));
    expect(stored).toContain('"chosenLang":"en"');
    expect(stored).not.toContain('prioriterade');
  });
});

describe('safety first', () => {
  it.each<[string, 'emergency' | 'domestic' | 'suicide' | 'report', Lang, string[]]>([
    ['Hjälp, någon slår mig just nu', 'emergency', 'sv', ['112']],
    ['min man slår mig', 'domestic', 'sv', ['112', '020-50 50 50']],
    ['jag vill ta livet av mig', 'suicide', 'sv', ['112', '90101']],
    ['Jag vill anmäla ett brott', 'report', 'sv', ['polisen.se', '114 14']],
    ['I am being threatened', 'emergency', 'en', ['112']],
    ['my boyfriend beats me', 'domestic', 'en', ['112', '020-50 50 50']],
    ['I want to kill myself', 'suicide', 'en', ['112', '90101']],
    ['I want to report a crime', 'report', 'en', ['polisen.se', '114 14']],
    ['Son áitá mu', 'emergency', 'se', ['112']],
    ['Mu boadnji cábmá mu', 'domestic', 'se', ['112', '020-50 50 50']],
    ['Mun háliidan jápmit', 'suicide', 'se', ['112', '90101']],
    ['Mun háliidan váidit', 'report', 'se', ['polisen.se', '114 14']],
  ])('%j → %s reply in %s with the numbers, not searched, not stored, not logged', async (text, kind, lang, numbers) => {
    const c = await openConversation({ logMessageText: true });
    const reply = await c.ask(text);
    const shown = textOf(reply);
    expect(shown).toContain(t(lang, `safety.${kind}`));
    // A Sami safety reply also carries the Swedish sentence, since its Sami wording is an unreviewed draft.
    if (lang === 'se') expect(shown).toContain(t('sv', `safety.${kind}`));
    for (const number of numbers) expect(shown).toContain(number);
    expect(kbAnswerOf(reply)).toBeUndefined();
    expect(await c.storage.read(KEYS)).toEqual({});
    expect(c.logs).toEqual([]);
    // Channels that keep transcripts can see that this turn must not be kept.
    expect(c.safetyTurns).toEqual([true]);
  });

  it('says the bot cannot take reports', async () => {
    const c = await openConversation();
    expect(textOf(await c.ask('Jag vill tipsa polisen'))).toContain('kan inte ta emot anmälningar');
  });

  it.each<[string, Lang]>([
    ['Hjälp!', 'sv'],
    ['help me', 'en'],
    ['Veahket!', 'se'],
  ])('a bare %j gets the 112 line first and then the help text (%s)', async (text, lang) => {
    const c = await openConversation();
    const shown = textOf(await c.ask(text));
    expect(shown.indexOf(t(lang, 'safety.help'))).toBe(0);
    expect(shown).toContain(t(lang, 'help.text'));
    if (lang === 'se') expect(shown).toContain(t('sv', 'safety.help'));
  });

  it('answers an ordinary question about the violence promise from the knowledge base', async () => {
    const c = await openConversation();
    expect(kbAnswerOf(await c.ask('Vad gör ni mot våld i nära relationer?'))).toMatchObject({ id: 'area-violence', lang: 'sv' });
    expect(kbAnswerOf(await c.ask('What is the promise about violence?'))).toMatchObject({ id: 'area-violence', lang: 'en' });
  });

  it('keeps the chosen language for safety replies', async () => {
    const c = await openConversation();
    await c.ask('English');
    expect(textOf(await c.ask('han slår mig'))).toBe(t('en', 'safety.emergency'));
  });
});

describe('buttons are resolved exactly', () => {
  it('a Messenger quick reply (title in text, payload in channelData) answers the payload', async () => {
    const c = await openConversation({ channelId: 'facebook' });
    const reply = await c.ask({ text: 'Trafik', channelData: { message: { text: 'Trafik', quick_reply: { payload: 'kb:drug-dog-school' } } } });
    expect(kbAnswerOf(reply)).toEqual({ type: 'kb-answer', id: 'drug-dog-school', lang: 'sv', score: 1 });
  });

  it('a Messenger postback answers its payload', async () => {
    const c = await openConversation({ channelId: 'facebook' });
    const reply = await c.ask({ text: 'Traffic', channelData: { postback: { title: 'Traffic', payload: 'kb:traffic' } } });
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'traffic', score: 1 });
  });

  it('a Get Started postback welcomes', async () => {
    const c = await openConversation({ channelId: 'facebook' });
    expect(textOf(await c.ask({ channelData: { postback: { title: 'Get Started', payload: 'GET_STARTED' } } }))).toContain(t('sv', 'welcome.intro'));
  });

  it.each<[string, Partial<Activity>, string]>([
    ['text (Web Chat postBack)', { text: 'kb:followup' }, 'followup'],
    ['value string', { value: 'kb:period' }, 'period'],
    ['value object', { value: { payload: 'kb:signing' } }, 'signing'],
  ])('a payload in %s answers the entry', async (_where, activity, id) => {
    const c = await openConversation();
    expect(kbAnswerOf(await c.ask(activity))).toMatchObject({ id, score: 1 });
  });

  it('commands by payload: help and topics', async () => {
    const c = await openConversation();
    const help = await c.ask('cmd:help');
    expect(textOf(help)).toBe(t('sv', 'help.text'));
    const topics = await c.ask({ value: { payload: 'cmd:topics' } });
    expect(textOf(topics)).toBe(t('sv', 'topics.text'));
    expect(buttonsOf(topics).length).toBeGreaterThan(5);
    expect(buttonsOf(topics).length).toBeLessThanOrEqual(13);
  });

  it('an unknown payload is treated as text', async () => {
    const c = await openConversation();
    const reply = await c.ask('kb:no-such-entry');
    expect(kbAnswerOf(reply)).toBeUndefined();
    expect(textOf(reply).length).toBeGreaterThan(0);
  });
});

describe('other input', () => {
  it('a message without text asks for text', async () => {
    const c = await openConversation({ locale: 'en-US' });
    const reply = await c.ask({ attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] });
    expect(textOf(reply)).toBe(t('en', 'input.notText'));
  });

  // Words that are also the names of a JavaScript object's own properties once broke the word look-ups (a Sami
  // word table gave "constructor" a function, and the turn failed with an apology).
  it.each(['constructor', 'Constructor?', '__proto__', 'hasOwnProperty valueOf toString', 'Mii lea constructor skuvllas?', 'hjälp constructor', 'constructor på engelska'])(
    'answers %j like any other words: no apology, no error, no emergency',
    async (text) => {
      const c = await openConversation();
      const replies = await c.say(text);
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies) expect(textOf(reply)).not.toBe(t('sv', 'error.apology'));
      expect(c.logs.filter((line) => line.level === 'error')).toEqual([]);
      expect(c.safetyTurns).toEqual([false]);
    },
  );
});

describe('when a turn fails', () => {
  /** A storage service that is down. */
  const brokenStorage: Storage = {
    read: async (): Promise<StoreItems> => {
      throw new Error('storage unavailable');
    },
    write: async () => {},
    delete: async () => {},
  };

  it.each<[string | undefined, Lang]>([
    [undefined, 'sv'],
    ['en-US', 'en'],
    ['se-NO', 'se'],
  ])('apologises in the resident’s language (locale %s → %s) without a stack trace, and logs no text', async (locale, lang) => {
    const c = await openConversation({ storage: brokenStorage, locale });
    const reply = await c.ask('Vilka är de prioriterade områdena?');
    expect(textOf(reply)).toBe(t(lang, 'error.apology'));
    expect(textOf(reply)).not.toMatch(/storage unavailable|at .*\.ts/);
    const errors = c.logs.filter((line) => line.level === 'error');
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors)).toContain('storage unavailable');
    expect(JSON.stringify(c.logs)).not.toContain('prioriterade');
  });
});

describe('logging', () => {
  it('logs routes without message text by default, and with it only when asked', async () => {
    const quiet = await openConversation();
    await quiet.ask('Vilka är de prioriterade områdena?');
    expect(quiet.safetyTurns).toEqual([false]);
    expect(quiet.logs).toEqual([{ level: 'info', message: 'turn', details: expect.objectContaining({ route: 'answer', entryId: 'priorities', lang: 'sv' }) }]);
    expect(JSON.stringify(quiet.logs)).not.toContain('prioriterade');

    const verbose = await openConversation({ logMessageText: true });
    await verbose.ask('Vilka är de prioriterade områdena?');
    expect(verbose.logs[0]!.details.text).toBe('Vilka är de prioriterade områdena?');
  });
});

it('has every language in the welcome buttons', () => {
  expect(LANGS).toEqual(['sv', 'en', 'se']);
});
