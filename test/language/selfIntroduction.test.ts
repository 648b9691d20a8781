import { withoutChatQuestion, withoutGreetingAndSignOff, withoutHearsay, withoutPlainWordsRequest, withoutPoliteness, withoutSelfIntroduction, withoutSetAside, withoutSourceMentions, withoutTextPlaces } from '../../src/language/selfIntroduction.js';
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import type { AnswerEngine } from '../../src/knowledge/types.js';

/** The real knowledge base's engine, built once for the tests that ask it. */
let engine: AnswerEngine;
beforeAll(async () => {
  engine = createAnswerEngine(await loadKnowledge('knowledge'));
});

describe('withoutSelfIntroduction', () => {
  it.each([
    ['pensionär här. vad räknas som nödläge, när ringer man ett ett två', 'vad räknas som nödläge, när ringer man ett ett två'],
    ['Renskötare här, vi får hat och hot för att vi är samer', 'vi får hat och hot för att vi är samer'],
    ['lärare: otrygg skolmiljö, finns det nåt forum med polisen?', 'otrygg skolmiljö, finns det nåt forum med polisen?'],
    ['Hej! Orolig mamma här. Finns det narkotika på gymnasiet?', 'Finns det narkotika på gymnasiet?'],
    ['Worried dad here. Weed seems to be everywhere among the kids.', 'Weed seems to be everywhere among the kids.'],
    ['Taxi driver here, people drive drunk on weekends', 'people drive drunk on weekends'],
    ['tourist – whats the number for emergencies in sweden', 'whats the number for emergencies in sweden'],
    ['Jag är journalist på lokaltidningen. Vilka fokusområden har ni valt?', 'Vilka fokusområden har ni valt?'],
    ['Jag är 78 år och kan inte datorer. Hur anmäler jag en stöld?', 'Hur anmäler jag en stöld?'],
    ["I'm a teacher at the gymnasium. Is there a school forum with the police?", 'Is there a school forum with the police?'],
    ["Tourist here 🙂 what's the emergency number in Sweden?", "what's the emergency number in Sweden?"],
    // New in town.
    ['Hi! New to Kiruna 👋 what are the citizen promises?', 'what are the citizen promises?'],
    ['ny i kiruna! vem ringer man om det inte är akut?', 'vem ringer man om det inte är akut?'],
    ["I'm new here, how do I report a crime?", 'how do I report a crime?'],
    ['Just moved to Kiruna. Who do I call if it is not urgent?', 'Who do I call if it is not urgent?'],
    ['har precis flyttat hit. vad gör polisen mot knark?', 'vad gör polisen mot knark?'],
    // "Som …" / "As a …": the role and where it is, up to the comma or "undrar jag".
    // Each way an opening after the first two begins ("Ja e", "im", "Vi skriver", "In my role as", "Till mitt …",
    // "Bures! Mun lean", "Nyinflyttad i", "Recently moved", …).
    ['Ja e lärare, vad gör ni mot narkotika på skolan?', 'vad gör ni mot narkotika på skolan?'],
    ['im a teacher, what do the police do about drugs?', 'what do the police do about drugs?'],
    ['Vi skriver ett grupparbete och undrar vilka som skrev under löftena.', 'undrar vilka som skrev under löftena.'],
    ['We are writing a school project, who signed the promises?', 'who signed the promises?'],
    ['In my role as a youth worker, what number do the kids call?', 'what number do the kids call?'],
    ['Till mitt skolarbete, vilka områden är prioriterade?', 'vilka områden är prioriterade?'],
    ['För min uppsats undrar jag vem som följer upp löftena.', 'undrar jag vem som följer upp löftena.'],
    ['Bures! Mun lean oahpaheaddji. Maid dahká politiija skuvllas?', 'Maid dahká politiija skuvllas?'],
    ['Nyinflyttad i Kiruna! Vilket nummer ringer jag om det inte är akut?', 'Vilket nummer ringer jag om det inte är akut?'],
    ['Nyanländ i Sverige, hur ringer jag polisen?', 'hur ringer jag polisen?'],
    ['Recently moved here. What is the emergency number?', 'What is the emergency number?'],
    ['Moved here, what number do I call for the police?', 'what number do I call for the police?'],
    ['Nyss flyttat hit. Vad gör polisen mot narkotika?', 'Vad gör polisen mot narkotika?'],
    ['Precis flyttat till Kiruna! Vad är medborgarlöften?', 'Vad är medborgarlöften?'],
    ['Som statsvetarstudent i Uppsala undrar jag vad syftet med löftena är?', 'undrar jag vad syftet med löftena är?'],
    ['As a safety coordinator in another municipality, what are your priority areas?', 'what are your priority areas?'],
    ['Som förälder undrar jag vad ni gör mot knark', 'undrar jag vad ni gör mot knark'],
    // Who, up to a comma; what one does in one's work or spare time.
    ['Jag är socialsekreterare, hur kan en klient göra en polisanmälan?', 'hur kan en klient göra en polisanmälan?'],
    ['Jag är förälder, vad gör ni mot narkotika? Berätta gärna.', 'vad gör ni mot narkotika? Berätta gärna.'],
    ['Jag är fritidsledare på en ungdomsgård, står det något om narkotika?', 'står det något om narkotika?'],
    ["I'm a youth worker in town, who do we call when it isn't urgent?", "who do we call when it isn't urgent?"],
    ['jag tränar ett juniorlag i hockey, vilket nummer kan de ringa?', 'vilket nummer kan de ringa?'],
    ['I coach a youth football team, what number can I give the kids?', 'what number can I give the kids?'],
    ["I volunteer at a women's shelter. What do the police promise about violence?", 'What do the police promise about violence?'],
    // Who, joined by "and"/"och" to wanting to know (residents39), and new in a place the same way.
    ["I'm a bus driver and I want to know what the police do about drunk drivers", 'I want to know what the police do about drunk drivers'],
    ['Jag är lärare på högstadiet och undrar om polisen besöker skolorna', 'undrar om polisen besöker skolorna'],
    ['Jag jobbar inom hemtjänsten och vill veta vart man ringer när det inte är akut', 'vill veta vart man ringer när det inte är akut'],
    ['I run a café on the main street and would like to know who to contact at the municipality', 'would like to know who to contact at the municipality'],
    ['Jag är ny i Kiruna och undrar vad medborgarlöften är', 'undrar vad medborgarlöften är'],
    // Those who need the promises in their work, and a piece of writing one works on (residents86).
    ['Som restaurangchef undrar jag hur vi anmäler en skadegörelse?', 'undrar jag hur vi anmäler en skadegörelse?'],
    ['I egenskap av föreningsledare undrar jag vad polisen gör mot langare?', 'undrar jag vad polisen gör mot langare?'],
    ['Jag är kommunpolitiker. Hur ska kommunen och polisen arbeta mot droger?', 'Hur ska kommunen och polisen arbeta mot droger?'],
    ['Jag arbetar på en restaurang och undrar vad polisen har lovat?', 'undrar vad polisen har lovat?'],
    ['Jag skriver en uppsats i samhällskunskap. Vad är medborgarlöften?', 'Vad är medborgarlöften?'],
    ['Jag skriver en artikel i lokaltidningen och undrar när löftena skrevs under?', 'undrar när löftena skrevs under?'],
    ['For an article, where have the citizen promises been published?', 'where have the citizen promises been published?'],
    ['Inför ett föräldramöte undrar jag om polisen samarbetar med skolan?', 'undrar jag om polisen samarbetar med skolan?'],
    ['Mun lean oahpaheaddji. Barget go politiija ja suohkan ovttas skuvllaid ovdii?', 'Barget go politiija ja suohkan ovttas skuvllaid ovdii?'],
  ])('drops who is asking: %j', (text, question) => {
    expect(withoutSelfIntroduction(text)).toBe(question);
  });

  it.each([
    // The opening is the topic, not the one who asks.
    'Knark överallt här. Vad gör ni åt det?',
    'langarna springer fritt här. ni vet ju vilka dom är',
    'Narkotika: vad gör polisen och kommunen?',
    'Lohpádusat – leago dušše politiija, vai maiddái suohkan?',
    'Skriv här, med korta meningar, vad uppföljningen säger.',
    // Not a role: how one feels, or what happened.
    'Jag är orolig, vad gör polisen mot knark?',
    'jag jobbar natt och någon har klottrat på min bil, hur anmäler jag det?',
    // Too little would be left.
    'pensionär här. hjälp mig',
    'Polisen här?',
    // The first sentence says more than who is asking, or asks.
    'Jag är renskötare och vi samer får ta emot mycket hat och hot. Står det nåt i löftena om det?',
    'Jag är orolig för narkotikan i stan. Vad gör ni?',
    // New to something else than the place.
    'New to the promises? Read them on kiruna.se.',
    'Nya i löftena: vad har ändrats?',
    // "Som" and "as" that say no role.
    'Som sagt, vad gör ni mot knark?',
    'As a result, what happens to the drug dealers?',
    // "And" that goes on with the situation, not with wanting to know.
    'Jag är förälder och min son har blivit hotad i skolan, vad gör ni?',
    "I'm a teacher and my pupils are scared of the older boys, who can help?",
    // A piece of writing about a topic: the topic stays (residents86).
    'Jag skriver en artikel om trafiksäkerhet. Vad gör polisen?',
    'For my essay about drugs, what do the police do?',
  ])('keeps %j whole', (text) => {
    expect(withoutSelfIntroduction(text)).toBe(text);
  });

  it('lets the search find the question behind a self-introduction', () => {
    const plain = engine.ask('vad räknas som nödläge, när ringer man ett ett två');
    const introduced = engine.ask('pensionär här. vad räknas som nödläge, när ringer man ett ett två');
    expect(plain.kind).toBe('answer');
    expect(introduced.kind).toBe('answer');
    if (plain.kind === 'answer' && introduced.kind === 'answer') expect(introduced.entry.id).toBe(plain.entry.id);
  });
});

