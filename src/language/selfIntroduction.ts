/**
 * Residents often say who they are before they ask ("Renskötare här. Vi får hat och hot …", "pensionär här, vad
 * räknas som nödläge", "lärare: otrygg skolmiljö …", "tourist here, my bag was stolen …", "Worried dad here."). Those
 * words describe the one who asks, not the question, yet the search counts every word of a question against an entry
 * that lacks it. This drops such an opening so that the search weighs the question itself; the language is still
 * decided on the whole message.
 *
 * Only a closed list of words for who someone is counts (a role, a trade, a family tie), so that an opening about the
 * topic ("Knark överallt här.", "Lohpádusat – …") is never dropped. Hand-written: no maintained package knows these
 * Swedish and English openings.
 */

/** Who someone is: whole words, or the end of a compound ("busschaufför", "butiksägare", "undersköterska"). */
const ROLE =
  '(?:pensionär|förälder|föräldrar|mamma|pappa|mor|far|farmor|mormor|farfar|morfar|lärare|elev|student|studerande|' +
  'renskötare|turist|journalist|reporter|invånare|kirunabo|granne|företagare|butiksägare|\\p{L}*chaufför|\\p{L}*förare|' +
  '\\p{L}*ägare|\\p{L}*sköterska|\\p{L}*lärare|läkare|socionom|ungdom|tonåring|nyinflyttad|nyanländ|' +
  'pensioner|retiree|parent|parents|mum|mom|dad|father|mother|grandma|grandpa|grandmother|grandfather|teacher|pupil|' +
  'student|herder|reindeer herder|tourist|visitor|journalist|reporter|resident|local|neighbour|neighbor|expat|' +
  'newcomer|nurse|doctor|\\p{L}*driver|\\p{L}*owner|business owner|shop owner|miner|worker|teen|teenager|' +
  // From outside Kiruna too: researchers, students of a subject, officials of another municipality (residents27).
  '\\p{L}*student|forskare|doktorand|tjänsteperson|tjänsteman|handläggare|samordnare|\\p{L}*samordnare|' +
  'researcher|coordinator|officer|official|civil servant|' +
  // People who meet residents in their work or spare time (residents31): a social worker, a youth leader, a coach.
  '\\p{L}*sekreterare|\\p{L}*ledare|\\p{L}*arbetare|kurator|rektor|präst|pastor|diakon|\\p{L}*tränare|volontär|' +
  'bibliotekarie|social worker|youth worker|counsellor|counselor|principal|headteacher|priest|vicar|coach|volunteer|' +
  'librarian)';
/** An emoji may end the opening as a full stop would ("Tourist here 🙂 what's the emergency number?"). */
const EMOJI = '[\\p{Extended_Pictographic}\\uFE0F]';
/** A greeting word. */
const HELLO = '(?:hej|hejsan|hallå|hello|hi|hey)';
/** The start of a message, with an optional greeting ("Hej!", "Hi,"). */
const START = `^(?:${HELLO}[\\s,.!]+)?`;
/** An optional greeting, an optional word before the role ("Worried dad", "Taxi driver", "orolig mamma"). */
const LEAD = `${START}(?:[\\p{L}-]+\\s+)?`;
/** "I am", as residents type it. */
const I_AM = "(?:jag är|jag e|ja e|i am|i'm|im)";
/**
 * "… och vill veta", "… and I'd like to know": who someone is, joined to the question by "and" (residents39: "I'm a
 * journalist and I'd like to know who signed …", "Jag är journalist och vill veta hur polisen …"). Only before a
 * word of wanting or wondering, so that what follows is the question.
 */
const AND_WANTS =
  "\\s+(?:och|and)\\s+(?=(?:jag vill|jag undrar|jag skulle vilja|vill|undrar|skulle vilja|i'd like|i would like|i want|" +
  "i wonder|i'm wondering|i am wondering|i need|would like|want|wonder)\\s)";
