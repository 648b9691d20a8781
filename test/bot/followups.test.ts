import type { Lang } from '../../src/knowledge/schema.js';
import { detectFigureQuestion, detectFollowupCue, detectRulesQuestion } from '../../src/bot/detectStaffCues.js';
import { splitWords } from '../../src/safety/foldText.js';
import { buttonsOf, kbAnswerOf, textOf } from './conversation.js';
import { openStaffConversation } from '../staff/staffConversation.js';

describe('follow-up cue words (pure)', () => {
  it.each<[string, boolean]>([
    ['how is it going with the drug dog search?', true],
    ['hur går det med narkotikasöket?', true],
    ['mo manná narkobeana ohcamiin?', true],
    ['Movt manná johtolatdárkkistemiin?', true],
    ['Hur har det gått med trafiken?', true],
    ['Vad blev resultatet av narkotikasöket?', true],
    ['uppföljning narkotikahund', true],
    ['What progress on traffic?', true],
    ['results of the promises', true],
    ['how are the promises going?', true],
    ['čuovvuleapmi narkobeana', true],
    ['Söker polisen med hund på gymnasiet?', false],
    ['How often does the drug dog come?', false],
    ['Mii lea lohpádus narkobeatnaga birra?', false],
    ['Vilka är de prioriterade områdena?', false],
    // The future, and whether something can be done, are not how the work is going.
    ['How often is the dog search going to happen?', false],
    ['hur gör man en polisanmälan, går det att göra på nätet?', false],
    ['how is the dog search going?', true],
  ])('%j → %s', (text, expected) => {
    expect(detectFollowupCue(text) !== undefined).toBe(expected);
  });
});

const COMMITMENT_QUESTIONS: Array<[string, Lang]> = [
  ['hur går det med narkotikasöket?', 'sv'],
  ['how is it going with the drug dog search?', 'en'],
  ['mo manná narkobeana ohcamiin?', 'se'],
];

describe('how a commitment is going, with recorded follow-ups (TEST DATA fixture)', () => {
  it.each(COMMITMENT_QUESTIONS)('%j → the latest follow-up with date, status and source (%s)', async (question, lang) => {
    const c = await openStaffConversation({ knowledge: 'withFollowups' });
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toMatchObject({ type: 'kb-answer', id: 'drug-dog-school', lang });
    const text = textOf(reply);
    const latest = c.engine.knowledge.followups.filter((f) => f.commitment === 'drug-dog-school').at(-1)!;
    expect(latest.date).toBe('2025-11-20');
    expect(text).toContain('2025-11-20');
    expect(text).toContain(c.t(lang, 'followup.status.done'));
    expect(text).toContain(latest.text[lang]);
    expect(text).toContain(`[${latest.source.title[lang]}](${latest.source.url})`);
    // Only the latest: the older April follow-up is not shown.
    expect(text).not.toContain('2025-04-10');
    expect(text).toContain(c.t(lang, 'followup.latest', { label: c.engine.knowledge.byId.get('drug-dog-school')!.label[lang], date: '2025-11-20', status: c.t(lang, 'followup.status.done') }));
    if (lang === 'se') {
      expect(text).toContain(c.t('se', 'answer.draftNote'));
      expect(buttonsOf(reply)[0]).toEqual({ title: c.t('se', 'answer.readSwedish'), value: 'fu:drug-dog-school:sv' });
    }
    const values = buttonsOf(reply).map((b) => b.value);
    expect(values).toEqual(expect.arrayContaining(['kb:drug-dog-school', 'fb:up:drug-dog-school', 'fb:down:drug-dog-school']));
  });

  it('the Swedish button shows the Sami reader the follow-up in Swedish', async () => {
    const c = await openStaffConversation({ knowledge: 'withFollowups' });
    const reply = await c.ask('fu:drug-dog-school:sv');
    expect(kbAnswerOf(reply)).toEqual({ type: 'kb-answer', id: 'drug-dog-school', lang: 'sv', score: 1 });
    expect(textOf(reply)).toContain('TESTDATA. Sök med hund genomfört på gymnasieskolan.');
  });

  it('a plain question about the commitment still gets the commitment itself', async () => {
    const c = await openStaffConversation({ knowledge: 'withFollowups' });
    const reply = await c.ask('Söker polisen med hund på gymnasiet?');
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'drug-dog-school' });
    expect(textOf(reply)).toContain(c.engine.knowledge.byId.get('drug-dog-school')!.answer.sv);
    expect(textOf(reply)).not.toContain('TESTDATA');
  });

  it.each<[string, Lang]>([
    ['hur går det med löftena?', 'sv'],
    ['how are the promises going?', 'en'],
    ['results of the promises', 'en'],
    ['Movt manná lohpádusaiguin?', 'se'],
  ])('%j → an overview of all seven commitments with their latest status and date (%s)', async (question, lang) => {
    const c = await openStaffConversation({ knowledge: 'withFollowups' });
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toMatchObject({ type: 'kb-answer', id: 'followup', lang });
    const text = textOf(reply);
    const commitments = c.engine.knowledge.entries.filter((e) => e.kind === 'commitment');
    expect(commitments).toHaveLength(7);
    const status = (s: string) => c.t(lang, `followup.status.${s}`);
    expect(text).toContain(c.t(lang, 'followup.overviewLine', { label: commitments.find((e) => e.id === 'drug-dog-school')!.label[lang], status: status('done'), date: '2025-11-20' }));
    expect(text).toContain(c.t(lang, 'followup.overviewLine', { label: commitments.find((e) => e.id === 'traffic')!.label[lang], status: status('ongoing'), date: '2025-09-01' }));
    for (const commitment of commitments.filter((e) => !['drug-dog-school', 'traffic'].includes(e.id))) {
      expect(text).toContain(c.t(lang, 'followup.overviewMissing', { label: commitment.label[lang] }));
    }
    expect(text).toContain(c.t(lang, 'followup.wherePublished'));
    // Buttons open the commitments that have a follow-up; then 👍 👎.
    expect(buttonsOf(reply).map((b) => b.value)).toEqual(['fu:drug-dog-school', 'fu:traffic', 'fb:up:followup', 'fb:down:followup']);
  });

  it('a follow-up button answers exactly', async () => {
    const c = await openStaffConversation({ knowledge: 'withFollowups', locale: 'en-GB' });
    const reply = await c.ask('fu:traffic');
    expect(kbAnswerOf(reply)).toEqual({ type: 'kb-answer', id: 'traffic', lang: 'en', score: 1 });
    expect(textOf(reply)).toContain('TEST DATA. Traffic checks are ongoing.');
  });
});