describe('withoutGreetingAndSignOff', () => {
  it.each([
    ['Dear Sir or Madam, who has made these promises? Yours sincerely, Richard Berg', 'who has made these promises?'],
    ['God morgon! Hur ofta kommer narkotikahunden till skolan? Med vänliga hälsningar, Gunnel', 'Hur ofta kommer narkotikahunden till skolan?'],
    ['Hej. Jag undrar hur länge löftena gäller. Mvh Agneta', 'Jag undrar hur länge löftena gäller.'],
    ['Buorre beaivi! Makkár áššiide politiija bidjá deattu? Giitu, Máret', 'Makkár áššiide politiija bidjá deattu?'],
    ['where can she turn for support? Kind regards, a worried neighbour', 'where can she turn for support?'],
    ['vad gör polisen mot knark tack', 'vad gör polisen mot knark'],
    // Greetings in residents' other languages, and an apology or a plea after them.
    ['Hei, ursäkta mig, hur gör man en anmälan till polisen?', 'hur gör man en anmälan till polisen?'],
    ['Dzień dobry, förlåt, när ska man ringa 112?', 'när ska man ringa 112?'],
    ['Selam, hur kontaktar jag polisen när det inte är akut?', 'hur kontaktar jag polisen när det inte är akut?'],
    ['Good day, please, how I make report to police?', 'how I make report to police?'],
    ['Excuse me, who made these promises?', 'who made these promises?'],
    // A letter that closes twice or three times, and thanks for an answer.
    ['Goddag! Vem skrev under löftena? Tack på förhand. Med vänlig hälsning, Gösta Lind', 'Vem skrev under löftena?'],
    ['Dear Sir or Madam, where can I read the promises? With thanks, yours faithfully, Edna Blom', 'where can I read the promises?'],
    ['Hej, hur länge gäller löftena? Tacksam för svar. Hälsningar, Siv', 'hur länge gäller löftena?'],
    ['Bures! Gii lea dahkan lohpádusaid? Giitu ovddalgihtii! Dearvvuođaiguin, Ánte', 'Gii lea dahkan lohpádusaid?'],
    // A letter's address to its reader (residents66).
    ['Bästa Kiruna kommun! Vad är ett medborgarlöfte? Med vänlig hälsning, Gun', 'Vad är ett medborgarlöfte?'],
    ['Högt ärade polis och kommun, arbetar ni tillsammans mot våld?', 'arbetar ni tillsammans mot våld?'],
  ])('drops the letter around the question: %j', (text, question) => {
    expect(withoutGreetingAndSignOff(text)).toBe(question);
  });

  it.each([
    // A thanks that opens the message, not a sign-off.
    'Tack för svaret, men vad gör polisen mot knark i skolan?',
    // Too little would be left.
    'Hej! Tack Anna',
    'Dear all, thanks',
    // More than a name after the thanks.
    'thanks, and what do the police do about drugs in schools?',
    // A word that only begins like a sign-off, and thanks or regards that go on as a preposition (residents54: "how do
    // you tackle drugs" was cut to "how do you").
    'how do you tackle drugs',
    'what about traffic over thanksgiving weekend',
    'what is being done with regards to drugs',
    'I want to say thanks to the police for the traffic checks',
    // "bästa" that is no address to the reader.
    'Bästa sättet att nå kommunen, är det mejl?',
    'hur har det gått tack vare polisen',
  ])('keeps %j whole', (text) => {
    expect(withoutGreetingAndSignOff(text)).toBe(text);
  });

  it('lets the search find the question that a sign-off word only begins', () => {
    const r = engine.ask('how do you tackle drugs');
    expect(r.kind === 'answer' && r.entry.id).toBe('area-drugs');
  });

  it('lets the search find the question in a letter', () => {
    const r = engine.ask('Good morning. My daughter attends the gymnasieskola and mentioned a police dog search. Is this a regular occurrence? Kind regards, Susan');
    expect(r.kind === 'answer' && r.entry.id).toBe('drug-dog-school');
  });
});