const OPENINGS = [
  // "pensionär här.", "Worried dad here:", "tourist here -"
  new RegExp(`${LEAD}${ROLE}\\s+(?:här|here)\\s*(?:[,.:;!–—-]|${EMOJI})+\\s*`, 'iu'),
  // "lärare: …", "tourist – …"
  new RegExp(`${LEAD}${ROLE}\\s*(?::|\\s[–—-])\\s+`, 'iu'),
  // A short first sentence that only says who: "Jag är journalist på lokaltidningen.", "Jag är 78 år och kan inte
  // datorer.", "I'm a teacher at the gymnasium." (at most five more words, and ended by a full stop, not a question).
  new RegExp(
    `${START}${I_AM}\\s+(?:en |ett |a |an )?` +
      `(?:\\d+\\s*(?:år|years?)(?:\\s+(?:gammal|old))?|${ROLE})(?:\\s+[\\p{L}\\d'-]+){0,5}\\s*[.!]+\\s+`,
    'iu',
  ),
  // Who, said up to a comma: "Jag är socialsekreterare, hur kan …", "I'm a youth worker at the youth centre, …".
  new RegExp(`${START}${I_AM}\\s+(?:en |ett |a |an )?${ROLE}(?:\\s+[\\p{L}\\d'-]+){0,5}\\s*,\\s+`, 'iu'),
  // Who, joined by "and" to wanting to know: "I'm a reindeer herder and I'd like to know whether …", "I'm a bus driver
  // and I want to know …" (a word may come before the role, as in LEAD).
  new RegExp(`${START}${I_AM}\\s+(?:en |ett |a |an )?(?:[\\p{L}-]+\\s+)?${ROLE}(?:\\s+[\\p{L}\\d'-]+){0,5}?${AND_WANTS}`, 'iu'),
  // What one does, in one short sentence or up to a comma: "Jag tränar ett juniorlag i hockey, …", "I coach a youth
  // football team, …", "I volunteer at a women's shelter." (at most five more words).
  new RegExp(
    `${START}(?:jag tränar|jag coachar|jag jobbar som|jag arbetar som|i coach|i volunteer|i work as|i teach)` +
      `(?:\\s+[\\p{L}\\d'’-]+){1,6}\\s*[.!,]+\\s+`,
    'iu',
  ),
  // The same, or a business one runs, joined by "and" to wanting to know: "Jag driver en butik i centrum och vill …",
  // "I work in social services and I'd like to know …" (at most six more words).
  new RegExp(
    `${START}(?:jag tränar|jag coachar|jag jobbar som|jag jobbar inom|jag arbetar som|jag arbetar inom|jag driver|` +
      `jag har en (?:butik|affär|restaurang|firma)|i coach|i volunteer|i work as|i work in|i teach|i run|i own)` +
      `(?:\\s+[\\p{L}\\d'’-]+){1,6}?${AND_WANTS}`,
    'iu',
  ),
  // "Som statsvetarstudent i Uppsala undrar jag …", "As a safety coordinator in another Swedish municipality, …": the
  // role and where it is (at most six more words), up to the comma or the "undrar jag" that starts the question.
  new RegExp(
    `${START}(?:som|as an?)\\s+(?:en\\s+|ett\\s+)?(?:[\\p{L}-]+\\s+)?${ROLE}` +
      `(?:\\s+[\\p{L}\\d'-]+){0,6}?(?:\\s*,\\s+|\\s+(?=(?:undrar jag|vill jag|skulle jag|har jag)\\s))`,
    'iu',
  ),
  // New in town: "New to Kiruna 👋", "ny i Kiruna!", "I'm new here,", "just moved here.", "har precis flyttat hit."
  new RegExp(
    `${START}(?:${I_AM}\\s+)?` +
      `(?:(?:new|ny|nyinflyttad|nyanländ)\\s+(?:to|in|i|here|här)|` +
      `(?:just moved|recently moved|moved|har precis flyttat|har nyss flyttat|nyss flyttat|precis flyttat|har flyttat)` +
      `\\s+(?:to|here|hit|till))` +
      `(?:\\s+(?:kiruna|town|stan|sweden|sverige|here|hit))?\\s*(?:[,.:;!–—-]|${EMOJI})+\\s*`,
    'iu',
  ),
  // "I'm new in Sweden and I'd like to know when …", "Jag är ny i Kiruna och undrar …".
  new RegExp(
    `${START}(?:${I_AM}\\s+)?(?:new|ny|nyinflyttad|nyanländ)\\s+(?:to|in|i|here|här)` +
      `(?:\\s+(?:kiruna|town|stan|sweden|sverige))?${AND_WANTS}`,
    'iu',
  ),
];

