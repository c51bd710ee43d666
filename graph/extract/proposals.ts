// Plans and ideas named in the text become PROPOSAL mentions with a normalised name: a few concepts every report
// on the debate uses (a European force, a U.S. backstop, security guarantees...), forces given by troop numbers,
// and any "a/the <modifiers> plan|force|mission|zone..." noun phrase; bare "the plan" refers back.
import type { RawMention, Sentence } from './types';
import { escapeRegExp, matchesOf } from '../match-all';
import { lookupGazetteer } from './gazetteer';

interface Concept {
  name: string;
  /** Other ways of saying it, used to link the concept to a catalog entity. */
  synonyms: string[];
  pattern: RegExp;
  /** A word the pattern cannot match without, tested first: a slow pattern runs only on sentences that have it. */
  gate?: RegExp;
}

const US = String.raw`(?:U\.S\.|US|American|Washington['’]s)`;
// A European country's own troops are its part of the European force ("Polish soldiers", "no German troops").
const FORCE_MOD = String.raw`(?:European|Western|foreign|international|multinational|allied|peacekeeping|British|French|German|Polish|Italian|Spanish|Dutch|Danish|Swedish|Norwegian|Finnish|Estonian|Latvian|Lithuanian|Belgian|Czech|Romanian|Baltic|Nordic|Canadian|Australian|Turkish|Portuguese|Irish|Greek|Hungarian|Slovak|Austrian|Bulgarian|Croatian|Slovenian|Luxembourgish|Anglo-French)`;
const DEPLOY = String.raw`(?:(?:take|takes|taking|took) part with|send|sends|sending|sent|deploy|deploys|deploying|deployed|contribute|contributes|contributing|station|stationing|put|putting|commit|committing|provide|providing)`;
const DEPLOY_START = new RegExp(String.raw`^${DEPLOY}\b`, 'i');
const ASIDE_BEFORE = /\b(?:without|instead of|rather than)\s+$/i;
const CONCEDE_START = /^(?:cede|ceding|give|giving|surrender|hand)/i;
/** A deployment written as the act itself ("send troops"), which goes to the force a passage or an article is about. */
export const isDeployment = (m: RawMention) => Boolean(m.act) && DEPLOY_START.test(m.text) && m.name === 'European peacekeeping force';
// British and translated copy writes the alliance as a word ("Nato troops"): the same alliance.
const ALLIANCE = '(?:NATO|Nato)';
const TROOPS = String.raw`(?:troops|forces|soldiers|peacekeepers|boots on the ground|instructors|personnel)`;