describe('withoutPlainWordsRequest', () => {
  // How the asker wants it said is no part of the question (residents62).
  it.each([
    ['Kan du förklara med enkla ord vad ett medborgarlöfte är?', 'Kan du förklara vad ett medborgarlöfte är?'],
    ['Can you explain in plain words who made the promises?', 'Can you explain who made the promises?'],
    // Asked as a request of its own (residents87).
    ['vad ska ni fokusera på förklara enkelt', 'vad ska ni fokusera på'],
    ['what areas do you work on. short answer', 'what areas do you work on.'],
    ['explain simple what you do against alcohol and drugs', 'what you do against alcohol and drugs'],
    ['mii lea dat fleksibel guovlu. cilge alkit', 'mii lea dat fleksibel guovlu.'],
  ])('drops the wish for plain words: %j', (text, question) => {
    expect(withoutPlainWordsRequest(text)).toBe(question);
  });

  it('lets the search find what is asked in plain words', () => {
    const r = engine.ask('Kan du förklara med enkla ord vad ett medborgarlöfte är?');
    expect(r.kind === 'answer' && r.entry.id).toBe('about');
  });
});

describe('withoutHearsay', () => {
  it.each([
    ['Jag har hört att polisen bara gör slumpvisa razzior mot langare, stämmer det?', 'polisen bara gör slumpvisa razzior mot langare?'],
    ['En kompis sa att polisen letar narkotika med hund på lågstadieskolorna, är det sant?', 'polisen letar narkotika med hund på lågstadieskolorna?'],
    ['Stämmer det att löftena gäller till 2027?', 'löftena gäller till 2027?'],
    ['Someone told me the promises run for five years, true?', 'the promises run for five years?'],
    ['I heard burglary and graffiti are the focus now, is that right?', 'burglary and graffiti are the focus now?'],
    ['Lean gullan ahte narkobeana dárkkista mánáidskuvllaid, ii go joatkkaskuvlla?', 'narkobeana dárkkista mánáidskuvllaid, ii go joatkkaskuvlla?'],
    // Sami drafts: "someone said that …, is it true?", "is it true that …", "I read on Facebook that …".
    ['Muhtun dajai ahte politiija ii dárkkis johtolaga dálvet, lea go duohta?', 'politiija ii dárkkis johtolaga dálvet?'],
    ['Lea go duohta ahte skuvlaforum lea dušše oahpaheddjiide?', 'skuvlaforum lea dušše oahpaheddjiide?'],
    ['Lohken Facebookas ahte lohpádusat gusket dušše gávpogii', 'lohpádusat gusket dušše gávpogii'],
    ['Pensionärsföreningen vill veta vilka områden ni satsar på', 'Pensionärsföreningen vill veta vilka områden ni satsar på'],
    ['Vår hembygdsförening vill veta om Kiruna hade medborgarlöften förut', 'Kiruna hade medborgarlöften förut'],
    ['Our sports club wonders whether the promises cover traffic', 'the promises cover traffic'],
  ])('drops the hearsay and the group around the question: %j', (text, question) => {
    expect(withoutHearsay(text)).toBe(question);
  });

  it.each([
    // Too little would be left.
    'Stämmer det att de gäller?',
    'Is it true?',
    // No hearsay: the question itself.
    'Hur följs löftena upp?',
    'Stämmer det?',
  ])('keeps %j whole', (text) => {
    expect(withoutHearsay(text)).toBe(text);
  });

  it('lets the search find the question behind what the asker has heard', () => {
    const r = engine.ask('Jag har hört att polisen bara gör slumpvisa razzior mot langare, stämmer det?');
    expect(r.kind === 'answer' && r.entry.id).toBe('drug-intelligence');
  });
});