/** Words a question must keep after the opening is dropped; a shorter rest keeps the message whole. */
const MIN_REST_WORDS = 3;

/**
 * Each opening ends in one of these marks, begins with "som"/"as a", or (joined by "and" to wanting to know) begins
 * with "jag"/"I" or "ny"/"new"; a message without any (most questions) is not searched for them.
 */
const OPENING_MARKS = new RegExp(
  `[,.:;!–—-]|\\p{Extended_Pictographic}|^\\s*(?:som|as)\\s|^\\s*(?:${HELLO}\\s+)?(?:jag|ja|i|i'm|im|new|ny|nyinflyttad|nyanländ)\\s`,
  'iu',
);

export function withoutSelfIntroduction(text: string): string {
  return OPENING_MARKS.test(text) ? withoutFirstOpening(text, OPENINGS) : text;
}

/** The text after the first of the openings that matches with at least MIN_REST_WORDS words after it, else the text. */
function withoutFirstOpening(text: string, openings: readonly RegExp[]): string {
  for (const opening of openings) {
    const match = opening.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    if (wordCount(rest) >= MIN_REST_WORDS) return rest;
  }
  return text;
}

/**
 * A letter's greeting and sign-off ("Dear Sir or Madam, … Kind regards, Edward", "Goddag. … Vänligen, Hilding",
 * "Buorre beaivi! … Giitu, Máret"): older residents write to the municipality as they would write a letter. The
 * greeting, the closing words and the name after them (at most three words, the last of the message) describe the
 * letter, not the question, and a name is an unknown word that counts against every entry. Dropped like a
 * self-introduction, only when at least MIN_REST_WORDS words remain.
 */
const GREETING = new RegExp(
  '^(?:(?:dear\\s+(?:sir\\s*(?:or|/)\\s*madam|sir|madam|all|team)|good\\s+(?:morning|afternoon|evening|day)|' +
    'god\\s+(?:morgon|middag|kväll|dag)|goddag|hej|hejsan|hallå|hello|hi|hey|buorre\\s+(?:beaivi|iđit|eahket)|bures|' +
    // Greetings in the other languages of Kiruna's residents (residents32: Finnish and Meänkieli, Polish, Arabic and
    // Tigrinya, Thai), which are unknown words to every entry.
    'hei|moi|moikka|terve|päivää|hyvää\\s+päivää|huomenta|dzień\\s+dobry|dzien\\s+dobry|cześć|czesc|selam|salam|salaam|' +
    'as-?salaam?u\\s+alaikum|marhaba|sawasdee|sawadee|hola|bonjour|hallo|' +
    // A letter's address to its reader (residents66: "Bästa Kiruna kommun!", "Högt ärade polis och kommun,").
    '(?:bästa|kära|högt\\s+ärade|ärade)\\s+(?:kiruna\\s+)?(?:kommun(?:en)?|polis(?:en)?|mottagare|handläggare|herrar|damer)' +
    '(?:\\s+och\\s+(?:kommun(?:en)?|polis(?:en)?))?)' +
    '(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s*[,.!:]+\\s*)?' +
    // An apology or a plea before the question ("Hei, ursäkta mig, …", "Good day, please, …").
    '(?:(?:ursäkta(?:\\s+mig)?|förlåt(?:\\s+mig)?|snälla|excuse\\s+me|sorry|please|pardon)\\s*[,.!:]+\\s*)?',
  'iu',
);
const SIGN_OFF = new RegExp(
  '(?<=[\\s,.!?])[\\s,]*(?:mvh|med\\s+vänlig(?:a)?\\s+hälsning(?:ar)?|vänliga\\s+hälsningar|hälsningar|hälsning|vänligen|' +
    'tack\\s+på\\s+förhand|tack\\s+så\\s+mycket|tack|kind\\s+regards|best\\s+regards|warm\\s+regards|regards|' +
    'yours\\s+sincerely|yours\\s+faithfully|sincerely|best\\s+wishes|thanks\\s+in\\s+advance|thank\\s+you\\s+in\\s+advance|' +
    'thanks|thank\\s+you|cheers|giitu|dearvvuođat)' +
    // A whole word: "tack" is no sign-off in "how do you tackle drugs", nor "thanks" in "thanksgiving"; nor one that
    // goes on as a preposition: "thanks to the police", "with regards to drugs", "tack vare polisen".
    '(?![\\p{L}\\p{N}])(?!\\s+(?:to|vare)(?![\\p{L}\\p{N}]))' +
    // The name, or who signs ("a concerned neighbour"): at most three words, the last of the message.
    '[\\s,.!]*(?:[\\p{L}\'-]+(?:[\\s-]+[\\p{L}\'-]+){0,2})?[\\s.!]*$',
  'iu',
);