const ELECTION_MOD = 'early|new|snap|wartime|presidential|parliamentary|democratic|legitimate|free|fresh';
export const CONCEPTS: Concept[] = [
  { name: 'UN peacekeeping mission', synonyms: ['UN peacekeepers', 'blue helmets', 'UN peacekeeping force'], pattern: /\b(?:UN|U\.N\.|United Nations)\s+peacekeep(?:ers|ing\s+(?:mission|force|troops|operation))|\bblue helmets\b/g },
  // A mission "under the flag of the United Nations" is one the UN mandates.
  { name: 'UN Security Council mandate', synonyms: ['UN mandate', 'United Nations Security Council mandate'], gate: /mandate|flag|banner/, pattern: /\b(?:UN|U\.N\.|United Nations)(?:\s+Security Council)?\s+mandate\b|\bmandate (?:of|from) the (?:UN|U\.N\.|United Nations)(?: Security Council)?\b|(?<=\bunder\s)the (?:flag|banner|blue flag) of the (?:UN|U\.N\.|United Nations)\b/g },
  // "ruled out sending American troops": sending them is the act, and they are no part of a European force.
  { name: 'U.S. troops in Ukraine', synonyms: ['U.S. troops', 'American troops'], gate: /U\.S\.|US|American|Washington/, pattern: new RegExp(String.raw`\b(?:${DEPLOY}\s+(?:(?:any|more|ground|combat|some)\s+)?)?${US}\s+(?:ground\s+)?(?:troops|soldiers|forces|boots)\b(?:\s+on the ground\b)?`, 'g') },
  { name: 'U.S. backstop', synonyms: ['backstop', 'American backstop', 'American involvement', 'U.S. involvement', 'U.S. support'], pattern: new RegExp(String.raw`(?:\b${US}\s+)?["“]?\bbackstop\b["”]?|\b${US}\s+(?:involvement|support|backing|air cover|air support|(?:security\s+)?guarantees?)\b`, 'g') },
  { name: 'NATO Article 5 protection', synonyms: ['Article 5', "NATO's collective security guarantee", 'collective defence guarantee'], pattern: /\bArticle 5\b(?!-)|\bcollective (?:security|defen[cs]e) guarantee\b/g },
  { name: 'Non-NATO mission', synonyms: ['outside the NATO framework'], pattern: /\bnon-(?:NATO|Nato) (?:mission|operation|force)\b|\boutside (?:the )?(?:NATO|Nato)(?: framework)?\b/g },
  { name: 'NATO membership for Ukraine', synonyms: ['NATO membership', "Ukraine's NATO membership"], pattern: /\b(?:Ukraine['’]s\s+|Kyiv['’]s\s+)?(?:NATO|Nato) membership\b|\bjoin(?:ing|s)? (?:NATO|Nato)\b|\bmembership (?:in|of) (?:NATO|Nato|the alliance)\b|\b(?:NATO|Nato) accession\b/g },
  // Ukraine in the European Union, however the step is called: "joining the European Union", "EU membership",
  // "Ukraine's accession talks".
  { name: 'EU membership for Ukraine', synonyms: ['EU membership', 'EU accession', "Ukraine's EU membership"], gate: /EU|European Union|accession/, pattern: /\b(?:Ukraine['’]s\s+|Kyiv['’]s\s+)?(?:EU|European Union) (?:membership|accession)\b|\bjoin(?:ing|s|ed)? the (?:EU|European Union)\b|\bmembership (?:in|of) the (?:EU|European Union)\b|\b(?:Ukraine['’]s|Kyiv['’]s) (?:EU\s+)?accession(?: talks| negotiations)?\b|\baccession (?:talks|negotiations) (?:with|for) (?:Ukraine|Kyiv)\b/g },
  { name: 'Security guarantees', synonyms: ['security guarantee', 'security guarantees'], gate: /guarantee/, pattern: /\b(?:(?:robust|firm|credible|European|Western|long-term|strong|reliable|real)\s+)?(?:security|(?<![a-z,]\s)Security) guarantees?\b|\b(?:bilateral|written|legally binding|binding|ironclad|iron-clad)\s+guarantees?\b|(?<=\b(?:the|on|for|with|without|required|requires|need|needs|needed|backs|backed|offered|offers|offer|solid|lasting|and|want|wants|wanted|demand|demands|demanded|seek|seeks|sought|give|gives|gave|provide|provides|provided|receive|receives|received|any|by|Europe['’]s)\s)guarantees\b/g },
  // "A negotiated settlement" is the same end of the war in other words.
  { name: 'Peace deal', synonyms: ['peace deal', 'peace agreement', 'peace settlement', 'negotiated settlement'], gate: /peace|negotiated/i, pattern: /\bpeace (?:deal|agreement|settlement|accord|treaty)\b|\bnegotiated (?:peace|settlement)\b/gi },
  // A three-way summit sought (not one held): "ready to work towards a trilateral summit", "the idea of a three-way meeting".
  { name: 'Trilateral summit', synonyms: ['trilateral summit', 'three-way meeting', 'trilateral meeting'], gate: /\b(?:trilateral|three-way|tripartite)\b/i, pattern: /(?<=\b(?:towards?|idea of|for|proposed|proposes|propose|suggested|suggests|host|hosting|arrange|arranging|organi[sz]e|organi[sz]ing|seek|seeks|sought|wants?|wanted|backs?|backed|supports?|supported|welcomed?|welcomes|pushing for|push for|pushed for)\s+(?:a|an|the)\s+(?:possible\s+|future\s+|first\s+|later\s+)?)(?:trilateral|three-way|tripartite)\s+(?:summit|meeting|talks)\b/gi },
  // Freezing the war where the armies stand: a ceasefire with a line of its own, which the debate argues over apart.
  { name: 'Ceasefire along the current line of contact', synonyms: ['current line of contact', 'ceasefire along the current front line', 'freeze along the front line'], gate: /\b(?:current|existing|present)\s|\bstop where\b/i, pattern: /\b(?:(?:cease-?fire|truce|freez(?:e|es|ing)|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:the\s+(?:war|fighting|conflict)\s+)?(?:along|at|on)\s+)the\s+(?:current|existing|present)\s+(?:front[\s-]?lines?|line of contact|contact line|battle\s?lines?)\b|\bthe\s+(?:current|existing|present)\s+(?:front[\s-]?lines?|line of contact|contact line)(?=\s+(?:should|would|must|could|will)\s+(?:be|serve as)\s+the\s+(?:starting\s+point|basis))|\bstop where (?:they|it|the (?:armies|troops|forces)) (?:are|is|stand)\b/gi },
  // A ceasefire stops the fighting; a peace deal ends the war: two things the debate takes positions on separately.
  { name: 'Ceasefire', synonyms: ['ceasefire', 'cease-fire', 'truce', 'ceasefire agreement'], gate: /fire|truce|armistice/i, pattern: /\b(?:\d+-day\s+)?(?:cease-?fire(?: (?:agreement|deal))?|truce|armistice)\b/gi },
  // Giving up land is a proposal positions are taken on; "would not cede territory" states the act itself.
  { name: 'Territorial concessions', synonyms: ['territorial concessions', 'cede territory'], gate: /territor|land/i, pattern: /\bterritorial (?:concessions?|swaps?|exchanges?)\b|\b(?:swap(?:ping)?s?|exchanges?)\s+of\s+(?:territor(?:y|ies)|land)\b|\bland swaps?\b|\b(?:cede|cedes|ceded|ceding|give up|giving up|give away|giving away|surrender|surrendering|hand over|handing over)\s+(?:any\s+|more\s+|its\s+|their\s+|our\s+|Ukrainian\s+|the\s+)?(?:territory|territories|land|lands)\b/gi },
  // A ceiling on Ukraine's own army is a term of a settlement positions are taken on: "the proposed limits on the size of
  // Ukraine's armed forces", "would cap its army at 600,000", "capped Ukraine's military at 600,000 troops".
  { name: "Cap on Ukraine's armed forces", synonyms: [], gate: /\b(?:cap|capp|limit|ceiling|restrict)/i, pattern: /\b(?:(?:the|any)\s+)?(?:(?:proposed|planned|suggested)\s+)?(?:limits?|limitations?|caps?|ceilings?|restrictions?)\s+on\s+(?:the\s+size\s+of\s+)?(?:Ukraine['’]s|Kyiv['’]s|the\s+Ukrainian)\s+(?:(?:peacetime|regular)\s+)?(?:armed\s+forces|army|military)\b|\b(?:cap(?:s|ped|ping)?|limit(?:s|ed|ing)?)\s+(?:Ukraine['’]s|Kyiv['’]s|its|the\s+Ukrainian)\s+(?:(?:peacetime|regular)\s+)?(?:armed\s+forces|army|military)\s+(?:at|to)\s+(?:about\s+|around\s+)?\d[\d,]*(?:\s*(?:troops|soldiers|personnel|men))?/gi },
  { name: 'Coalition of the willing', synonyms: [], pattern: /\bcoalition of the willing\b/gi },
  // Elections in Ukraine are a demand of the debate (Washington's, Moscow's) whatever they are called: "elections in
  // Ukraine", "Ukrainian elections", "a wartime vote", or elections that someone would hold, suspend or call for.
  { name: 'Elections in Ukraine', synonyms: ['elections in Ukraine', 'Ukrainian elections', 'early election in Ukraine'], gate: /election|vote/, pattern: new RegExp(String.raw`\b(?:(?:${ELECTION_MOD})\s+)*(?:elections?|vote)\s+in\s+Ukraine\b|\bUkrain(?:e['’]s|ian)\s+(?:(?:${ELECTION_MOD})\s+)?elections?\b|\b(?:wartime|early|snap)\s+(?:elections?|vote)\b|(?<=\b(?:hold|holds|holding|held|suspend|suspends|suspended|suspending|postpone|postponed|postponing|call(?:s|ed|ing)? for|push(?:es|ed|ing)? (?:\w+ )?into|ready for|time for)\s+(?:(?:an?|the|any|${ELECTION_MOD})\s+)*)elections?\b`, 'g') },
  // Sanctions: easing them and adding to them are two things positions are taken on.
  { name: 'Easing of sanctions on Russia', synonyms: ['sanctions relief', 'lifting of sanctions'], gate: /sanctions/, pattern: /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|remov(?:e|es|ed|ing)|end(?:ing)?)\s+(?:of\s+)?(?:some\s+|the\s+|western\s+|Western\s+)?sanctions\b(?:\s+on\s+(?:Russia|Moscow))?|\bsanctions relief\b/g },
  // "Restrictive measures" is the EU's own word for its sanctions: "restrictive measures against the Russian Federation".
  { name: 'New sanctions on Russia', synonyms: ['tougher sanctions', 'further sanctions', 'sanctions on Russia'], gate: /sanction|restrictive measures/i, pattern: /\brestrictive measures (?:against|on) (?:the\s+)?(?:Russian Federation|Russia)\b|\b(?:(?:new|tougher|further|more|additional|fresh|harsher|stronger|secondary|oil)\s+)(?:package\s+of\s+)?sanctions\b|\b(?:package|round) of sanctions\b|\bsanctions (?:package|on Russia|against Russia)\b|\bsanction(?:s|ed|ing)? (?:Russia|Moscow)\b|\bsanctions (?:on|against) (?:the\s+)?(?:[\p{Ll}\d-]+\s+){0,3}Russian\s+(?:[\p{Ll}-]+\s+)?(?:companies|firms|banks|producers|exporters|oligarchs)\b/giu },
  // Talks between the warring sides and the swaps they agree: positions are taken on both.
  // Talks "between" two sides are the talks held, unless a verb of proposal or stance puts them forward:
  // "proposed direct talks between Russia and Ukraine".
  // The lookbehind after "direct" (checked where the word is, not at every position): the same matches, faster.
  { name: 'Direct Russia–Ukraine talks', synonyms: ['direct talks'], pattern: /\bdirect (?:peace )?(?:talks|negotiations)\b(?!\s+(?:(?:that|which)\s+)?(?:took place|were held|between))|direct(?<=\b(?:propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|seek(?:s|ing)?|sought|want(?:s|ed)?|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing))\s+direct) (?:peace )?(?:talks|negotiations)\b(?=\s+between\b)/gi },
  { name: 'Prisoner exchange', synonyms: ['prisoner exchange', 'prisoner swap'], pattern: /\b(?:prisoner|POW)s?[- ](?:exchange|swap)s?\b|\bexchange(?: of)? (?:(?:all|the|[\d,]+|seriously|severely|badly|wounded|injured|sick|young|civilian|captured)\s+){0,4}prisoners(?: of war)?(?: for [\d,]+)?/gi },
  // The coalition's force was named in 2025: "a multinational force" is that one, not any European force.
  { name: 'Multinational Force Ukraine', synonyms: ['multinational force', 'Multinational Force for Ukraine', 'MNF-U'], pattern: /\b(?:[Mm]ultinational [Ff]orce(?:\s+(?:for\s+)?Ukraine)?|MNF-?U)\b/g },
  {
    name: 'European peacekeeping force',
    synonyms: ['European force', 'peacekeeping force', 'European troops', 'European peacekeepers', 'peacekeeping troops', 'European forces', 'peacekeeping forces', 'European contingent', 'peacekeeping mission', 'boots on the ground'],
    // Every match ends on or holds one of these words (the pattern is as case-sensitive): most sentences have none.
    gate: /force|troop|soldier|unit|contingent|mission|deployment|presence|peacekeep|operation|ground|instructors|personnel/,
    pattern: new RegExp(
      String.raw`\b(?:${FORCE_MOD}[\s-]+)+(?:force|forces|troops|soldiers|units|contingents?|mission|deployment|presence|peacekeepers|operation)\b|\b(?:${FORCE_MOD}[\s-]+)+military\s+(?:forces|contingents?|units)\b|\bpeacekeepers\b|\b(?:troops|soldiers|forces) (?:from|of) (?:${ALLIANCE}|European|Western) (?:member\s+)?(?:countries|states|members|nations)\b|\b${ALLIANCE} (?:troops|contingents?|soldiers|peacekeepers)\b|\bpeacekeeping\b(?!\s+(?:plan|framework))|\b(?:boots|troops|soldiers) on the ground\b|\b(?:troop|military) deployments?\b|\b(?:combat|ground) (?:troops|forces|soldiers)\b|` +
        String.raw`\b${DEPLOY}\s+(?:(?:its|their|our|his|her|any|more|ground|own|combat|some|additional|a few|(?!(?:American|US|USA)\b)\p{Lu}\p{L}+)\s+){0,2}${TROOPS}\b(?:\s+on the ground\b)?|` +
        // "not one Dutch soldier", "no French soldier": one soldier denied stands for all of a nation's troops.
        String.raw`(?<=\b(?:[Nn]o|[Nn]ot one|[Nn]ot a single|[Aa]ny)\s+["“]?)${FORCE_MOD}\s+soldier\b|` +
        // "would not send a single British soldier": one soldier stands for all.
        String.raw`\b${DEPLOY}\s+(?:a single|one)\s+(?:(?!(?:American|US|USA)\b)\p{Lu}\p{L}+\s+)?soldier\b|` +
        // A number in quotation marks is the speaker's: 'could deploy "several thousand" soldiers'.
        String.raw`\b${DEPLOY}\s+["“](?:several|a few|some|many|\d[\d,]*)(?:\s+(?:thousand|hundred))?["”]\s+${TROOPS}\b`,
      'gu',
    ),
  },
];

// Also in words, as news writes round numbers: "around ten thousand troops".
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+thousand)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)\s+thousand`;
const NUMERIC_FORCE = new RegExp(
  String.raw`\b(?:(?:up to|as many as|at least|about|around|some|nearly|roughly)\s+)?(${NUMBER})(?:-?\s*(?:to|-|–|and)\s*(${NUMBER}))?(?:-strong)?\s+(?:(?:foreign|European|international|Western|peacekeeping|ground|French|British|allied)\s+)?(?:troops|soldiers|peacekeepers|personnel|contingent|force)\b`,
  'g',
);

// Money lent and places built for a force are things positions are taken on too ('the reparations loan').
const HEADS = 'plan|proposal|initiative|bill|resolution|force|mission|task group|zone|guarantee|backstop|coalition|alliance|framework|operation|contingent|corridor|pact|structure|partnership|treaty|umbrella|deterrence|loan|deal|shield|declaration|understanding';
// Also after a possessive name, quoted or not: "Macron's “reassurance force”".
// Most sentences hold none of the head words: looked for first, the costly pattern runs only where one is.
const HEAD_WORD = new RegExp(String.raw`\b(?:${HEADS})\b`, 'i');
// A sum opens the modifiers too: "the €90 billion EU loan".
// "any" too before a force of a named kind ("the hub for any reassurance force"): that kind of force.
const GENERIC = new RegExp(String.raw`(?:\b(?:an?|the|its|their|his|her|any(?=\s+(?:[\p{L}-]+\s+){1,2}(?:force|mission|contingent)\b))|\p{Lu}[\p{L}-]*['’]s)\s+["“]?((?:(?:[€$£]\d[\d.,]*|[\p{L}\p{N}][\p{L}\p{M}\p{N}’'-]*)\s+){1,3}?)(${HEADS})\b`, 'giu');
// What a named initiative is for may close its name in lower case: "a Global Coalition for the return of Ukrainian children".
const NAMED = /\b(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Force|Mission|Plan|Initiative|Framework|Guarantee|Pact|Coalition|Declaration|List|Programme|Program|Fund|Facility|Act)(?:\s+(?:for\s+)?\p{Lu}[\p{L}-]*|\s+for\s+the\s+\p{Ll}{3,}\s+of\s+(?:\p{Lu}[\p{L}-]*\s+)?[\p{L}-]{3,})?)\b/gu;
// "the moratorium on energy strikes", "a halt to foreign military aid": a stop put on something, named by what it stops.
// "a pause in strikes on energy infrastructure": "in" too, and what is stopped may be named by its target after "on".
// Its length is part of what is written ("a 30-day pause in strikes"), kept in the mention, not in the name.
const STOP = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(\d+-day\s+)?(?:(?:full|total|complete|general|temporary|partial|mutual|immediate)\s+)?(moratorium|ban|halt|pause|freeze|cap|ceiling|embargo)\s+(on|to|of|in)\s+((?:[\p{Ll}\p{N}][\p{Ll}\p{N}-]*\s+){0,3}[\p{Ll}\p{N}][\p{Ll}\p{N}-]*)/gu;
// "a ceasefire on energy infrastructure", "a one-month truce in the air, at sea and on energy infrastructure", "the
// Easter truce": a truce limited to a domain or a season is a proposal of its own, not the ceasefire the war waits for.
// The scope may be quoted, as the speaker's words: 'a truce "in the air, at sea and on energy infrastructure"'.
const SCOPE = String.raw`(?:in the air|in the sky|in the skies|at sea|in the Black Sea|on energy(?: infrastructure| facilities| sites| targets)?|on (?:strikes|attacks) on (?:energy|civilian) (?:infrastructure|facilities|targets))`;
const SCOPED_TRUCE = new RegExp(String.raw`\b((?:(?:\d+-day|one-month|two-week|partial|limited|mutual)\s+)?(?:(?:Orthodox\s+)?(?:Easter|Christmas)\s+|(?:energy|maritime|naval|Black Sea)\s+)?(?:ceasefire|cease-fire|truce|moratorium)(?:\s+["“]?${SCOPE}(?:(?:,\s*|,?\s+and\s+)${SCOPE}){0,3})?)\b`, 'g');
const SCOPED = /^(?:(?:\d+-day|one-month|two-week|partial|limited|mutual)\s+)?(?:Orthodox\s+)?(?:Easter|Christmas|energy|maritime|naval|Black Sea)\s|\s["“]?(?:in the air|in the sky|in the skies|at sea|in the Black Sea|on energy|on (?:strikes|attacks) on)\b/;
// "a two- to three-day ceasefire", "short ceasefires of 24 to 48 hours", "a short truce of two or three days": a truce
// of hours or of a few days (to collect the dead, for a holiday) is a proposal of its own, not the ceasefire the war
// waits for ("a 30-day ceasefire", "a ceasefire of thirty days" stay that one).
const TRUCE_SPAN = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven)`;
const SHORT_TRUCE = new RegExp(String.raw`\b((?:(?:short|brief|local|localised|localized|limited)\s+)*(?:${TRUCE_SPAN}-\s+to\s+)?(?:${TRUCE_SPAN}-(day|hour)\s+)?(?:ceasefires?|cease-fires?|truces?)(?:\s+of\s+${TRUCE_SPAN}(?:\s+(?:to|or)\s+${TRUCE_SPAN})?\s+(hours|days))?)\b`, 'gi');
const SMALL_DAYS = /^(?:[1-3]|one|two|three)$/i;
/** Whether a truce's stated length is hours, or days no more than three. */
function shortSpan(text: string, unit: string | undefined): boolean {
  if (!unit) return false;
  if (/^hour/i.test(unit)) return true;
  const counts = [...text.matchAll(new RegExp(TRUCE_SPAN, 'gi'))].map((c) => c[0]);
  return counts.length > 0 && counts.every((c) => SMALL_DAYS.test(c));
}
const TRUCE_WORD = /\b(?:ceasefire|cease-fire|truce|moratorium)\b/;
const SERVICE = /\b(?:Air|Armed|Royal|Naval|Space|Marine|Task|Rapid Reaction|Quick Reaction|Border|Police|Defen[cs]e)\s+Force|^Operation\b/;
const ANAPHOR = /\b(?:the|this|that|such(?: an?)?|their|his|its|an?)\s+(?:(idea|plan|proposal|initiative|concept|offer|option|step|move|draft|blueprint|text|document)s?\b(?!\s+(?:of|to|for)\b)|(mission|force|contribution|debate|discussion|loan)\b(?!\s+(?:of|about|on|over)\b))|\b(?:the|this|that|such(?: an?)?|any)\s+(deployment|participation)\b(?!\s+(?:of|in|at|to)\b)/gi;

/** Modifiers that grade or date a proposal rather than name it: "a massive force" is the force met before. */
const AUTHOR_MODIFIER = /^(\p{Lu}[\p{L}.]*)(?:-(?:drafted|authored|written|proposed|brokered))?$/u;
const VAGUE = new Set(['new', 'firm', 'solid', 'reliable', 'ironclad', 'iron-clad', 'large', 'large-scale', 'massive', 'small', 'smaller', 'larger', 'robust', 'sizable', 'real', 'credible', 'possible', 'potential', 'future', 'such', 'first', 'same', 'final', 'broader', 'broad', 'wider', 'current', 'proposed', 'initial', 'whole', 'entire', 'overall', 'full', 'strong', 'stronger', 'clear', 'draft', 'secret', 'any', 'this', 'that', 'other', 'own', 'bigger', 'larger-scale', 'big', 'major', 'wider', 'specific', 'concrete', 'detailed', 'military', 'joint',
  // Grades and origins that describe a proposal met before rather than name a new one ("the best guarantee").
  'best', 'better', 'strongest', 'stronger', 'far', 'ultimate', 'only', 'neutral', 'european', 'western', 'so-called',
  // A revision is the same plan.
  'revised', 'updated', 'amended', 'latest',
  // How a plan became known, or how it was received, is no part of its name ("the leaked 28-point plan").
  'leaked', 'controversial', 'contested', 'disputed', 'much-criticised', 'much-criticized', 'original', 'earlier',
  // Where a proposal stands, or when it would act, is no part of its name either ("the planned force", "a post-war force").
  'planned', 'envisaged', 'mooted', 'eventual', 'prospective', 'post-war', 'postwar']);
const FUNCTION_WORDS = /^(?:to|of|and|or|is|was|be|are|were|that|which|with|for|in|on|by|as|at|from|not|it|has|have|had|will|would|could|may|might|can|its|their|his|her|a|an|the|who|whose|so|after|before|without|under|over|into|than|any)$/i;
const NOT_PROPOSALS = /^(?:peace|security|deterrent|military|defen[cs]e|same|armed|air|ground)$/i;

// What a position is taken on, or what is given, named by its own noun phrase: "face secondary tariffs", "promised
// Ukraine Patriot systems", "backed the use of frozen Russian assets". Only as the object of a verb of stance or
// supply, and only with a head from a closed list of the things policy is made of (levies, assets, weapons), so that
// a noun phrase anywhere else stays no proposal. The object may be quoted as the speaker's words: 'face "very severe
// tariffs"'.
const TAKE_VERB = String.raw`(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|rul(?:e|es|ed|ing) out|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|float(?:s|ed|ing)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|ask(?:s|ed|ing)? for|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|given|sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|impos(?:e|es|ed|ing)|fac(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|accept(?:s|ed|ing)?|us(?:e|es|ed|ing)|unlock(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing))`;
const WEAPON_HEAD = String.raw`(?:air[- ]defen[cs]e\s+)?systems|(?:cruise\s+|long-range\s+|ballistic\s+)?missiles|(?:fighter\s+)?(?:jets|aircraft)|fighters|deliveries|batteries|launchers`;
const POLICY_HEAD = String.raw`tariffs|assets|${WEAPON_HEAD}`;
const TAKEN = new RegExp(
  String.raw`\b${TAKE_VERB}\s+["“]?(?:(?:the\s+)?(?:use|transfer|delivery|supply|sale|seizure|confiscation) of\s+)?(?:(\p{Lu}[\p{L}-]+)\s+)?(?:(?:the|a|an|more|further|additional|its|their|his|her|some|any|up to \d[\d,]*|between \d[\d,]* and \d[\d,]*|\d[\d,]*)\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}-]*\s+){1,3}?)(${POLICY_HEAD})\b`,
  'gdu',
);
const TAKEN_HEAD = new RegExp(String.raw`\b(?:${POLICY_HEAD})\b`, 'i');
const WEAPON = new RegExp(String.raw`^(?:${WEAPON_HEAD})$`, 'i');
const TAKEN_STOP = /^(?:but|while|until|after|since|if|when|because|like|such|including|especially|notably|plus|than|them|him|us|me|you|they|we|this|these|those)$/i;
const QUANTITY = /^(?:more|further|additional|fresh|extra|some|several|many|few|\d[\d,]*)$/i;
/** The attacker's arms are no proposal: "faced Russian missiles". */
const HOSTILE = /^(?:Russian|Iranian|North Korean|Soviet)$/;

const NAMED_DELIVERIES = /\b((?:(?!(?:The|A|An|Its|Their|His|Her)\b)\p{Lu}[\p{L}-]+\s+)?\p{Lu}[\p{L}-]+)\s+(?:deliveries|supplies|shipments)\b/gu;
const COUNTER = /(?:\b(\p{Lu}[\p{L}-]+)\s+)?["'‘“]?\b(counter-?proposals?|counter-?plans?|counter-?offers?)\b|\b(\p{Lu}[\p{L}-]+)\s+amendments\s+to\s+(?:the|a|its)\s+|\b(?:(?:their|its|his|her) own amendments|amendments of (?:their|its|his|her) own)\b/gu;
const RECOGNISE_WORD = /\brecogni/;
const LAND_OBJECT = String.raw`((?:[\p{L}’'-]+\s+){0,3}?(?:occupied|annexed|seized|[Oo]ccupation|[Aa]nnexation|territor(?:y|ies)|lands?|regions?|Crimea|Donbas+|Donetsk|Luhansk|Zaporizhzhia|Kherson)(?:\s+(?:territor(?:y|ies)|lands?|regions?))?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:territor(?:y|ies)|lands?|regions?|soil))?)?)`;
const RECOGNITION = new RegExp(
  String.raw`\b((?:(?:legal|formal|official|de jure|de facto|international)\s+)?recognition of\s+(?:the\s+)?${LAND_OBJECT})|\b(recogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?${LAND_OBJECT}(\s+as\s+(?:Russian|part of Russia|Russia['’]s))?)`,
  'gu',
);
const TAKEN_LAND = /\b(?:occupied|annexed|seized|occupation|annexation|territor(?:y|ies)|lands?|regions?|Crimea|Donbas+|Donetsk|Luhansk|Zaporizhzhia|Kherson)\b/i;
const SPENDING = /\b(?:spend|spends|spending|spent|defen[cs]e|military|budgets?)\b/i;
const GDP_SHARE = /\b(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+of\s+(?:its\s+|their\s+|our\s+|national\s+|the\s+)?(?:GDP|gross domestic product)\b/g;
const SPELLED_ORDINALS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const NUMBERED_PACKAGE = new RegExp(String.raw`\b(?:(1\d|2\d)(?:st|nd|rd|th)|(${SPELLED_ORDINALS.join('|')}))\s+(?:(?:EU|European)\s+)?(?:(sanctions?\s+package|package\s+of\s+(?:sanctions|restrictive measures)(?:\s+(?:on|against)\s+(?:Russia|Moscow))?)|package)\b`, 'gi');
const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
const STOP_BUYING = /\b(?:stop|stops|stopped|stopping|end|ending|halt|halting|cease|ceasing|phase out|phasing out|cut off|cutting off)\s+(?:(?:all|their|its|our)\s+)?(?:buying|purchasing|importing|imports of|purchases of)\s+Russian\s+(oil|gas|LNG|energy|crude|fuel)\b/g;

function numericName(a: string, b?: string): string {
  return b ? `Force of ${a}–${b} troops` : `Force of ${a} troops`;
}

// Each concept's pattern without its g flag, built once rather than for every name asked about.
const CONCEPT_ONCE = CONCEPTS.map((c) => new RegExp(c.pattern.source, c.pattern.flags.replace('g', '')));
const CONCEPT_OF = [new Map<string, string | undefined>(), new Map<string, string | undefined>()];

/** PROPOSAL mentions in one sentence; overlapping finds keep the longest, then the earliest rule. */
/** The concept `surface` says: one whose words make up all of it ("ceasefire agreement" → Ceasefire), or with
 *  `within`, one its words contain ("Russia–Ukraine peace deal" → Peace deal). */
export function conceptOf(surface: string, within = false): string | undefined {
  // The same few surfaces are asked about at every mention and evidence: each read through the concepts once (bounded).
  const cache = CONCEPT_OF[within ? 1 : 0];
  if (cache.has(surface)) return cache.get(surface);
  if (cache.size > 50_000) cache.clear();
  const bare = surface.replace(/^(?:the|a|an)\s+/i, '');
  const k = CONCEPT_ONCE.findIndex((pattern) => {
    const m = pattern.exec(bare);
    return m && (within || m[0].length === bare.length);
  });
  const name = k < 0 ? undefined : CONCEPTS[k].name;
  cache.set(surface, name);
  return name;
}

const DESTINATION = /^\s+(?:to|in|into|on)\s+(?:the\s+)?(?:territory\s+of\s+|soil\s+of\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)/u;
/** A destination named after a deployment that is a country other than Ukraine. */
function elsewhere(after: string): boolean {
  const to = DESTINATION.exec(after);
  const name = to?.[1].replace(/\.$/, '');
  const place = to && name && (lookupGazetteer(to[1]) ?? lookupGazetteer(name) ?? lookupGazetteer(name.split(/\s+/)[0]));
  return Boolean(place && place.type === 'COUNTRY' && place.kind !== 'demonym' && place.name !== 'Ukraine');
}

const QUOTED_NAME = /["“](\p{Lu}[\p{L}-]*(?:\s+(?:of|the|for|and|\p{Lu}[\p{L}-]*))+)["”]/gu;
const MEETING_SOUGHT = /\b(?:host|hold|organi[sz]e|arrange|broker|seek|propos(?:e|es|ed|ing)|push(?:es|ed|ing)? for|call(?:s|ed|ing)? for|want(?:s|ed)?|offer(?:s|ed)?|hop(?:e|es|ed|ing) for)\s+(?:a|an)\s+(?:(?:direct|face-to-face|personal|bilateral|trilateral|first)\s+)?(meeting|summit|talks)\s+between\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)\s+and\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)/gu;
const MEETING_SOUGHT_DASHED = /\b(?:host|hold|organi[sz]e|arrange|broker|seek|propos(?:e|es|ed|ing)|push(?:es|ed|ing)? for|call(?:s|ed|ing)? for|want(?:s|ed)?|offer(?:s|ed)?|hop(?:e|es|ed|ing) for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+(?:a|an)\s+(?:(?:direct|face-to-face|personal|bilateral|first)\s+)?((\p{Lu}[\p{L}’']+)[–-](\p{Lu}[\p{L}’']+)\s+(meeting|summit|talks))\b/gu;
// Where a phrase ends: a stop, or a word that opens what is said of it ("… by 2027", "… which …").
const ENDS_HERE = String.raw`(?:\s*(?:[,.;:)]|$)|\s+(?:by|in|from|for|with|and|which|that|before|after|until|within)\b)`;
const PHRASE_END = new RegExp(`^${ENDS_HERE}`);
const POSSESSIVE_PLAN_TO = new RegExp(String.raw`^\s+to\s+\p{Ll}+\s+(?:(?:the|a|its|their)\s+)?\p{L}+(?:\s+of\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}{3,})?${ENDS_HERE}`, 'u');
// Also after a body's possessive ("the Commission's plan to end imports of Russian gas"), with what the object is of;
// ending or stopping anything but the war itself ("a plan to end the war" is a peace plan named otherwise).
const PLAN_TO = /(?:\b(?:an?|the|its|their|his|her)|(?<=\p{Lu}[\p{L}-]*['’]s))\s+((?:plan|proposal|initiative)\s+to\s+(?!be\b|do\b|make\b|help\b|(?:end|stop)\s+(?:the\s+)?(?:war|fighting|conflict|hostilities|killing)\b|(?:the|a|an|its|their|his|her|our|this|that|these|those|all|both)\b)\p{Ll}+\s+(?:(?:the|a|its|their)\s+)?\p{L}+(?:\s+of\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}{3,}(?<!\bthe))?)/gu;
// Also with the kind of guarantee before it and its beneficiary after ("a collective security clause for Ukraine
// inspired by Article 5"), or in apposition after a comma ("…, guarantees similar to Article 5").
// Also as the object of an offer, after whom it is offered to, and with the likeness quoted: 'offered Kyiv guarantees
// "similar to Article 5"'.
// The lookahead on the first letter of what follows spares the costly lookbehind at every other position.
const MODELLED_GUARANTEE = /(?:(?:\b(?:an?|the|its|their|his|her)|(?<=,))\s+|(?=[cmsdgp])(?<=\b(?:offer(?:s|ed|ing)?|promis(?:e|es|ed|ing)|extend(?:s|ed|ing)?)\s+(?:\p{Lu}[\p{L}-]+\s+)?))((?:(?:collective|mutual|security|defen[cs]e|mutual-defen[cs]e)\s+){0,2}(?:guarantee|model|commitment|clause|mechanism|protection)s?\s+(?:for\s+(?:Ukraine|Kyiv)\s+)?["“]?(?:modell?ed on|inspired by|based on|similar to|akin to|along the lines of)\s+(?:(?:NATO|the alliance)['’]s\s+)?(Article\s+5|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))/gu;
const QUOTED_BUILT = /\b(?:set(?:s|ting)? up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|build(?:s|ing)?|(?:based|stationed|deployed) in)\s+(?:an?\s+|the\s+)?["“]((?!(?:a|an|the)\s)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})["”]/gu;
// A \p{…} pattern at module level: under tsx a literal one inside a function is rebuilt on every call.
const DASH_CAPITAL = /[–-]\p{Lu}/u;
const OTHER_STATE_BEFORE = /(?:^|\s)(?!Ukraine\b|Kyiv\b|Kiev\b)\p{Lu}\p{Ll}+\s+$/u;
const PLURAL_NOUN = /^\p{Ll}+s$/u;
const CAPITALISED = /^\p{Lu}/u;
const REGION_AT_END = /\p{Lu}[\p{L}-]+$/u;
const FOR_BEFORE_NAME = /\s+for\s+(?=\p{Lu}[\p{L}-]*$)/u;
const NAMED_ARMS = /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}\p{N}-]*)?\s+(?:fighter\s+)?(?:jets|aircraft|fighters|systems|missiles|helicopters|tanks))\b/u;
// After a determiner, never after a body's name ("NATO headquarters in Brussels"), nor after a possessive: "would host
// the mission's headquarters" is the mission's part, and hosting it backs the mission.
const HEADQUARTERS = /\b(?:an?|the|its|their)\s+(?:(?:joint|coalition|force|multinational|operational|military)\s+)?(headquarters\s+in\s+(\p{Lu}[\p{L}-]+))/gu;
// Also with its length before it, and in quotation marks as a side's own word: 'a two-page "memorandum"'.
const MEMORANDUM = /(?:\b(?:an?|the|its|their|his|her)|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}\d]+-page\s+)?["“]?((?:(?:draft|peace|Russian|Ukrainian|new)\s+)?memorandum)\b(?!\s+of\s+understanding)/gu;
const DEMINING = /\bdemining(?:\s+(?:of|in|at)\s+(?:the\s+)?(?:Black Sea|Sea of Azov|sea|seas|waters|coastal waters|ports?|shipping lanes))?/gi;
// "the logistics hub for the force", "a logistics base for any mission": the rear base in a neighbouring state that a
// force would be supplied through (one word before "logistics" may grade it: "a regional logistics hub").
const LOGISTICS_HUB = /\blogistics?\s+(?:hub|base|centre|center|node)s?\b(?:\s+(?:for|of)\s+(?:the|any|a|an|such a)\s+(?:[\w-]+\s+){0,2}?(?:force|mission|operation|coalition)\b)?/gi;
// "a withdrawal of Ukrainian troops from the Donbas", "does not agree to leave Donbas", "must pull out of the parts of
// Donetsk region it holds": Ukraine's army leaving the land Russia claims, demanded as a price of peace.
const DONBAS_WITHDRAWAL = /\b(?:withdraw(?:al|als|s|n|ing)?|pull(?:s|ed|ing)?\s+(?:(?:its|their|the)\s+)?(?:troops|forces|soldiers|army)?\s*out|pull-?out|leav(?:e|es|ing)|retreat(?:s|ed|ing)?|exit)(?:\s+of\s+(?:(?:the\s+)?Ukrainian|Ukraine['’]s|Kyiv['’]s|its|their)\s+(?:troops|forces|soldiers|army))?(?:\s+(?:from|of))?\s+(?:(?:the\s+)?(?:rest|remainder|remaining\s+parts?|parts?)\s+of\s+)?(?:the\s+)?(?:Donbas+|Donetsk(?:\s+(?:region|oblast))?)\b/g;
// "Europe must have a seat at the table", "would not get a seat at the negotiating table": a place in the talks.
const SEAT_AT_TABLE = /(?<=\b(?:an?|its|their|our|any|the|no)\s+["“]?)seat\s+at\s+the\s+(?:(?:negotiating|negotiation|peace|top)\s+)?table\b/gi;
const FROZEN_ASSETS = /\bfrozen\s+(?:Russian|Russia['’]s)\s+(?:(?:central bank|state|sovereign)\s+)?assets\b/g;
const MONITORING_BODY = /\b(?:ceasefire|cease-fire|truce)\s+monitoring(?:\s+and\s+verification)?\s+(?:mechanism|mission|system|body)\b/gi;
const ADMINISTRATION = /\b(?:temporary|transitional|interim|external)\s+(?:(?:UN|U\.N\.|international)\s+)?administration\b/gi;
const PURPOSE_AFTER = /\b(?:an?|the|its|their|his|her|any)\s+((force|mission|operation)\s+of\s+((?!occupation\b)\p{Ll}+(?:ance|ence|ion)))\b/gu;
// "the American plan", "the US draft", "Washington's text": a plan named by nothing but the nation that wrote it (and
// words that only grade it). News names the one plan in the story this way once it has been named, and the nation is
// its author. Not "an American proposal for a ceasefire" (the ceasefire is what is proposed) nor "a plan to …".
const PLAN_NOUN = 'plan|draft|proposal|blueprint|text|framework|initiative|memorandum';
const PLAN_GRADE = String.raw`(?:(?:peace|draft|revised|original|new|latest|leaked|initial|updated|first|earlier|own|amended|final|current)\s+)*`;
const NATION_PLAN = new RegExp(String.raw`(?:\b(?:[Tt]he|[Aa]n?)\s+${PLAN_GRADE}(U\.S\.|U\.S|US|USA|\p{Lu}[\p{L}-]+)|\b(\p{Lu}[\p{L}.-]+)['’]s)\s+(${PLAN_GRADE})(${PLAN_NOUN})\b(?![-‑])(?!\s+(?:for|to|of)\b)`, 'gu');
const NATION_PLAN_GATE = new RegExp(String.raw`\b(?:${PLAN_NOUN})\b`);
const POINT_PLAN = /\b(\d{1,2})-point\s+(?:peace\s+)?(?:draft|blueprint|text|document|list|proposal)\b/g;
// "the 28 points had become 19", "answered Washington's 28 points", "a plan 28 points long": once a plan is known by its
// count, its points stand for it. A determiner or a possessive before the count (not "won by 12 points"), and not
// points of something else ("the 5 points of contention").
const POINT_COUNT = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\p{Lu}[\p{L}.-]*['’]s)\s+(\d{1,2})\s+points\b(?!\s+(?:of|ahead|behind|clear|lead|higher|lower|down|up)\b)(?!-)|(?<=,\s)(\d{1,2})\s+points\s+long\b/gu;
/** Whether a word names a state ("American", "US", "Washington"), not a region or a person. */
const nationWord = (w: string) => lookupGazetteer(w)?.type === 'COUNTRY';
/** The GENERIC rule leaves these to NATION_PLAN: a plan-like head whose only naming word is a nation. */
const NATION_PLAN_HEAD = /^(?:plan|proposal|framework|initiative)$/i;
const CAPITAL = /\p{Lu}/u;
/** The United States as the subject of a deployment right after it: "the United States will not ", "Washington said it
 *  would never " (lower-case words only between, none that names others who would send). */
const US_SENDS = /\b(?:the\s+)?(?:United States|U\.S\.|US|America|Washington|Pentagon)\s+(?:(?!(?:allies|europeans?|others|partners|countries|nations|them|europe)\b)[a-z’']+,?\s+){0,8}?(?:would|will|could|can|to|not|never|(?:would|wo|ca|could|do|does|did)n['’]t)\s+(?:\w+\s+)?$/;
// Also "a security force after a ceasefire": a force of that kind placed after the war's end is the same force.
const FORCE_IN_UKRAINE = /(?<=\b(?:[Aa]n?|[Aa]ny)\s+)(?:(?:security|stabili[sz]ation|post-war|postwar)\s+)?force\s+(?:in|for)\s+Ukraine\b|(?<=\b(?:[Aa]n?|[Aa]ny)\s+)(?:security|stabili[sz]ation)\s+force(?=\s+(?:after|once|following)\s+(?:a|an|the|any)\s+(?:ceasefire|cease-fire|truce|peace)\b)/g;
const EUROPEAN_FORCE_RANK = CONCEPTS.findIndex((c) => c.name === 'European peacekeeping force');

// Module level, not a closure per call: tsx (esbuild's keepNames) names every closure as it is made, at a cost.
const unquoted = (s: string) => s.replace(/^["“]|["”]$/g, '');
export function findProposals(sentence: Sentence): RawMention[] {
  const found: Array<RawMention & { rank: number }> = [];
  const at = (index: number, length: number) => ({ start: sentence.start + index, end: sentence.start + index + length });
  CONCEPTS.forEach((concept, rank) => {
    if (concept.gate && !concept.gate.test(sentence.text)) return;
    for (const m of matchesOf(sentence.text, concept.pattern)) {
      const text = unquoted(m[0]);
      const offset = m[0].indexOf(text);
      // "Russian troops" are no part of a European force; "Ukraine's NATO membership" and "Ukrainian elections" are the
      // membership and the elections themselves.
      if (/\b(?:Russian|Ukrainian|Ukraine['’]s|Russia['’]s)\b/.test(text) && !/^Ukraine['’]s (?:NATO|Nato) membership$/.test(text) && concept.name !== 'Elections in Ukraine' && concept.name !== 'EU membership for Ukraine' && concept.name !== "Cap on Ukraine's armed forces" && concept.name !== 'New sanctions on Russia') continue;
      // "Finland and Sweden joining NATO": another state's accession, not Ukraine's membership.
      if ((concept.name === 'NATO membership for Ukraine' || concept.name === 'EU membership for Ukraine') && /^join/i.test(text) && OTHER_STATE_BEFORE.test(sentence.text.slice(0, m.index + offset))) continue;
      const act = DEPLOY_START.test(text) || CONCEDE_START.test(text);
      // "sent troops to Russia", "will station troops in Lithuania": troops sent to another country than Ukraine are
      // no part of a force for Ukraine.
      if (act && concept.name === 'European peacekeeping force' && elsewhere(sentence.text.slice(m.index + offset + text.length, m.index + offset + text.length + 40))) continue;
      // "the United States will not send troops to Ukraine", "the U.S. has said it wouldn't send its troops": troops the
      // United States sends are U.S. troops, no part of a European force.
      const own = act && concept.name === 'European peacekeeping force' && !CAPITAL.test(text.slice(1)) && US_SENDS.test(sentence.text.slice(Math.max(0, m.index + offset - 90), m.index + offset));
      // "protect cities without putting European soldiers on the front line": an act set aside is not what "the idea" after it
      // refers back to.
      const aside = act && ASIDE_BEFORE.test(sentence.text.slice(Math.max(0, m.index + offset - 16), m.index + offset));
      found.push({ ...at(m.index + offset, text.length), text, type: 'PROPOSAL', source: 'proposal', name: own ? 'U.S. troops in Ukraine' : concept.name, act, rank, ...(aside ? { aside } : {}) });
    }
  });
  for (const m of matchesOf(sentence.text, NUMERIC_FORCE)) {
    if (/^\d{4}$/.test(m[1]) && !m[2]) continue;
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: numericName(m[1], m[2]), rank: -1 });
  }
  for (const m of HEAD_WORD.test(sentence.text) ? matchesOf(sentence.text, GENERIC) : []) {
    const modifiers = m[1].trim().split(/\s+/);
    if (modifiers.some((w) => FUNCTION_WORDS.test(w)) || SERVICE.test(`${m[1]}${m[2]}`.replace(/force$/i, 'Force'))) continue;
    // An umbrella or deterrence is a proposal when it is nuclear ("the French nuclear umbrella"), not "a protective umbrella".
    if (/^(?:umbrella|deterrence)$/i.test(m[2]) && !modifiers.some((w) => /^nuclear$/i.test(w))) continue;
    // A deal is named by what it trades, a plural noun ("the minerals deal"), not graded ("a quick deal", "no deal");
    // a declaration or an understanding by a proper name ("the Paris declaration", "the Black Sea understanding").
    const last = modifiers[modifiers.length - 1];
    if (/^deal$/i.test(m[2]) && !(PLURAL_NOUN.test(last) && !/(?:ous|ss|is)$/.test(last))) continue;
    if (/^(?:declaration|understanding)$/i.test(m[2]) && !modifiers.every((w) => CAPITALISED.test(w))) continue;
    // "the European Commission's plan to end imports": a body's plan named by what it would do (PLAN_TO below), whose
    // author the possessive names.
    if (/['’]s$/.test(modifiers[modifiers.length - 1]) && POSSESSIVE_PLAN_TO.test(sentence.text.slice(m.index + m[0].length))) continue;
    const named = modifiers.filter((w) => !VAGUE.has(w.toLowerCase()));
    // "the American plan": left to NATION_PLAN below, which reads the nation as the plan's author.
    if (NATION_PLAN_HEAD.test(m[2]) && named.length >= 1 && nationWord(named[0]) && named.slice(1).every((w) => /^peace$/i.test(w)) && !/^\s+(?:for|to|of)\b/.test(sentence.text.slice(m.index + m[0].length)) && /^(?:an?|the)$/i.test(m[0].trim().split(/\s+/)[0])) continue;
    // "an American proposal for a 30-day ceasefire", "a US proposal to recognise Crimea": a nation's proposal named
    // by nothing but the nation, with what it proposes right after it, is that thing, not a proposal of its own.
    if (/^(?:proposal|initiative)$/i.test(m[2]) && named.length > 0 && named.every((w) => lookupGazetteer(w)?.type === 'COUNTRY') && /^\s+(?:for|to)\s/.test(sentence.text.slice(m.index + m[0].length))) continue;
    let index = m.index + m[0].indexOf(m[1]);
    let text = sentence.text.slice(index, m.index + m[0].length);
    // "the American 28-point plan", "the US-drafted 28-point plan": the nation that drew up a plan named by other words is
    // its author (read as PROPOSED), not part of its name.
    const author = named.length > 1 && /^(?:plan|proposal|initiative|framework)$/i.test(m[2]) ? AUTHOR_MODIFIER.exec(modifiers[0]) : null;
    // Not where the words left name no proposal of their own ("the American peace plan" stays so named).
    if (author && lookupGazetteer(author[1])?.type === 'COUNTRY' && named[0] === modifiers[0] && !(named.length === 2 && NOT_PROPOSALS.test(named[1]))) {
      const skip = text.indexOf(modifiers[1], modifiers[0].length);
      index += skip;
      text = text.slice(skip);
      named.shift();
    }
    // "joining NATO would be the strongest guarantee": a predicate names no proposal met before.
    if (named.length === 0 && /\b(?:is|are|was|were|be|been|remains?)\s+$/.test(sentence.text.slice(0, m.index + m[0].indexOf(m[0].trim())))) continue;
    // Only the heads a debate refers back to stand for a proposal met before: "a joint shield" names none.
    if (named.length === 0 && /^(?:deal|shield|declaration|understanding)$/i.test(m[2])) continue;
    if (named.length === 0) {
      // "any new force" names no force in particular.
      if (/^any\s/i.test(m[0])) continue;
      found.push({ ...at(index, text.length), text, type: 'PROPOSAL', source: 'anaphor', head: m[2].toLowerCase(), rank: 99 });
    } else if (!(named.length === 1 && NOT_PROPOSALS.test(named[0]) && !/^shield$/i.test(m[2]))) {
      const name = /^deal$/i.test(m[2]) ? `${last} ${m[2]}` : `${named.join(' ')} ${m[2]}`;
      // 'would need "a firm American backstop"': graded, the words left say a concept, which names it.
      const concept = named.length < modifiers.length ? conceptOf(name) : undefined;
      found.push({ ...at(index, text.length), text, type: 'PROPOSAL', source: 'proposal', name: concept ?? name[0].toUpperCase() + name.slice(1), rank: 50 });
    }
  }
  // "a 28-point draft", "the 20-point text": a plan named by its count of points, whatever the document is called, is
  // that plan ("28-point plan").
  for (const m of /-point\s/.test(sentence.text) ? matchesOf(sentence.text, POINT_PLAN) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: `${m[1]}-point plan`, rank: 29 });
  }
  for (const m of /\d points\b/.test(sentence.text) ? matchesOf(sentence.text, POINT_COUNT) : []) {
    const n = m[1] ?? m[2];
    const text = m[1] ? m[0].slice(m[0].indexOf(n)) : m[0];
    found.push({ ...at(m.index + m[0].length - text.length, text.length), text, type: 'PROPOSAL', source: 'proposal', name: `${n}-point plan`, rank: 29 });
  }
  for (const m of NATION_PLAN_GATE.test(sentence.text) ? matchesOf(sentence.text, NATION_PLAN) : []) {
    const nation = m[1] ?? m[2];
    if (!nationWord(nation.replace(/\.$/, '')) && !nationWord(nation)) continue;
    const grade = m[3].trim();
    const head = m[4];
    const text = `${grade ? `${grade} ` : ''}${head}`;
    const name = `${nation} ${/\bpeace\b/i.test(grade) ? 'peace ' : ''}${head}`;
    found.push({ ...at(m.index + m[0].length - text.length, text.length), text, type: 'PROPOSAL', source: 'proposal', name, backTo: true, rank: 29 });
  }
  for (const m of TAKEN_HEAD.test(sentence.text) ? matchesOf(sentence.text, TAKEN) : []) {
    // "promised Ukraine Patriot systems": a country right after the verb is who receives, not part of the name.
    const receiver = m[1] && lookupGazetteer(m[1]) && lookupGazetteer(m[1])!.kind !== 'demonym';
    const words = [...(m[1] && !receiver ? [m[1]] : []), ...m[2].trim().split(/\s+/)];
    // "sent Ukraine systems": a place is no word of a name.
    if (lookupGazetteer(words[0]) && lookupGazetteer(words[0])!.kind !== 'demonym') continue;
    if (words.some((w) => FUNCTION_WORDS.test(w) || TAKEN_STOP.test(w))) continue;
    const named = words.filter((w) => !VAGUE.has(w.toLowerCase()) && !QUANTITY.test(w));
    if (!named.length || (WEAPON.test(m[3]) && named.some((w) => HOSTILE.test(w)))) continue;
    // The mention starts at its first word of name ("its own Taurus missiles" → "Taurus missiles").
    const from = (m[1] && !receiver ? m.indices![1] : m.indices![2])[0];
    const start = from + (matchesOf(sentence.text.slice(from, m.indices![3][0]), /\S+/g).find((w) => w[0] === named[0])?.index ?? 0);
    const text = sentence.text.slice(start, m.index + m[0].length);
    const name = `${named.join(' ')} ${m[3].replace(/\s+/g, ' ')}`;
    found.push({ ...at(start, text.length), text, type: 'PROPOSAL', source: 'proposal', name: name[0].toUpperCase() + name.slice(1), rank: 38 });
  }
  // "Tomahawk deliveries would damage relations": deliveries of a named weapon are a proposal wherever they stand.
  for (const m of /deliveries|supplies|shipments/.test(sentence.text) ? matchesOf(sentence.text, NAMED_DELIVERIES) : []) {
    if (lookupGazetteer(m[1]) || FUNCTION_WORDS.test(m[1]) || m.index === 0) continue;
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: m[0], rank: 38 });
  }
  // "the European counterproposal", "Europe's 'counter-plan'", "the European amendments to the U.S. plan", "amendments of
  // their own": a plan put against another is a proposal of its own, named by who puts it.
  for (const m of /[Cc]ounter|amendments/.test(sentence.text) ? matchesOf(sentence.text, COUNTER) : []) {
    const lead = m[1] && (FUNCTION_WORDS.test(m[1]) || lookupGazetteer(m[1])?.kind === 'name') ? m[1] : undefined;
    const by = lead ? undefined : m[1] ?? m[3];
    const text = m[0].slice(lead ? m[0].indexOf(m[2]) : 0).replace(/^["'‘“]|\s+to\s+(?:the|a|its)\s+$/g, '');
    const hit = by ? lookupGazetteer(by) : undefined;
    if (m[3] && hit?.kind !== 'demonym' && by !== 'European') continue;
    found.push({ ...at(m.index + m[0].indexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: by ? `${by} counterproposal` : 'Counterproposal', rank: 37 });
  }
  // "legal recognition of Russian occupation", "recognise Crimea as Russian": recognising land taken by force is a
  // proposal positions are taken on, named by the land.
  for (const m of RECOGNISE_WORD.test(sentence.text) ? matchesOf(sentence.text, RECOGNITION) : []) {
    const object = m[2] ?? m[4];
    if (!TAKEN_LAND.test(object) || object.split(/\s+/).some((w) => FUNCTION_WORDS.test(w) && !/^(?:of|the)$/i.test(w))) continue;
    const text = m[1] ?? m[3];
    // A region named by name is recognised as Russian however it is put ("the occupation of Crimea").
    const region = REGION_AT_END.exec(object)?.[0];
    const name = region ? `Recognition of ${region} as Russian` : `Recognition of ${object}`;
    // "would not recognise occupied territory as Russian": written with its verb, the mention is the act itself (its
    // subject's stance, negated or not), as "would not cede territory" is.
    found.push({ ...at(m.index + m[0].indexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name, rank: 34, ...(m[3] ? { act: true } : {}) });
  }
  // "signed up to spending 5% of its GDP on defence": a spending target is a proposal, named by its share.
  for (const m of /\bGDP\b|gross domestic product/.test(sentence.text) && SPENDING.test(sentence.text) ? matchesOf(sentence.text, GDP_SHARE) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: `Defence spending of ${m[1]}% of GDP`, rank: 34 });
  }
  // "its 19th package of sanctions", "the seventeenth sanctions package": the EU numbers its packages, each a proposal
  // of its own (a bare "19th package" only where the sentence speaks of sanctions).
  for (const m of /package/i.test(sentence.text) ? matchesOf(sentence.text, NUMBERED_PACKAGE) : []) {
    const n = m[1] ? Number(m[1]) : SPELLED_ORDINALS.indexOf(m[2].toLowerCase()) + 10;
    if (!m[3] && !/sanction|restrictive measures/i.test(sentence.text)) continue;
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: `EU's ${n}${ordinalSuffix(n)} sanctions package against Russia`, rank: 34 });
  }
  // "must stop buying Russian oil": ending the purchases that pay for the war is a proposal of its own.
  for (const m of /Russian/.test(sentence.text) ? matchesOf(sentence.text, STOP_BUYING) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: `End of purchases of Russian ${m[1].toLowerCase() === 'lng' ? 'LNG' : m[1].toLowerCase()}`, rank: 34 });
  }
  // "would set up military hubs across Ukraine": the bases a force would work from, with or without "a".
  for (const m of matchesOf(sentence.text, /\bmilitary\s+hubs?\b/gi)) {
    const text = m[0];
    found.push({ ...at(m.index, text.length), text, type: 'PROPOSAL', source: 'proposal', name: text[0].toUpperCase() + text.slice(1).toLowerCase(), rank: 50 });
  }
  // Proposals described by common nouns rather than named (each kept as an entity only where a relation involves it):
  // "a headquarters in Paris": where a force would be commanded from.
  for (const m of /headquarters/.test(sentence.text) ? matchesOf(sentence.text, HEADQUARTERS) : []) {
    found.push({ ...at(m.index + m[0].indexOf(m[1]), m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: `Headquarters in ${m[2]}`, described: true, rank: 50 });
  }
  // "ready to contribute to a force in Ukraine": an unnamed force placed in Ukraine is the European force debated (only
  // described, so not what "the plan" refers back to).
  for (const m of /\bforce\s+(?:in|for|after|once|following)\s/.test(sentence.text) ? matchesOf(sentence.text, FORCE_IN_UKRAINE) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: 'European peacekeeping force', described: true, rank: EUROPEAN_FORCE_RANK });
  }
  // "a memorandum about a future peace accord", "Moscow's draft memorandum": a text one side drafts for the other.
  for (const m of /memorand/.test(sentence.text) ? matchesOf(sentence.text, MEMORANDUM) : []) {
    found.push({ ...at(m.index + m[0].indexOf(m[1]), m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: 'Memorandum', described: true, rank: 33 });
  }
  // "the demining of the Black Sea", "help with demining at sea": clearing the sea lanes once the guns fall silent.
  for (const m of /demining/i.test(sentence.text) ? matchesOf(sentence.text, DEMINING) : []) {
    const text = m[0];
    found.push({ ...at(m.index, text.length), text, type: 'PROPOSAL', source: 'proposal', name: text[0].toUpperCase() + text.slice(1), described: true, rank: 34 });
  }
  for (const m of /logistic/i.test(sentence.text) ? matchesOf(sentence.text, LOGISTICS_HUB) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: 'Logistics hub', described: true, rank: 50 });
  }
  for (const m of /Donbas|Donetsk/.test(sentence.text) ? matchesOf(sentence.text, DONBAS_WITHDRAWAL) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: 'Withdrawal of Ukrainian forces from Donbas', described: true, rank: 34 });
  }
  for (const m of /\bseat\b/i.test(sentence.text) ? matchesOf(sentence.text, SEAT_AT_TABLE) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: 'Seat at the negotiating table', described: true, rank: 34 });
  }
  // "a loan funded by profits on frozen Russian assets": using the assets is a proposal wherever they are named.
  for (const m of /frozen/.test(sentence.text) ? matchesOf(sentence.text, FROZEN_ASSETS) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: 'Frozen Russian assets', described: true, rank: 39 });
  }
  // "a temporary administration for Ukraine under the United Nations": a government put in Ukraine's place.
  for (const m of /administration/.test(sentence.text) ? matchesOf(sentence.text, ADMINISTRATION) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: 'Temporary administration of Ukraine', described: true, rank: 34 });
  }
  for (const m of matchesOf(sentence.text, QUOTED_NAME)) {
    // "the “Coalition for Peace”", and a name after its head noun: "the plan “ReArm Europe”".
    if (!/\b(?:an?|the|for|of)\s+$|\b(?:plan|proposal|initiative|programme|program|scheme|idea|concept)\s+$/.test(sentence.text.slice(0, m.index))) continue;
    found.push({ ...at(m.index + 1, m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: m[1], rank: 40 });
  }
  // A newly named proposal: a capitalised name with a proposal head ("the Multinational Force Ukraine"). Armed
  // services ("the Royal Air Force") and named military operations ("Operation Sandstorm") are not proposals.
  for (const m of matchesOf(sentence.text, NAMED)) {
    if (SERVICE.test(m[1])) continue;
    // "the Multinational Force for Ukraine" is the Multinational Force Ukraine: one name across articles.
    found.push({ ...at(m.index + m[0].indexOf(m[1]), m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: m[1].replace(FOR_BEFORE_NAME, ' '), rank: 30 });
  }
  // "ready to host a meeting between Putin and Zelenskyy", "trying to broker a meeting between A and B": a meeting sought
  // is a proposal, named by its two sides (the mention is the head word, so the people stay mentions of their own).
  for (const m of matchesOf(sentence.text, MEETING_SOUGHT)) {
    const last = (names: string) => names.split(/\s+/).pop()!;
    const head = m[1];
    found.push({ ...at(m.index + m[0].indexOf(head, m[0].length - m[1].length - m[2].length - m[3].length - 20), head.length), text: head, type: 'PROPOSAL', source: 'proposal', name: `${head[0].toUpperCase()}${head.slice(1)} between ${last(m[2])} and ${last(m[3])}`, rank: 20 });
  }
  // "proposed a Zelensky–Putin meeting": the two sides joined by a dash before the head word, the whole a proposal.
  for (const m of DASH_CAPITAL.test(sentence.text) ? matchesOf(sentence.text, MEETING_SOUGHT_DASHED) : []) {
    const text = m[1];
    found.push({ ...at(m.index + m[0].lastIndexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: `${m[4][0].toUpperCase()}${m[4].slice(1)} between ${m[2]} and ${m[3]}`, rank: 20 });
  }
  // "a plan to rearm Europe": a plan named by what it would do, unless that is a concept of its own ("a plan to send troops");
  // "presented the plan to the ministers" gives the plan to someone, it does not name it.
  for (const m of matchesOf(sentence.text, PLAN_TO)) {
    const text = m[1];
    if (conceptOf(text, true)) continue;
    // After a possessive, only a plan whose words end where its phrase does ("…'s plan to end imports of Russian gas by
    // 2027"), not one cut short ("…'s plan to turn Ukraine itself into …").
    if (!/^\s*(?:an?|the|its|their|his|her)\s/i.test(m[0]) && !PHRASE_END.test(sentence.text.slice(m.index + m[0].length))) continue;
    found.push({ ...at(m.index + m[0].indexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: text[0].toUpperCase() + text.slice(1), rank: 55 });
  }
  // "a guarantee modelled on NATO's Article 5", "her model inspired by Article 5": a guarantee named by what it copies,
  // the same proposal as "an Article 5-style guarantee".
  for (const m of matchesOf(sentence.text, MODELLED_GUARANTEE)) {
    const text = m[1];
    // As an offer's bare object, only guarantees likened by their words ("offer protection modelled on NATO's clause"
    // names the clause, not a likeness).
    if (m[0] === text && (!/^guarantees?\b/.test(text) || !/["“]|similar|akin/.test(text))) continue;
    found.push({ ...at(m.index + m[0].indexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: `${m[2].replace(/\s+/g, ' ')}-style guarantee`, rank: 32 });
  }
  // "a force of reassurance", "a mission of interposition": a force named by its purpose after "of", as translations
  // write it, is the same proposal as "a reassurance force".
  for (const m of / of /.test(sentence.text) ? matchesOf(sentence.text, PURPOSE_AFTER) : []) {
    const text = m[1];
    found.push({ ...at(m.index + m[0].indexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: `${m[3][0].toUpperCase()}${m[3].slice(1)} ${m[2]}`, rank: 50 });
  }
  // "a declaration of intent on deploying a force": a text signed to commit to something is a proposal of its own.
  for (const m of matchesOf(sentence.text, /\b(?:an?|the|their|its)\s+((?:joint\s+)?declaration of intent)\b/gu)) {
    found.push({ ...at(m.index + m[0].indexOf(m[1]), m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: 'Declaration of intent', rank: 33 });
  }
  // "signed a letter of intent for Kyiv to buy 150 Gripen E fighter jets": a deal signed before its contract is a
  // proposal too, named by the arms it is for when the sentence names them (two letters are two deals).
  for (const m of matchesOf(sentence.text, /\b(?:an?|the|their|its)\s+(letters? of intent|memorand(?:um|a) of understanding)\b/gu)) {
    const arms = NAMED_ARMS.exec(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 160));
    const kind = /^letter/i.test(m[1]) ? 'Letter of intent' : 'Memorandum of understanding';
    found.push({ ...at(m.index + m[0].indexOf(m[1]), m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: arms ? `${kind} on ${arms[1]}` : kind, rank: 33 });
  }
  // "would lead the monitoring of any ceasefire": the watch kept on a truce is a proposal of its own.
  for (const m of /monitoring of/.test(sentence.text) ? matchesOf(sentence.text, /\bmonitoring of (?:a|any|the|an eventual|a future) (?:ceasefire|cease-fire|truce)\b/g) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: 'Ceasefire monitoring mission', rank: 31 });
  }
  // "the mechanism to monitor a ceasefire", "a mission to police the line": a body named by the watch it keeps is a
  // proposal of its own, not the thing it watches.
  // Also with who leads it before the head ("a US-led mechanism to monitor a ceasefire").
  for (const m of matchesOf(sentence.text, /\b(?:an?|the|its|their|his|her)\s+((?:[\p{L}.]+-led\s+)?(?:mechanism|mission|force|system|body|operation)\s+to\s+(?:monitor|observe|police|verify|enforce|oversee|supervise|patrol)\s+(?:(?:a|the|any|that|this|such a)\s+)?[\p{L}-]+(?:\s+(?:line|zone|agreement|deal|truce))?)/gu)) {
    const text = m[1];
    // "to monitor that ceasefire" points back to a truce; the body is named as watching one.
    const name = text.replace(/\s(?:that|this|such a)\s/, ' a ');
    found.push({ ...at(m.index + m[0].indexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: name[0].toUpperCase() + name.slice(1), rank: 54 });
  }
  // "a ceasefire monitoring and verification mechanism": the same watch kept on a truce, named by a compound noun.
  for (const m of /monitoring/.test(sentence.text) ? matchesOf(sentence.text, MONITORING_BODY) : []) {
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'proposal', name: m[0][0].toUpperCase() + m[0].slice(1), rank: 54 });
  }
  // A quoted phrase that is what someone calls for or proposes names a proposal: 'calls for "armed forces of Europe"',
  // 'proposed a "drone wall"'.
  // Also a short quoted noun phrase for what someone would build or base troops in: 'would set up "military hubs"',
  // 'based in "military hubs"' (not 'create "a climate of fear"').
  for (const m of matchesOf(sentence.text, QUOTED_BUILT)) {
    const text = m[1];
    if (text.split(/\s+/).some((w) => FUNCTION_WORDS.test(w))) continue;
    found.push({ ...at(m.index + m[0].lastIndexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: text[0].toUpperCase() + text.slice(1), rank: 36 });
  }
  // What someone backs or demands in quotation marks names a proposal too ('pressed leaders to back a "drone wall"'),
  // when the quotation is the whole object: not an adjective before a noun ('backed "solid and lasting" guarantees').
  for (const m of matchesOf(sentence.text, /\b(?:call(?:s|ed|ing)? for|propos(?:e|es|ed|ing)|float(?:s|ed|ing)|unveil(?:s|ed|ing)|push(?:es|ed|ing)? for|(back|support|endors|champion|demand|press(?:es|ed|ing)? for|urg)(?:s|e|es|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:["“‘]|(?<=\s)')([\p{L}][\p{L}\p{N}’' -]{2,48}[\p{L}])(?:["”’]|'(?![\p{L}]))/gu)) {
    const text = m[2];
    // A quantified phrase ('supports "every serious idea"') names no particular proposal.
    if (text.split(/\s+/).length > (m[1] ? 4 : 6) || (m[1] && /^(?:every|any|all|each|some|no|more|such|whatever)\s/i.test(text))) continue;
    if (m[1] && !/^\s*(?:[,.;:!?)—–]|$|(?:along|on|for|in|at|to|from|with|as|that|which|and|or|but|across|over|by|if|before|after|once|since|when|while)\b)/.test(sentence.text.slice(m.index + m[0].length))) continue;
    found.push({ ...at(m.index + m[0].lastIndexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: text[0].toUpperCase() + text.slice(1), rank: 36 });
  }
  // A "so-called" name in quotes is a proposal named by the writer or a critic: 'the so-called "reassurance force"'.
  for (const m of matchesOf(sentence.text, /\bso-called\s+["“]([\p{L}][\p{L}\p{N}’' -]{2,58}[\p{L}])["”]/gu)) {
    const text = m[1];
    found.push({ ...at(m.index + m[0].indexOf(text), text.length), text, type: 'PROPOSAL', source: 'proposal', name: text[0].toUpperCase() + text.slice(1), rank: 35 });
  }
  for (const m of /(?:ceasefire|cease-fire|truce)s?\b/i.test(sentence.text) && /\b(?:hours?|days?)\b/i.test(sentence.text) ? matchesOf(sentence.text, SHORT_TRUCE) : []) {
    if (!shortSpan(m[1], m[2] ?? m[3])) continue;
    found.push({ ...at(m.index, m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: m[1][0].toUpperCase() + m[1].slice(1), rank: 43 });
  }
  for (const m of TRUCE_WORD.test(sentence.text) ? matchesOf(sentence.text, SCOPED_TRUCE) : []) {
    if (!SCOPED.test(m[1])) continue;
    const name = m[1].replace(/["“]/g, '');
    found.push({ ...at(m.index, m[1].length), text: m[1], type: 'PROPOSAL', source: 'proposal', name: name[0].toUpperCase() + name.slice(1), rank: 44 });
  }
  for (const m of matchesOf(sentence.text, STOP)) {
    const [, span, head, preposition, what] = m;
    const words = what.split(/\s+/);
    const stop = words.findIndex((w, k) => (FUNCTION_WORDS.test(w) && !(/^(?:on|against)$/.test(w) && k > 0 && k + 1 < words.length && !FUNCTION_WORDS.test(words[k + 1]))) || /^(?:but|while|until|after|since)$/.test(w));
    const object = (stop < 0 ? words : words.slice(0, stop)).join(' ');
    if (!object) continue;
    const named = `${head} ${preposition} ${object}`;
    const index = m.index + m[0].indexOf(span ?? head);
    const text = sentence.text.slice(index, m.index + m[0].indexOf(head) + named.length);
    found.push({ ...at(index, text.length), text, type: 'PROPOSAL', source: 'proposal', name: named[0].toUpperCase() + named.slice(1), ...(preposition === 'in' ? { described: true } : {}), rank: 45 });
  }
  for (const m of matchesOf(sentence.text, ANAPHOR)) {
    // "the options being developed" are not one proposal met before, nor is "an idea that Trump supported" (a new one).
    if (/\boptions$/i.test(m[0]) || (/^an?\s/i.test(m[0]) && /^\s*,?\s*(?:that|which)\b/.test(sentence.text.slice(m.index + m[0].length)))) continue;
    found.push({ ...at(m.index, m[0].length), text: m[0], type: 'PROPOSAL', source: 'anaphor', head: (m[1] ?? m[2] ?? m[3]).toLowerCase(), rank: 100 });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const kept: RawMention[] = [];
  for (const { rank: _rank, ...m } of found) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const TRUCE_HEAD = /(?:ceasefire|cease-fire|truce|moratorium)/i;
const BARE_TRUCE = /^(?:ceasefire|cease-fire|truce|moratorium)$/i;
const THE_BEFORE = /\b(?:the|this|that)\s+$/i;
/** "Putin's Easter truce … Kyiv rejected the truce": a bare "the truce" goes back to the last truce named before it,
 *  when that one was limited to a domain or a season; the war's ceasefire named last keeps its own. */
export function scopedTrucesBack(text: string, found: RawMention[]): void {
  let last: RawMention | undefined;
  for (const m of found) {
    if (m.type !== 'PROPOSAL' || !m.name || !TRUCE_HEAD.test(m.text)) continue;
    if (last && BARE_TRUCE.test(m.text) && THE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) && m.text.toLowerCase().replace('cease-fire', 'ceasefire') === TRUCE_HEAD.exec(last.text)![0].toLowerCase().replace('cease-fire', 'ceasefire')) {
      m.name = last.name;
      continue;
    }
    last = SCOPED.test(m.text) ? m : undefined;
  }
}

/** Words a proposal named by a quotation or a description is found by again later ("the drone wall" after 'a "drone
 *  wall"'): proposals the rules above find by their own head word or concept are found again anyway. */
const REFOUND = new RegExp(String.raw`\b(?:${HEADS})\b`, 'i');

/** Later mentions of a proposal the article has named (two words or more), where no other mention stands: one pass
 *  over the text with one pattern of all such names, so the cost stays linear in the article. */
export function repeatedProposals(text: string, found: readonly RawMention[]): RawMention[] {
  const names = new Map<string, RawMention>();
  for (const m of found) {
    if (m.type !== 'PROPOSAL' || m.source !== 'proposal' || !m.name || REFOUND.test(m.text) || conceptOf(m.text, true)) continue;
    const surface = m.text.replace(/^["“‘']|["”’']$/g, '').toLowerCase();
    if (surface.split(/\s+/).length < 2 || names.has(surface)) continue;
    names.set(surface, m);
  }
  if (!names.size) return [];
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${[...names.keys()].map((n) => escapeRegExp(n)).join('|')})(?![\p{L}\p{N}-])`, 'giu');
  const taken = [...found].sort((a, b) => a.start - b.start);
  const out: RawMention[] = [];
  let k = 0;
  for (const m of matchesOf(text, pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < taken.length && taken[k].end <= start) k++;
    if (k < taken.length && taken[k].start < end) continue;
    const first = names.get(m[0].toLowerCase())!;
    out.push({ start, end, text: m[0], type: 'PROPOSAL', source: 'proposal', name: first.name, ...(first.described ? { described: true } : {}) });
  }
  return out;
}