describe('withoutChatQuestion', () => {
  it.each([
    ['Är du en riktig människa eller en bot? Jag vill veta vilka som satte sina namn på medborgarlöftena.', 'Jag vill veta vilka som satte sina namn på medborgarlöftena.'],
    ['hey is this a real person or a bot okay anyway who put their names on the citizen promises', 'who put their names on the citizen promises'],
    ['are you a robot um okay what is the flexible part of the citizens promises', 'what is the flexible part of the citizens promises'],
    ['does this chat keep my phone number um how do I get hold of the council', 'how do I get hold of the council'],
    ['Hej bot! Vad är medborgarlöften för något?', 'Vad är medborgarlöften för något?'],
    ['Lea go dát ságastallan čiegus? Mu guoibmi cápmá mu, gosa sáhtán riŋget?', 'Mu guoibmi cápmá mu, gosa sáhtán riŋget?'],
  ])('drops the question about the chat in %j', (text, question) => {
    expect(withoutChatQuestion(text)).toBe(question);
  });

  it.each([
    // Only the question about the chat: answered as small talk.
    'are you a bot?',
    'Är du en människa?',
    // Not about the chat.
    'is this person a police officer who signed the promises',
    'bot för rattfylleri?',
  ])('keeps %j whole', (text) => {
    expect(withoutChatQuestion(text)).toBe(text);
  });

  it('lets the search find the question after one about the chat', () => {
    const q = 'hey is this a real person or a bot okay anyway who put their names on the citizen promises for the police and the council';
    const r = engine.ask(q);
    expect(r.kind === 'answer' && r.entry.id).toBe('signing');
  });
});

