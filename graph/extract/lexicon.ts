// Word lists the NER leans on: offices, organisation heads, actor nouns, and compromise's lexicon of first names
// and common words (a dictionary lookup only: running compromise's tagger costs ~100 ms per 16 KB article).
import nlp from 'compromise';
import { remembered } from '../remember';

/** Words that name an office ("Defense Minister", "Secretary-General", "Gen."). */
export const ROLE_HEADS = new Set([
  'minister', 'president', 'chancellor', 'secretary', 'secretary-general', 'premier', 'spokesperson', 'spokesman',
  'spokeswoman', 'gen', 'general', 'commander', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'chief', 'head',
  'leader', 'adviser', 'advisor', 'representative', 'commissioner', 'mayor', 'governor', 'senator', 'admiral', 'aide',
  'negotiator', 'counterpart', 'boss', 'pope', 'diplomat', 'co-leader', 'chairman', 'chairwoman',
]);

/** Honorifics and ranks before a name ("Mr", "Sir", "Lt. Gen.", "Adm", "Democratic Senator"): never part of the name. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'dr', 'prof', 'professor', 'rev', 'gen', 'general',
  'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'cmdr', 'commander',
  'brig', 'brigadier', 'sgt', 'sergeant', 'marshal', 'sen', 'senator', 'rep', 'congressman', 'congresswoman', 'gov',
  'mp', 'mep', 'cllr', 'councillor', 'democratic', 'democrat', 'republican', 'labour', 'conservative', 'premier',
  // Translated copy keeps the source language's forms of address ("Herr Merz", "Monsieur Macron", "Signora Meloni").
  'herr', 'frau', 'monsieur', 'madame', 'mme', 'signor', 'signora', 'señor', 'senor', 'señora', 'senora',
]);

/** Honorifics that go with a given name rather than a surname ("Sir Keir", "Dame Jane"). */
export const GIVEN_NAME_HONORIFICS = new Set(['sir', 'dame', 'lord', 'lady']);

/** Words that qualify an office ("Prime", "Foreign", "former"); an office needs a head after them. */
export const ROLE_MODIFIERS = new Set([
  'prime', 'foreign', 'defense', 'defence', 'deputy', 'vice', 'interior', 'finance', 'economy', 'state', 'former',
  'retired', 'acting', 'commanding', 'top', 'senior', 'security', 'national', 'high', 'military', 'of', 'european',
  'council', 'commission', 'ministry', 'armed', 'forces', 'affairs', 'staff', 'general', 'policy', 'presidential', 'special',
  'army', 'navy', 'air', 'homeland', 'treasury', 'energy', 'trade', 'justice', 'health', 'press', 'government', 'chief',
  'intelligence', 'opposition', 'party', 'federal', 'crown', 'diplomatic',
]);

/** A final word that makes a capitalised name an organisation. */
export const ORG_HEADS = new Set([
  'council', 'commission', 'ministry', 'parliament', 'union', 'organization', 'organisation', 'centre', 'center',
  'institute', 'agency', 'army', 'command', 'office', 'department', 'committee', 'bank', 'fund', 'party', 'assembly',
  'court', 'guard', 'navy', 'corps', 'university', 'foundation', 'association', 'secretariat', 'government', 'alliance',
  'cabinet', 'senate', 'congress', 'bundestag', 'duma', 'rada', 'europe', 'studies', 'service', 'staff', 'force', 'movement', 'group', 'league',
]);

/** Words that make a body a department of some state rather than a named organisation: "the Defence Ministry",
 *  "the Federal Government", "National Security and Defence Council". Without a country's name they are no entity. */
export const DEPARTMENT_WORDS = new Set([
  'defence', 'defense', 'foreign', 'interior', 'finance', 'justice', 'economy', 'economic', 'trade', 'health', 'energy',
  'federal', 'national', 'state', 'security', 'emergency', 'emergencies', 'situations', 'affairs', 'general', 'main',
  'intelligence', 'border', 'armed', 'forces', 'presidential', 'prime', "minister's", 'and', 'of', 'for', 'the', 'home',
  'military', 'naval', 'air', 'joint', 'chiefs', 'public', 'press', 'ministry', 'government', 'council', 'office',
  'department', 'service', 'services', 'staff', 'directorate', 'command', 'army', 'navy', 'committee', 'administration', 'cabinet',
]);

/** Final words of places that are scenes, never actors ("the Oval Office", "Diriyah Palace", "Dnipro River"). */
export const PLACE_HEADS = new Set([
  'palace', 'castle', 'river', 'lake', 'sea', 'mountains', 'mountain', 'resort', 'airport', 'square', 'avenue', 'cathedral',
  'hall', 'tower', 'bridge', 'island', 'islands', 'valley', 'park', 'stadium', 'hotel', 'harbour', 'harbor', 'port', 'beach',
  'forest', 'gate', 'plaza', 'chateau', 'château', 'manor', 'estate', 'lodge', 'villa', 'gardens', 'peninsula', 'bay',
  'museum', 'gallery', 'library', 'abbey', 'basilica',
]);