describe('how a commitment is going, with nothing recorded (the shipped knowledge)', () => {
  it('the shipped knowledge has no follow-ups (only the template)', async () => {
    const c = await openStaffConversation();
    expect(c.engine.knowledge.followups).toEqual([]);
  });

  it.each(COMMITMENT_QUESTIONS)('%j → an honest "none recorded yet" and where follow-ups are published (%s)', async (question, lang) => {
    const c = await openStaffConversation();
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toMatchObject({ type: 'kb-answer', id: 'drug-dog-school', lang });
    const text = textOf(reply);
    expect(text).toContain(c.t(lang, 'followup.noneForCommitment', { label: c.engine.knowledge.byId.get('drug-dog-school')!.label[lang] }));
    expect(text).toContain(c.t(lang, 'followup.wherePublished'));
    for (const place of ['Polisen norra Lappland', 'Kiruna kommun', 'polisen.se', 'kiruna.se']) expect(text).toContain(place);
    const followup = c.engine.knowledge.byId.get('followup')!;
    expect(text).toContain(`(${followup.source.url})`);
    // Never a status: nothing is invented.
    for (const status of ['planned', 'ongoing', 'done', 'not-done', 'changed']) {
      expect(text).not.toContain(`: ${c.t(lang, `followup.status.${status}`)}.`);
    }
  });

  it.each<[string, Lang]>([
    ['hur går det med löftena?', 'sv'],
    ['how are the promises going?', 'en'],
    ['Movt manná lohpádusaiguin?', 'se'],
  ])('the overview %j says honestly that there are no results yet (%s)', async (question, lang) => {
    const c = await openStaffConversation();
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'followup', lang });
    const text = textOf(reply);
    expect(text).toContain(c.engine.knowledge.byId.get('followup')!.answer[lang]);
    expect(text).not.toContain(c.t(lang, 'followup.overviewIntro'));
  });

  it.each<[string, Lang]>([
    ['Hur går det?', 'sv'],
    ["How's it going?", 'en'],
    ['Mo manná?', 'se'],
  ])('a bare %j is small talk first, with a button to the follow-ups (%s)', async (text, lang) => {
    const c = await openStaffConversation();
    const reply = await c.ask(text);
    expect(textOf(reply)).toBe(c.t(lang, 'smalltalk.howAreYou'));
    expect(buttonsOf(reply)).toEqual([{ title: c.engine.knowledge.byId.get('followup')!.label[lang], value: 'kb:followup' }]);
    expect(kbAnswerOf(await c.ask('kb:followup'))).toMatchObject({ id: 'followup' });
  });
});