describe('withoutSourceMentions', () => {
  it.each([
    ['I artikeln stod det att polisen kontrollerar trafiken. Gäller det hela kommunen?', 'polisen kontrollerar trafiken. Gäller det hela kommunen?'],
    ['På mötet betonade de särskilt våld i nära relationer. Vad innebär löftet om det?', 'våld i nära relationer. Vad innebär löftet om det?'],
    ['Fram till när gäller medborgarlöftena som presenterades på mötet?', 'Fram till när gäller medborgarlöftena?'],
    ['Var publiceras information om arbetet, som de pratade om på mötet?', 'Var publiceras information om arbetet?'],
    ['Tidningen skrev om våld och trafik, men vilka är alla fokusområden?', 'våld och trafik, men vilka är alla fokusområden?'],
    ['Jag läste artikeln men förstår inte riktigt: vad är ett medborgarlöfte egentligen?', 'vad är ett medborgarlöfte egentligen?'],
    ['Någon sa efter mötet att man kan ringa en linje. Vilket nummer är det?', 'Någon sa att man kan ringa en linje. Vilket nummer är det?'],
    ['The paper called it a "new" citizen promise. Has Kiruna had citizen promises before?', 'a "new" citizen promise. Has Kiruna had citizen promises before?'],
    ["At the parents' meeting they said the police work on insecurity at school. What does that involve?", 'the police work on insecurity at school. What does that involve?'],
    ['Everyone at the meeting kept saying "citizen promises". Why do the police make them?', 'Everyone kept saying "citizen promises". Why do the police make them?'],
    ['Ođđasiin čuožžui ahte lohpádusat čuovvuluvvojit. Mo dat čuovvuluvvojit?', 'lohpádusat čuovvuluvvojit. Mo dat čuovvuluvvojit?'],
    ['Maid politiija ja suohkan háliidit olahit, nugo čoahkkimis dadje?', 'Maid politiija ja suohkan háliidit olahit?'],
  ])('drops where the asker read or heard of it: %j', (text, question) => {
    expect(withoutSourceMentions(text)).toBe(question);
  });

  it.each([
    // The knowledge's own words: its news, the meeting where the survey was presented.
    'Var hittar jag nyheter om medborgarlöftena?',
    'Vad sades på mötet på Högalidskolan?',
    'Where can I get news about this?',
    'When were the promises presented at a press meeting?',
    // Too little would be left.
    'Som det sades på mötet?',
  ])('keeps %j whole', (text) => {
    expect(withoutSourceMentions(text)).toBe(text);
  });

  it('lets the search find the question the asker read about (residents71)', () => {
    const r = engine.ask('Är det bara polisen som står bakom löftena, eller är kommunen också med, som det sades på mötet?');
    expect(r.kind === 'answer' && r.entry.id).toBe('parties');
    const s = engine.ask('På mötet betonade de särskilt våld i nära relationer. Vad innebär löftet om det?');
    expect(s.kind === 'answer' && s.entry.id).toBe('area-violence');
    const t = engine.ask("At the parents' meeting they said the police and the municipality work together on insecurity at school. What does that involve?");
    expect(t.kind === 'answer' && t.entry.id).toBe('school-forum');
  });
});