export function withoutGreetingAndSignOff(text: string): string {
  let rest = text;
  const greeting = GREETING.exec(rest);
  // Both parts of GREETING are optional, so it matches every text: most at no length, and those are left alone.
  if (greeting && greeting[0].length > 0 && wordCount(rest.slice(greeting[0].length)) >= MIN_REST_WORDS) rest = rest.slice(greeting[0].length);
  const signOff = SIGN_OFF.exec(rest);
  if (signOff && wordCount(rest.slice(0, signOff.index)) >= MIN_REST_WORDS) rest = rest.slice(0, signOff.index).trimEnd();
  return rest;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * What the asker has heard, and a check of it ("Jag har hört att …", "Stämmer det att …", "I heard …", "Lean gullan ahte
 * …", "…, is that right?"), and a group one asks for ("Vår hembygdsförening vill veta om …", "Our sports club wonders
 * whether …"): words about the asking, not the question, which the search would count against every entry (residents45,
 * questions with a mix-up to see through). Dropped like a self-introduction, only when at least MIN_REST_WORDS remain.
 * Hand-written: no maintained package knows these Swedish, English and Sami frames (the Sami one a draft).
 */
const HEARSAY_OPENINGS = [
  new RegExp(
    '^(?:(?:jag\\s+)?(?:har\\s+)?(?:hört|hörde|läst|läste|sett|såg)(?:\\s+(?:någonstans|nånstans|på\\s+stan|på\\s+facebook|i\\s+tidningen))?|' +
      '(?:en\\s+kompis|min\\s+kompis|min\\s+granne|någon|nån|folk)\\s+(?:sa|sade|säger|påstår)(?:\\s+till\\s+mig)?|' +
      'det\\s+sägs|stämmer\\s+det|är\\s+det\\s+sant|är\\s+det\\s+så|lean\\s+gullan|gullen|gullán)\\s+(?:att|ahte)\\s+',
    'iu',
  ),
  new RegExp(
    "^(?:i(?:'ve|\\s+have)?\\s+(?:heard|read|was\\s+told)|(?:a\\s+friend|my\\s+friend|my\\s+neighbou?r|someone|people)\\s+" +
      "(?:told\\s+me|said|says|say)|is\\s+it\\s+true|is\\s+it\\s+right)\\s+(?:that\\s+)?",
    'iu',
  ),
  new RegExp(
    "^(?:vår|vårt|våra|min|mitt|mina|our|my)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:vill\\s+veta|undrar|frågar|is\\s+asking|are\\s+asking|asks|" +
      'wants\\s+to\\s+know|want\\s+to\\s+know|would\\s+like\\s+to\\s+know|wonders|wonder)\\s+(?:om\\s+|whether\\s+|if\\s+)?',
    'iu',
  ),
];
const HEARSAY_CHECK_AT_END = /[,\s]+(?:stämmer\s+det|är\s+det\s+sant|är\s+det\s+så|eller\s+hur|is\s+that\s+(?:right|true|correct)|right|duohta\s+go|duohtago)\s*[?!.]*\s*$/iu;

/**
 * A question about the chat itself before the real one ("Är du en riktig människa eller en bot? Jag vill veta vilka som
 * …", "is this conversation private um my husband …", "are you a robot um okay what is …", "Lea go dát ságastallan
 * čiegus?"): words about the asking, which the search would count against every entry (residents50). A message that
 * is only such a question is left whole (the bot answers it as small talk). Hand-written like the openings above (the
 * Sami one a draft).
 */
const CHAT_QUESTION_OPENINGS = [
  new RegExp(
    `^(?:${HELLO}[\\s,.!]*)?(?:bot[\\s,.!]+)?(?:bot(?=[\\s,.!])|är\\s+(?:du|det\\s+här)\\s+(?:en\\s+)?(?:riktig\\s+)?(?:människa|person|bot|robot|chattbot|ai|maskin)` +
      '(?:\\s+eller\\s+(?:en\\s+)?(?:bot|robot|människa|maskin))?|är\\s+det\\s+en\\s+(?:människa|person|robot|bot)\\s+som\\s+svarar|' +
      'sparar\\s+du\\s+(?:det\\s+här|mina\\s+meddelanden|det\\s+jag\\s+skriver|mitt\\s+nummer)|är\\s+det\\s+här\\s+(?:privat|anonymt|hemligt)|' +
      'jag\\s+testar\\s+bara\\s+om\\s+du\\s+funkar)\\s*[?.!]+\\s*',
    'iu',
  ),
  new RegExp(
    `^(?:${HELLO}[\\s,.!]*)?(?:(?:so\\s+)?(?:is\\s+this|are\\s+you)\\s+(?:(?:a\\s+)?(?:real\\s+)?(?:bot|robot|ai|machine)|a\\s+(?:real\\s+)?(?:person|human)|real\\s+(?:person|human))` +
      '(?:\\s+or\\s+(?:a\\s+)?(?:bot|robot|person|human|machine))?|is\\s+this\\s+(?:conversation|chat)\\s+(?:private|anonymous|saved|recorded)|' +
      'are\\s+you\\s+(?:saving|recording|storing)\\s+this|does\\s+this\\s+chat\\s+(?:keep|save|store)\\s+my(?:\\s+[\\p{L}]+){1,2}|' +
      'can\\s+i\\s+come\\s+back\\s+to\\s+this\\s+chat\\s+later)(?=[\\s,.!?])(?:[\\s,.!?]+(?:um+|uh+|okay|ok|so|anyway|well)(?=[\\s,.!?]))*[\\s,.!?]*',
    'iu',
  ),
  new RegExp(
    '^(?:(?:bures|buorre\\s+beaivi)[\\s,.!]*)?(?:leat\\s*go\\s+don\\s+(?:olmmoš|olmmos|robohtta|robot|bot)|lea\\s*go\\s+dát\\s+ságastallan\\s+(?:čiegus|ciegus|priváhta)|' +
      'sáhtán\\s*go\\s+čállit\\s+sámegillii\\s+dása)\\s*[?.!]+\\s*',
    'iu',
  ),
];

export function withoutChatQuestion(text: string): string {
  return withoutFirstOpening(text, CHAT_QUESTION_OPENINGS);
}

export function withoutHearsay(text: string): string {
  let rest = withoutFirstOpening(text, HEARSAY_OPENINGS);
  const check = HEARSAY_CHECK_AT_END.exec(rest);
  if (check && wordCount(rest.slice(0, check.index)) >= MIN_REST_WORDS) rest = `${rest.slice(0, check.index)}?`;
  return rest;
}

/**
 * How the asker wants it said ("med enkla ord", "in plain words"): words about the answer, not the question
 * (residents62: "Kan du förklara med enkla ord vad ett medborgarlöfte är?" got the follow-up, whose keywords have
 * "bara fina ord"). Dropped only when at least MIN_REST_WORDS remain.
 */
export function withoutPlainWordsRequest(text: string): string {
  const plain = text.replace(PLAIN_WORDS_REQUEST, ' ').replace(/\s{2,}/g, ' ').trim();
  return plain !== text.trim() && wordCount(plain) >= MIN_REST_WORDS ? plain : text;
}

/** A wish for plain words, in Swedish and English (hand-written like the openings above). */
const PLAIN_WORDS_REQUEST = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:(?:med|i|på)\\s+(?:enkla|lätta|enkel|lätt)\\s+(?:ord|svenska)|på\\s+ett\\s+(?:enkelt|lätt)\\s+sätt|på\\s+lättläst\\s+svenska|' +
    'in\\s+(?:simple|plain|easy)\\s+(?:words|terms|english|language)|in\\s+a\\s+simple\\s+way|simply\\s+put)(?![\\p{L}\\p{N}])',
  'giu',
);
