/**
 * The villages and districts of Kiruna municipality, as residents name them before a question ("Vi bor i Vittangi, gäller
 * trafiklöftet här?", "I live out in Nikkaluokta, when should I call 112?", "Mun orun Gárasavvonis …"). The promises are
 * the same for the whole municipality, and the knowledge names few of these places, so such a name says where the asker
 * lives more than what the question is about: the search counts it against an entry at half an unknown word's weight
 * (SearchIndex PLACE_WEIGHT). A place the knowledge does name counts as its word.
 * Folded (see foldText), in Swedish, Northern Sami and Finnish/Meänkieli where residents use those names. Hand-written:
 * no maintained package lists the localities of one Swedish municipality.
 */
import { foldText } from './normalizeText.js';

const PLACES = new Set(
  [
    // Districts of the town.
    'Tuolluvaara', 'Lombolo', 'Luossavaara', 'Högalid', 'Bolagsområdet', 'Norrmalm', 'Matojärvi', 'Hägnan',
    'Lokförarbacken', 'Thulebacken',
    // Villages and places in the municipality, in Swedish (and the name most use).
    'Abisko', 'Björkliden', 'Riksgränsen', 'Vassijaure', 'Katterjåkk', 'Torneträsk', 'Kurravaara', 'Jukkasjärvi',
    'Poikkijärvi', 'Alttajärvi', 'Vittangi', 'Svappavaara', 'Karesuando', 'Soppero', 'Lannavaara', 'Kuttainen',
    'Saivomuotka', 'Målajärvi', 'Nikkaluokta', 'Kaalasjärvi', 'Puoltikasvaara', 'Pessinki', 'Merasjärvi',
    'Parkalompolo', 'Kattuvuoma', 'Laimoluokta', 'Rensjön', 'Peuravaara', 'Kebnekaise', 'Låktatjåkka',
    // Northern Sami names.
    'Gárasavvon', 'Čohkkiras', 'Vazáš', 'Ábeskovvu', 'Nihkkáluokta', 'Jukkasjávri',
    // Finnish and Meänkieli names.
    'Kaaresuvanto', 'Vittanki',
  ].map((name) => foldText(name)),
);

/** Case endings a place name takes: the Swedish genitive, and the Sami locative and illative ("Gárasavvonis", "Vazážii"). */
const ENDINGS = ['s', 'is', 'ii', 'as', 'ai', 'ain', 'i'];

/** Whether a folded word is the name of a village or district of Kiruna municipality, or such a name with a case ending. */
export function isLocalPlaceName(folded: string): boolean {
  if (PLACES.has(folded)) return true;
  for (const ending of ENDINGS) {
    if (folded.length > ending.length + 3 && folded.endsWith(ending) && PLACES.has(folded.slice(0, -ending.length))) return true;
  }
  return false;
}