/** First words of places that are scenes ("River Thames", "Lake Geneva", "Mount Elbrus", "Sea of Azov"). */
// Buildings and squares named in their own language ("Palazzo Chigi", "Castel Gandolfo", "Schloss Meseberg") too.
export const PLACE_LEADS = new Set(['river', 'lake', 'mount', 'mt', 'cape', 'gulf', 'strait', 'straits', 'sea', 'bay', 'isle', 'port',
  'palazzo', 'castel', 'castello', 'palais', 'schloss', 'piazza', 'palacio', 'palácio',
  // A saint names a church, a square or a city: "St Peter's Basilica", "St Petersburg", "Sankt Gallen".
  'st', 'saint', 'sankt', 'san', 'santa', 'são']);

/** First words of named operations, exercises and programmes: not actors ("Operation Spiderweb", "Exercise Zapad"). */
export const OPERATION_LEADS = new Set(['operation', 'exercise', 'project', 'programme', 'program']);

/** Rooms and buildings named "Office" that are places, not bodies ("Oval Office", "Working Office"). */
export const PLACE_OFFICES = /\b(?:Oval|Working|Press|Post|Home Office(?= building))\s+Office$/;

/** Venues named "Centre" that are places, not bodies ("Congress Centre", "Conference Center"). */
export const PLACE_CENTRES = /\b(?:Congress|Conference|Convention|Exhibition|Press|Media|Trade|Shopping|Sports?|Events?)\s+Cent(?:re|er)$/;

/** Departments and services of a state: they fold into their country ("Russian Foreign Ministry" → Russia). */
export const DEPARTMENT_HEADS = new Set(['ministry', 'army', 'navy', 'office', 'department', 'staff', 'service', 'services', 'forces', 'force', 'embassy', 'intelligence', 'guard', 'command', 'corps']);

/** Final words of events and publications: out of scope for the extractor (events are curated). */
export const EVENT_HEADS = new Set(['conference', 'summit', 'forum', 'meeting', 'talks', 'election', 'elections', 'war', 'invasion', 'day', 'week', 'games']);

/** Nouns after a demonym that make it an actor ("French officials", "the Dutch government"). */
export const ACTOR_NOUNS = new Set([
  'officials', 'official', 'government', 'governments', 'leaders', 'leader', 'leadership', 'diplomats', 'diplomat',
  'authorities', 'counterpart', 'counterparts', 'side', 'administration', 'ministers', 'minister', 'president',
  'prime', 'foreign', 'defense', 'defence', 'chancellor', 'delegation', 'delegations', 'negotiators', 'envoy', 'sources', 'cabinet', 'spokesperson', 'spokesman', 'opposition',
]);

/** Lowercase particles inside personal names ("Faisal bin Farhan", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'von', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'la', 'le']);

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
// Each word's tags are read once (lower-cased, looked up among compromise's ~100k words and split): the extractor asks
// about the same words for every name it weighs.
const tagsOf = remembered((word: string): string[] => {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : tags.split(',');
});

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** A known given name ("Keir", "Ursula"). */
export const isFirstName = (word: string): boolean => tagsOf(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');

/** An ordinary English word ("Strong", "However") rather than a name; names the lexicon knows are not common. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return /^(?:the|a|an|and|or|but|if|as|in|on|at|of|to|for|with|from|by|after|before|since|while|when|during|despite|although|though|under|over|some|most|many|several|all|both|no|not|this|that|these|those|its|their|his|her|our|my|your|we|they|he|she|it|i|you|afterwards?|separately|subsequently|additionally|overall|elsewhere|asked|speaking|writing)$/i.test(word);
  return !tags.some((t) => NAME_TAGS.has(t) || t === 'Country' || t === 'City' || t === 'Organization' || t === 'Place' || t === 'Region' || t === 'ProperNoun');
}

const FUNCTION_TAGS = new Set(['Gerund', 'PastTense', 'PresentTense', 'Infinitive', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord', 'Pronoun', 'Modal', 'Copula']);

/** A verb or function word ("Supporting", "However", "The"): never the first word of an organisation's name. */
export const isFunctionWord = (word: string): boolean => tagsOf(word).some((t) => FUNCTION_TAGS.has(t)) || /^(?:the|a|an|and|but|however|while|when|if|as)$/i.test(word);

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary']);

/** A finite verb ("rejected", "say", "will"): after "the British" it makes the demonym the subject. */
export const isVerb = (word: string): boolean => tagsOf(word).some((t) => VERB_TAGS.has(t)) || /(?:ed|ould)$/.test(word) || /^(?:say|want|fear|insist|argue|believe|oppose|reject|support|back|agree|refuse)$/.test(word);