describe('questions for figures (pure)', () => {
  it.each<[string, boolean]>([
    ['hur många åker fast för rattfylleri i Kiruna?', true],
    ['Antal narkotikasök på gymnasiet?', true],
    ['statistik trafikkontroller', true],
    ['how many drunk drivers do the police catch?', true],
    ['what percentage of pupils took part?', true],
    ['Galle gárrenvuoddji politiija dárkkista?', true],
    ['Hur många gånger om året söker polisen med hund?', false],
    ['How often does the drug dog come?', false],
    ['how many times a year is the dog search?', false],
    ['Söker polisen med hund på gymnasiet?', false],
    ['what numbers do I call to tip off the police about drug dealing?', false],
    // "figure out" asks how something was found out.
    ['How did they figure out what the problems in Kiruna are?', false],
    ['what figures are there on drunk driving?', true],
    // A typo away from a figure word, but not one: "gäller" is not the Sami "galle", "anmäl" not "antal".
    ['Vilket nummer gäller när det inte är akut?', false],
    ['Vad gäller för trafiksäkerheten vid skolorna?', false],
    ['anmäl rattfylleri', false],
    ['Hur anmäler jag rattfylleri?', false],
  ])('%j → %s', (text, expected) => {
    expect(detectFigureQuestion(splitWords(text)) !== undefined).toBe(expected);
  });
});

describe('a question for figures about a commitment', () => {
  it.each<[string, Lang]>([
    ['hur många åker fast för rattfylleri i Kiruna?', 'sv'],
    ['how many drunk drivers do the police catch in Kiruna?', 'en'],
    ['Galle gárrenvuoddji politiija dárkkista Gironis?', 'se'],
  ])('%j gets the commitment, a note that the promises give no figures, and its follow-up (%s)', async (question, lang) => {
    const c = await openStaffConversation();
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toMatchObject({ type: 'kb-answer', id: 'traffic', lang });
    const traffic = c.engine.knowledge.byId.get('traffic')!;
    const note = c.t(lang, 'answer.noFigures');
    const text = textOf(reply);
    expect(text).toContain(note);
    expect(text).toContain(traffic.answer[lang]);
    // The note comes first, so the resident reads why no figure follows.
    expect(text.indexOf(note)).toBeLessThan(text.indexOf(traffic.answer[lang]));
    expect(buttonsOf(reply)).toContainEqual({ title: c.t(lang, 'answer.followupButton'), value: 'fu:traffic' });
    // The button leads to the follow-up, which says honestly that none is published yet.
    const followup = await c.ask('fu:traffic');
    expect(textOf(followup)).toContain(c.t(lang, 'followup.noneForCommitment', { label: traffic.label[lang] }));
  });

  it('a question about how often is answered by the commitment alone', async () => {
    const c = await openStaffConversation();
    const reply = await c.ask('Hur många gånger om året söker polisen med hund på gymnasiet?');
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'drug-dog-school' });
    expect(textOf(reply)).not.toContain(c.t('sv', 'answer.noFigures'));
    expect(buttonsOf(reply).map((b) => b.value)).not.toContain('fu:drug-dog-school');
  });

  it('"gäller" is no question for figures: a commitment asked of with it gets no such note', async () => {
    const c = await openStaffConversation();
    const reply = await c.ask('Vad gäller för rattfylleri i Kiruna?');
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'traffic' });
    expect(textOf(reply)).not.toContain(c.t('sv', 'answer.noFigures'));
  });

  it.each<[string, Lang]>([
    ['how many crimes were reported in Kiruna in 2025?', 'en'],
    ['antal anmälda brott i Kiruna 2025', 'sv'],
  ])('figures asked of a contact entry get "I don\'t know" with the topics, not the entry: %j', async (question, lang) => {
    const c = await openStaffConversation();
    // The engine alone answers it with the entry on how to report a crime.
    expect(c.engine.ask(question).kind === 'answer' && (c.engine.ask(question) as { entry: { id: string } }).entry.id).toBe('report-crime');
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toBeUndefined();
    expect(textOf(reply)).toContain(c.t(lang, 'none.text'));
  });

  it.each<[string, Lang, string]>([
    ['Hur många brott anmäldes i Kiruna förra året?', 'sv', 'followup'],
    ['crime statistics kiruna 2025', 'en', 'followup'],
    ['Galle politiija barget Gironis?', 'se', 'parties'],
  ])('figures asked of a topic whose answer gives none get "I don\'t know" with the topics: %j', async (question, lang, engineAnswer) => {
    const c = await openStaffConversation();
    // The engine alone answers it with a topic that has no figure (how the promises are followed up, who is behind them).
    const alone = c.engine.ask(question);
    expect(alone.kind === 'answer' && alone.entry.id).toBe(engineAnswer);
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toBeUndefined();
    expect(textOf(reply)).toContain(c.t(lang, 'none.text'));
  });

  it.each<[string, string]>([
    ['Hur många år gäller löftena?', 'period'],
    ['How many priority areas are there?', 'priorities'],
    ['How many people answered the safety survey?', 'safety-survey-2023'],
  ])('figures asked of a topic that gives them are answered by it: %j', async (question, id) => {
    const c = await openStaffConversation();
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toMatchObject({ id });
    expect(textOf(reply)).toContain(c.engine.knowledge.byId.get(id)!.answer[kbAnswerOf(reply)!.lang as Lang]);
  });

  it.each<[string, Lang]>([
    ['hur blir man polis', 'sv'],
    // ("Hur söker man jobb som polis här uppe?" is no longer answered by the engine alone: "söka jobb" is read as applying.)
    ['Hur får man jobb som polis här uppe?', 'sv'],
    ['are the police in norrbotten hiring', 'en'],
  ])('a question about jobs gets "I don\'t know" with the topics, not an entry it shares a word with: %j', async (question, lang) => {
    const c = await openStaffConversation();
    // The engine alone answers it with an entry (the non-urgent number, the drug dog's search, …).
    expect(c.engine.ask(question).kind).not.toBe('none');
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toBeUndefined();
    expect(textOf(reply)).toContain(c.t(lang, 'none.text'));
  });

  it('a job someone moved here for is context, not the question', async () => {
    const c = await openStaffConversation();
    const reply = await c.ask('I just moved up here for a job at the mine. What issues are the local police concentrating on?');
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'priorities' });
  });

  it('a question for figures about something other than a commitment gets no such note', async () => {
    const c = await openStaffConversation();
    const reply = await c.ask('Hur många prioriterade områden finns det?');
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'priorities' });
    expect(textOf(reply)).not.toContain(c.t('sv', 'answer.noFigures'));
  });
});