describe('withoutTextPlaces', () => {
  it.each([
    ['Tredje punkten under Det här ska vi göra – vad betyder den?', 'Det här ska vi göra – vad betyder den?'],
    ['The second bullet, the one about drugs – what does it mean in practice?', 'the one about drugs – what does it mean in practice?'],
    ['Den sista meningen i texten handlar om Facebook, vilka sidor är det?', 'texten handlar om Facebook, vilka sidor är det?'],
  ])('drops where in the text the asker points: %j', (text, question) => {
    expect(withoutTextPlaces(text)).toBe(question);
  });

  it.each([
    // No place in the text: an ordinal of something else.
    'Vad är första hjälpen?',
    'Is this the last line of defence?',
    'When is the first drug search this year?',
  ])('keeps %j whole', (text) => {
    expect(withoutTextPlaces(text)).toBe(text);
  });

  it('lets the search find the commitment the asker points to (residents94)', () => {
    const r = engine.ask('Femte punkten, den om trafiken – gäller den hela kommunen?');
    expect(r.kind === 'answer' && r.entry.id).toBe('traffic');
  });
});

describe('withoutSetAside', () => {
  it.each([
    ['Förutom droger, vad gör ni mot våld?', 'vad gör ni mot våld?'],
    ['Besides violence and drugs, what else is a priority?', 'what else is a priority?'],
    ['Vad gör polisen mot våld, utöver droger?', 'Vad gör polisen mot våld?'],
    ['Apart from the emergency number, how do I reach the police?', 'how do I reach the police?'],
    // What is not asked, before what is (residents92), and what is asked instead of something else.
    ['Inte trafiken, utan narkotikan – vad gör ni?', 'narkotikan – vad gör ni?'],
    ['Not about traffic, about drugs – what are you doing?', 'about drugs – what are you doing?'],
    ['Ii johtolat, muhto narkotihkka – maid dahkabehtet?', 'narkotihkka – maid dahkabehtet?'],
    ['Hur anmäler jag ett brott på nätet i stället för på stationen?', 'Hur anmäler jag ett brott på nätet?'],
    ['Leaving aside the school, what do you do about drugs?', 'what do you do about drugs?'],
    ['Ska jag ringa 114 14 och inte 112?', 'Ska jag ringa 114 14?'],
    // One of each word the patterns begin with (MAY_SET_ASIDE spares the patterns a question without any).
    ['Should I call 112 rather than 114 14?', 'Should I call 112?'],
    ['Can I report it online instead of at the station?', 'Can I report it online?'],
    ['Vad gör ni mot våld, snarare än narkotika?', 'Vad gör ni mot våld?'],
    ['Earret narkotihka, maid dahkabehtet veahkaváldái?', 'maid dahkabehtet veahkaváldái?'],
    ['Utöver trafiken, vad är prioriterat?', 'vad är prioriterat?'],
    ['Bortsett från skolan, vad gör polisen mot droger?', 'vad gör polisen mot droger?'],
    ['Frånsett trafiken, vad gör ni?', 'vad gör ni?'],
    ['Besides traffic, what else is a priority?', 'what else is a priority?'],
    ['Apart from drugs, what else do you work on?', 'what else do you work on?'],
    ['Other than drugs, what do the police focus on?', 'what do the police focus on?'],
    ['In addition to traffic, what else do you check?', 'what else do you check?'],
  ])('drops the topic set aside: %j', (text, question) => {
    expect(withoutSetAside(text)).toBe(question);
  });

  it.each([
    // No clause of its own: the words are the question.
    'Vad gör ni förutom att prata?',
    // Too little would be left.
    'Förutom droger, vad mer?',
    // Not only … but also: both are asked.
    'Handlar löftet inte bara om droger utan också om våld?',
    'Not only drugs, but also violence?',
    // How urgent it is says which number is asked for; so does "instead of 112".
    'Not urgent, which number do I call?',
    'Det är inte akut utan jag undrar bara vilket nummer jag ska ringa',
    'Vilket nummer ska jag ringa i stället för 112?',
    // "and not" before anything but a number says what is asked.
    'Svarar kommunen bara på svenska och inte på samiska?',
  ])('keeps %j whole', (text) => {
    expect(withoutSetAside(text)).toBe(text);
  });

  it('lets the search find the topic asked about, not the one set aside (residents73)', () => {
    const r = engine.ask('Förutom droger, vad gör ni mot våld?');
    expect(r.kind === 'answer' && r.entry.id).toBe('area-violence');
  });
});

