/**
 * The safety review sets in test/golden/safety/: messages written by reviewers who had not seen the rules, each with
 * the route they expected (`a|b` when either is right; `none` for an ordinary message). Each set was first run as it
 * came (the figures in the README and the closing notes), then rules were written from its misses; this test keeps
 * them from slipping back. A set is allowed a few misses, since a cue for one message can cost another. The safety
 * classifier (src/safety/safetyModel.ts) learns from these sets, so here they check rules and classifier together;
 * how the two do on messages neither has seen is measured on the sets in unseen/ (README, paragraphs on the safety check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectSafety } from '../../src/safety/detectSafety.js';

interface Reviewed {
  lang: string;
  text: string;
  expect: string;
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../golden/safety');
const sets = readdirSync(dir)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file): [string, Reviewed[]] => [
    file,
    readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Reviewed),
  ]);

describe('safety review sets', () => {
  it('has the sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(6);
  });

  it.each(sets)('%s: at least 97 %% of the alarms get a route the reviewer accepts, and at most 3 %% of ordinary messages raise one', (_file, messages) => {
    let alarms = 0;
    let alarmsRight = 0;
    let ordinary = 0;
    let falseAlarms = 0;
    const wrong: string[] = [];
    for (const m of messages) {
      const accepted = m.expect.split('|');
      const got = detectSafety(m.text)?.kind ?? 'none';
      const isAlarm = !accepted.includes('none');
      if (isAlarm) alarms++;
      else ordinary++;
      if (accepted.includes(got)) {
        if (isAlarm) alarmsRight++;
      } else {
        if (!isAlarm) falseAlarms++;
        wrong.push(`${got} (want ${m.expect}): ${m.text}`);
      }
    }
    expect({ alarmsRight: alarmsRight >= 0.97 * alarms, falseAlarms: falseAlarms <= 0.03 * ordinary, wrong }).toEqual(
      expect.objectContaining({ alarmsRight: true, falseAlarms: true }),
    );
  });
});

describe('everyday messages (unseen/everyday1.jsonl to everyday16.jsonl)', () => {
  // 300 ordinary messages each with everyday idioms and words that look like alarms ("drunknar i papper", "nearly had a
  // heart attack", "died of embarrassment", mine blasting, a death certificate), written blind in the nineteenth session
  // to probe the check: at that session's start 34 and 18 raised an alarm, after the exceptions written from them 15
  // and 9. everyday3, written blind in the twentieth session: 15 as it came, 9 after the exceptions written from it.
  // everyday4, written blind in the twenty-first session: 17 as it came, none after the exceptions written from it.
  // everyday5, written blind in the twenty-second session: 8 as it came, 1 after the exceptions written from it.
  // everyday6, written blind in the twenty-fourth session: 7 as it came, none after the exceptions written from it.
  // everyday7, written blind in the twenty-fifth session: 14 as it came, 3 after the exceptions written from it.
  // everyday8, written blind in the twenty-sixth session (half with the words of that session's new rules: a hose and
  // tape for a repair, petrol for the snowmobile, "nobody knows where the keys are"): 8 at the session's start, 9 as it
  // came (after review61's rules), 1 after the exceptions written from it. everyday9, written blind in the same session
  // with the words of review62's rules ("we know where you live" from a pizzeria, one's own address for a flea market):
  // 20 at the session's start, 22 as it came, 11 after the exceptions written from it. everyday10, written blind in the
  // same session (health, animals and nature, Norwegian and Danish visitors): 12 as it came, 11 after. everyday11,
  // written blind in the twenty-seventh session (close calls: "blood donation", "a killer deal", "drunknar i djupa
  // änden", a knife-free school campaign): 11 as it came, 2 after the exceptions written from it. everyday12, written
  // blind at that session's end with the everyday senses of its new rules' words (a sauna's smoke, a towed car, ice
  // fishing, a scout camp, shots from the moose hunt): 19 as it came (20 on the session's start rules), 4 after.
  // everyday13, written blind last in that session with the everyday senses of its last rules' words (a neighbour
  // travelling, a goodbye before a holiday, water pistols, lost in a video game): 18 as it came (17 on the start
  // rules), 8 after.
  // The classifier does not learn from them; the test only keeps the figures from slipping back.
  it.each(['everyday1.jsonl', 'everyday2.jsonl', 'everyday3.jsonl', 'everyday4.jsonl', 'everyday5.jsonl', 'everyday6.jsonl', 'everyday7.jsonl', 'everyday8.jsonl', 'everyday9.jsonl', 'everyday10.jsonl', 'everyday11.jsonl', 'everyday12.jsonl', 'everyday13.jsonl'])('%s: an alarm for at most 5 %% of them', (file) => {
    const messages = readFileSync(path.join(dir, 'unseen', file), 'utf8').split('\n').filter(Boolean)
      .map((line) => JSON.parse(line) as Reviewed);
    expect(messages).toHaveLength(300);
    const alarms = messages.filter((m) => detectSafety(m.text) !== null).map((m) => m.text);
    expect(alarms.length).toBeLessThanOrEqual(15);
  });

  // everyday14, written blind in the twenty-eighth session (120 messages: hunting, reindeer slaughter, sports, games,
  // idioms, matters long over, first-aid courses, a pet that ate poison): 9 as it came, 1 after the exceptions written
  // from it.
  // everyday15, written blind later in that session with the everyday senses of the session's new rules' words ("svårt
  // att få luft" in a sauna, "under snön", "by the throat" of a cold, "my partner hits the gym", "drunknar i
  // pappersarbete"): 23 as it came, 3 after the exceptions written from it.
  // everyday16, written blind at the session's end with the everyday senses of its last rules' words (a wolf on the
  // news, a damaged windscreen, dead animals by the road, statistics on threats): 11 as it came, 3 after.
  // everyday18, written blind in the thirty-first session (knives for handicraft and fish, hunting and biathlon shots, a
  // team beaten, a snowball, a frozen lock broken open, "the weather threatens"): 14 as it came, 5 after the exceptions
  // written from it.
  // everyday20, written blind in the thirty-second session (the mine, snow and cold, hunting and herding, idioms: "skjuta
  // iväg ett mejl", "fick nästan hjärtstopp när jag såg elräkningen", a dead battery, "a suicide mission", a moose on
  // the road): 9 as it came, none after the exceptions written from it.
  // everyday23, written blind in the thirty-third session with the everyday senses of its new rules' words (a carer who
  // lifts one into the car, medicine a doctor stopped, a wheelchair blown over, a child with autism away at camp, a
  // guardian who takes care of money): 14 at the session's start, 24 on its first new rules, 4 after the exceptions.
  // everyday24, written blind last in that session with the everyday senses of review93's rules' words and of "he'll"
  // (grass seed ordered, an "overdose" of Christmas food, sweets found in a child's room, "he'll burn the sausages"): 5
  // at the session's start, 8 as it came, none after the exceptions written from it. everyday25, written last with
  // review94's words (a cat that followed one home, bumper cars, a schedule that "krockar", a Christmas tree thrown
  // out, "granen" read as "grannen"): 11 at the session's start and as it came, none after.
  // everyday26, written blind in the thirty-fourth session with the everyday senses of review96's and review97's rules'
  // words (vitamins that "disappear", a sofa bought from someone never met, a teenager's "money mule", a walk one is
  // "forced" to take, ice and a record "slagna sönder", a dog that follows a boy): 12 at the session's start, 15 as it
  // came, none after the exceptions written from it. everyday27, written last in that session with the words of review98's
  // and review99's rules (neighbours away in Thailand, the sun not seen for weeks, a coach who grabbed the ball, a tackle
  // in a football game, a puck kicked into the goal, a fire in the lavvu): 6 at the session's start, 7 as it came, none
  // after. everyday28, written last with the words of review100's and review101's rules (a wheelchair pushed uphill, a
  // grandmother asleep or at bingo, a toddler at the bathroom door, "sa nej men han fortsatte" of a child and sweets, an
  // arm grabbed on the ice): 13 at the session's start, 15 as it came, 1 after. everyday29, written last with the words
  // of review102's and review103's rules (a last message in a group chat, "I feel like I'm dying after leg day", a knife
  // for the roast while the children play hide and seek, a day off everyone would be better off with): 14 at the
  // session's start, 18 as it came, 1 after. everyday30, written blind in the thirty-fifth session with the everyday
  // senses of review104's to review107's words (lawful hunting, a sauna stove, a cousin's wedding abroad, following on
  // Instagram, strict parents, "kniv?" asked in a shop): 5 as it came (before the session's rules too), 3 after.
  // everyday31, written blind in the thirty-sixth session with the everyday senses of review108's and review109's words
  // (the mine's blasting at night, a car that "went off the road" in a video game, ice that held, a storm warning, a
  // group chat that "exploded", "I want to die, this meeting…"): 9 as it came, 2 after. everyday32, written last in that
  // session with the words of review110's and review111's rules (reindeer driven into the corral, "great shots" at the
  // calf marking, exams that "kill" one, a knife for the hunting course one could borrow, "passed out" after a night
  // shift): 10 as it came, none after. everyday33, written last with the words of review112's and review113's rules
  // (Pride week, an "overdose" of Christmas sweets, "passed out laughing", children who will "crash" into trees on the
  // sledding hill): 4 as it came, none after. everyday34, written last with the words of review114's and review115's
  // rules (a puppy that "follows me everywhere", snow angels, "she won't let me go" of a book, a partner who "takes all
  // the money" at poker night, a sauna chimney that smokes): 22 as it came, 2 after. everyday35, written last with the
  // words of review116's and review117's rules (a wallet found and handed in, a heart "stolen", prices like "robbery",
  // a bike borrowed by a sister, a fire in the goahti stove): 21 as it came, 4 after. everyday36 and everyday37, written
  // blind in the thirty-seventh session (work and leisure in Kiruna: the mine's blasts, the hunt, the reindeer
  // slaughter, fishing, sport; and the hyperbole of young people: "jag dör", "this weather is trying to kill us",
  // paintball): 16 and 5 as they came, 6 and none after. everyday38 (crime at a distance: the news, TV series, a
  // documentary, a first-aid exam one "killed") and everyday39 (family life in the words of this session's new rules: a
  // child "not home" at practice, a grandmother who "fell" for skiing, a neighbour "not seen" who is the sun): 4 and 19
  // as they came, 1 and 4 after. everyday40 (everyday requests in the words of a cry for help: "Hjälp! Var hittar jag
  // blanketten", "kan ni skicka nån som lagar gatlampan") and everyday41 (village life, a third in Sami): 4 and 9 as they
  // came, none and 3 after. everyday42 (the bot's own topics asked about calmly: "misshandel" after the news, naloxone
  // for a care home, a poster with the helplines): 5 as it came, 1 after. everyday43 (sport, outdoor life and local
  // news: a biathlon range, demolitions that bang, a race one "collapsed" at from joy, a "bloodbath" on the snowmobile
  // track): 8 as it came, none after. everyday44 (money and cards in everyday life: the bank that really called, a
  // grandmother's card used for her shopping, a brother who "took all my money" at poker) and everyday45 (outdoor life
  // and evenings told calmly: someone "supposed to be back" who called, a hangover, a GPS that puts one in the lake),
  // written blind in the thirty-eighth session with the words of its new rules: 13 and 9 as they came, 6 and 4 after.
  // everyday46 (health and care told calmly: a fall on the ice that healed, iron tablets, "förkylningen tar livet av
  // mig"), written last in that session: 5 as it came, 3 after. everyday47 (travel, public places and the building told
  // calmly: "this workout killed me", a taxi driver who "waited"), written last: 8 as it came, 2 after. everyday48
  // (sports clubs and seasonal work told calmly: "tränaren kommer köra ihjäl oss", "parents are killing themselves
  // driving"), written last: 8 as it came, 4 after. everyday49 (dating, relationships and family told calmly), written
  // last in that session: 13 as it came; in the thirty-ninth session, with quarrels that "exploded" over politics and
  // ideas "shot down" no longer read as blasts or shots, 6. everyday50 (family life and holidays told calmly, written
  // blind in the thirty-ninth session as a check of that change) and everyday51 (games, hobbies and the outdoors): 8 and
  // 4 as they came, 6 and 1 after. everyday56 (Christmas and the dark season: a gingerbread house that needs an
  // "AMBULANS", a sister's "är du död för mig 😂", Santa who "kidnapped" a husband) and everyday57 (games, films, books and
  // hunting stories), written blind in the fortieth session: 13 and 2 as they came, 2 and 1 after. everyday58 (scares
  // taken back at once: "Jag hörde skott i natt!! Eller... det var fyrverkerier") and everyday59 (people asking about
  // crime in general: essays, lessons, research), written blind later in that session: 17 and 6 as they came, 5 and 1
  // after. everyday62 (work and study told in dramatic words) and everyday63 (venting and tiredness without danger),
  // written last in that session: 5 and 5 as they came, 0 and 3 after. everyday64 (the town move and the mine's blasts:
  // "DET SMALL!!", "trodde huset skulle rasa", a mailbox from a house that "ska krossas") and everyday65 (parents'
  // everyday talk: "mord och brand här hemma", a son "kidnappad av aliens", a mitten the wind "stole"), written blind in
  // the forty-first session: 7 and 12 as they came, 2 and 3 after. everyday66 (Christmas preparations and the dark season:
  // "Ugnen brann nästan upp", "Julklappsstressen dödar mig", a ham that "exploded"), written later in that session: 7 as it
  // came, 2 after. everyday67 (sports and the outdoors in dramatic words: "Mördarpass", "som ett lik" after 30 km, a
  // relay runner who "collapsed over the finish line" and ate three cinnamon buns), written last in that session: 14 as it
  // came, 4 after.
  // everyday68 (teenagers gaming and before the exams: "döda mig nu... matteprov imorgon", "Goddan du Minecraftas",
  // "the group chat is on fire"), written blind in the forty-second session: 11 as it came, 0 after.
  // everyday69 (tourism in winter: "himlen exploderade", "vi gick vilse på bästa sättet", "attackerade av en flock
  // renar lol"), written later in that session: 7 as it came, 0 after.
  // everyday70 (home life in the dark season: "Pepparkakshuset dog", "Brasan tar livet av mig", "I'm drowning in
  // laundry"), written later in that session: 16 as it came, 2 after.
  // everyday71 (venting about local politics: "den här budgeten dödar stan", "politikerna borde skjutas i foten",
  // "bleeding the schools dry"), written later in that session: 9 as it came, 1 after.
  // everyday72 (health and the body in winter: "influensan slog ut mig", "the dentist absolutely murdered me", a flu shot
  // that feels "like someone beat it with a bat"), written later in that session: 12 as it came, 0 after. everyday73
  // (relationships and family talk: "Frun dödar mig med blicken", "jag ska strypa honom om han glömmer julklapparna"),
  // written last in that session: 13 as it came, 5 after.
  // everyday74 (drinking and the Christmas party season: "Shots fired at the afterwork 🥃", "how long until I can
  // drive after a glass of wine?") and everyday75 (winter driving in dramatic words: "driving in Kiruna is suicidal",
  // "Nobody crashed, it's just confusing"), written blind in the forty-third session: 4 and 6 as they came, 1 and 0 after.
  // everyday76 (everyday talk mixing languages: "dödsstressad", "help mie", "I'm dead 💀"), written later in that
  // session: 0 as it came. everyday77 (Sami family life in winter, 60 se: herding work, slaughter, homework "veahket",
  // Fortnite "goddii mu"), written last in that session: 8 as it came, 3 after.
  it.each([['everyday14.jsonl', 120], ['everyday15.jsonl', 120], ['everyday16.jsonl', 100], ['everyday18.jsonl', 120], ['everyday20.jsonl', 120], ['everyday23.jsonl', 120], ['everyday24.jsonl', 120], ['everyday25.jsonl', 120], ['everyday26.jsonl', 120], ['everyday27.jsonl', 120], ['everyday28.jsonl', 120], ['everyday29.jsonl', 120], ['everyday30.jsonl', 120], ['everyday31.jsonl', 120], ['everyday32.jsonl', 120], ['everyday33.jsonl', 120], ['everyday34.jsonl', 120], ['everyday35.jsonl', 120], ['everyday36.jsonl', 120], ['everyday37.jsonl', 120], ['everyday38.jsonl', 120], ['everyday39.jsonl', 120], ['everyday40.jsonl', 120], ['everyday41.jsonl', 120], ['everyday42.jsonl', 120], ['everyday43.jsonl', 120], ['everyday44.jsonl', 120], ['everyday45.jsonl', 120], ['everyday46.jsonl', 120], ['everyday47.jsonl', 120], ['everyday48.jsonl', 120], ['everyday49.jsonl', 120], ['everyday50.jsonl', 120], ['everyday51.jsonl', 120], ['everyday56.jsonl', 120], ['everyday57.jsonl', 120], ['everyday58.jsonl', 120], ['everyday59.jsonl', 120], ['everyday62.jsonl', 120], ['everyday63.jsonl', 120], ['everyday64.jsonl', 120], ['everyday65.jsonl', 120], ['everyday66.jsonl', 120], ['everyday67.jsonl', 120], ['everyday68.jsonl', 120], ['everyday69.jsonl', 120], ['everyday70.jsonl', 120], ['everyday71.jsonl', 120], ['everyday72.jsonl', 120], ['everyday73.jsonl', 120], ['everyday74.jsonl', 120], ['everyday75.jsonl', 120], ['everyday76.jsonl', 120], ['everyday77.jsonl', 120]])('%s: an alarm for at most 5 %% of them', (file, size) => {
    const messages = readFileSync(path.join(dir, 'unseen', file), 'utf8').split('\n').filter(Boolean)
      .map((line) => JSON.parse(line) as Reviewed);
    expect(messages).toHaveLength(size);
    const alarms = messages.filter((m) => detectSafety(m.text) !== null).map((m) => m.text);
    expect(alarms.length).toBeLessThanOrEqual(0.05 * size);
  });
});