describe('a question about rules, limits or penalties', () => {
  it.each<[string, boolean]>([
    ["What's the fine for drink-driving in Sweden?", true],
    ['vad e böterna om man kör 30 för fort på E10', true],
    ['vad är promillegränsen egentligen om man kör bil', true],
    ['what are the speed limits for snowmobiles on the lakes', true],
    ['Man stuorra sáhkku lea gárrenvuodjima ovddas?', true],
    // A typo away from "böter", but not it; and "fine" alone is not a fine.
    ['några elever beter sig jättedåligt, jobbar polisen med skolorna?', false],
    ['why do the police bother making promises?', false],
    ["I'm fine, just wondering what the promises are", false],
    ['är du en bot?', false],
  ])('%j → %s', (text, expected) => {
    expect(detectRulesQuestion(splitWords(text)) !== undefined).toBe(expected);
  });

  it.each<[string, Lang]>([
    ["What's the fine for drink-driving in Sweden?", 'en'],
    ['vad är promillegränsen egentligen om man kör bil', 'sv'],
  ])('%j gets the commitment it names, after a note that the promises set no rules or penalties (%s)', async (question, lang) => {
    const c = await openStaffConversation();
    const reply = await c.ask(question);
    expect(kbAnswerOf(reply)).toMatchObject({ type: 'kb-answer', id: 'traffic', lang });
    const note = c.t(lang, 'answer.noRules');
    const text = textOf(reply);
    expect(text).toContain(note);
    expect(text.indexOf(note)).toBeLessThan(text.indexOf(c.engine.knowledge.byId.get('traffic')!.answer[lang]));
  });

  it('a question about the work gets no such note', async () => {
    const c = await openStaffConversation();
    const reply = await c.ask('Vad gör polisen för trafiksäkerheten?');
    expect(kbAnswerOf(reply)).toMatchObject({ id: 'traffic' });
    expect(textOf(reply)).not.toContain(c.t('sv', 'answer.noRules'));
  });
});