describe('withoutPoliteness', () => {
  it.each([
    ['Om det inte är alltför mycket besvär, gäller trafikövervakningen hela kommunen?', 'gäller trafikövervakningen hela kommunen?'],
    ['Vad innebär det konkret, om jag får fråga?', 'Vad innebär det konkret?'],
    ["If you don't mind me asking, how often does the dog come to the school?", 'how often does the dog come to the school?'],
    ["I'd be grateful if you could tell me what survey the municipality ran in 2023?", 'what survey the municipality ran in 2023?'],
    ['Could you kindly explain how I report a crime?', 'how I report a crime?'],
    // A feeling said before the question (residents96).
    ['Skäms lite, men hur länge gäller löftena?', 'hur länge gäller löftena?'],
    ['Okay, embarrassing, but who signed the promises?', 'who signed the promises?'],
    // A letter's longer frames (residents90).
    ['I would be most grateful if you could tell me who made the promises.', 'who made the promises.'],
    ['Jag vore därför mycket tacksam om ni kunde berätta vem som skrev under löftena.', 'vem som skrev under löftena.'],
    ['Skulle ni vara så vänliga att tala om hur länge löftena gäller?', 'hur länge löftena gäller?'],
    ['Vore det möjligt att få veta hur polisen arbetar mot narkotika?', 'hur polisen arbetar mot narkotika?'],
  ])('drops the politeness around the question: %j', (text, question) => {
    expect(withoutPoliteness(text)).toBe(question);
  });

  it.each([
    // Too little would be left.
    'Om jag får fråga?',
    // No politeness: "kind" and "mind" as the words they are.
    'What kind of help is there for victims of violence?',
    // "tala om" is only "tell" after a polite frame: speaking a language is the question here.
    'Kan jag tala samiska med kommunen?',
  ])('keeps %j whole', (text) => {
    expect(withoutPoliteness(text)).toBe(text);
  });

  it('lets the search find the question behind the politeness (residents74)', () => {
    const r = engine.ask('I live near a fairly busy road and I was wondering, if you don\'t mind, what the police are doing to improve traffic safety?');
    expect(r.kind === 'answer' && r.entry.id).toBe('traffic');
  });
});
