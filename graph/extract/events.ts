// Events: summits, meetings, talks and calls named with a place, a name or a date become EVENT entities, and who
// attended them (person or country → event) becomes ATTENDED. Announced, cancelled and future attendance is not.
import { entityId } from './entity-id';
import { readEventDate } from './event-date';
import { NEGATION } from './triggers';
import { coordinated, isActor, subjectsAt, type RelationContext } from './subjects';
import type { SentenceRelation } from './relations';
import type { Mention, Sentence } from './types';
import { escapeRegExp, matchesOf } from '../match-all';
import { lookupGazetteer } from './gazetteer';
import { countedBackFrom, DATE_CUE, dayContextAt, statedAt } from '../time/stated-at';

const HEAD = String.raw`(?:summit|meeting|talks|conference|videoconference|video call|video conference|phone call|telephone call|call|telephone conversation|phone conversation|forum|negotiations|blow-up|bust-up|row|clash|showdown|shouting match|funeral|inauguration)`;
/** "The telephone conversation between Putin and Trump, which took place on Tuesday": an unnamed meeting of two sides,
 *  an event when the sentence dates it. */
const BETWEEN_EVENT = /\b(?:the|a|an|their|his|her)\s+((?:(?:telephone|phone|video)\s+)?(?:call|conversation|meeting|talks|summit))\s+between\b/gi;
/** A time after an event that puts it ahead: "hosts the summit tomorrow", "attends the talks next week". */
const FUTURE_AFTER = /^\s+(?:tomorrow|next\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|later\s+this\s+(?:week|month|year))\b/i;
/** "Starmer hosted a video call of some 26 leaders on the 15th", "told European leaders on a video call", "joined the
 *  video call on Monday": an unnamed call or video conference, an event when its sentence or paragraph dates it. */
const INDEFINITE_CALL = /\b(?:a|an|the)\s+((?:video|phone|telephone)\s+(?:call|conference)|videoconference)\b(?!\s+(?:for|to)\b)/gi;
/** "Last Thursday the coalition held another call", "the ministers convened a meeting on Monday": a gathering held by
 *  its verb, an event when the sentence dates it to the day (not talks held with someone: a meeting of two). */
const HELD_GATHERING = /\b(?:held|convened|organi[sz]ed)\s+(?:a|an|another|a\s+further|a\s+new|its|their)\s+((?:(?:video|phone|telephone|virtual|online|emergency|urgent)\s+)?(?:call|meeting|videoconference|conference call))\b(?!\s+(?:with|for|to|on|between)\b)/gi;
/** "the summit hosted by Keir Starmer at Lancaster House": a gathering placed after its host. */
const HOSTED_PLACED = /\b(summit|meeting|talks|conference)\s+(?:hosted|chaired|co-chaired|convened|organi[sz]ed)\s+by\s+[^,.;]{1,60}?\s+(?:at|in)\s+((?!the\b)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu;
/** "Russian and Ukrainian negotiators sat down in Istanbul", "the meeting of American and Ukrainian delegations in
 *  Jeddah", "In Jeddah, …, the American and Ukrainian delegations agreed …": delegations that met in a city are talks
 *  there (the group is m[1] or m[3], the city m[2], m[4] or m[5]). */
const PLACE = String.raw`((?!The\b)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)`;
const DELEGATIONS_MET = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}.’'-]*(?:,\s+|\s+and\s+)){1,4}\p{Lu}[\p{L}.’'-]*)\s+(?:delegations|negotiators|negotiating teams)\s+(?:(?:met|meet|sat down|gathered|talked|held talks)(?:\s+(?:again|together|face to face|for the first time))?\s+in\s+${PLACE}|in\s+${PLACE}\s+(?:met|sat down|agreed|talked|held))`, 'gu');
const MEETING_OF_DELEGATIONS = new RegExp(String.raw`\b(?:meeting|talks|negotiations)\s+(?:of|between)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.’'-]*(?:,\s+|\s+and\s+)){1,4}\p{Lu}[\p{L}.’'-]*)\s+(?:delegations|negotiators)\s+in\s+${PLACE}`, 'gu');
const FRONTED_PLACE = new RegExp(String.raw`^\W*(?:In|At)\s+${PLACE},[^.;]{0,40}?\b((?:\p{Lu}[\p{L}.’'-]*(?:,\s+|\s+and\s+)){1,4}\p{Lu}[\p{L}.’'-]*)\s+(?:delegations|negotiators)\s+(?:met|agreed|sat down|talked|held)\b`, 'u');
/** "Leaders of the coalition met in Paris on 4 September", "The two leaders last met in Kyiv on 10 May, when they
 *  travelled with A and B": a gathering told by its verb and dated in its clause (m[1] who met, m[2] the place). Only a
 *  group, or people joined by others, make it an event: two people who met are a MET_WITH. */
const MET_IN = new RegExp(String.raw`^(.{1,120}?)\s+(?:(?:last|first|had|have|also|then)\s+)?(?:met|gathered)\s+(?:again\s+)?in\s+${PLACE}\s+on\s`, 'u');
/** A group (m[1], in the words before) that met in a city (m[2]), the sentence ending there. */
const GROUP_MET_IN = new RegExp(String.raw`(?:^|[,;—–]\s+|\b(?:after|before|when|as|since)\s+)((?:(?!\b(?:after|before|when|as|since)\b)[^,;.])+?)\s+(?:(?:had|have|also|then|last)\s+)?(?:met|gathered)\s+in\s+${PLACE}\s*[.;]?$`, 'u');
/** After a gathering, the text telling who was there: "Starmer hosted; A and B came in person", "X took part in
 *  Thursday's meeting by video link". */
const PRESENCE_AFTER = /^\W*[^]{0,600}?(?:\b(?:hosted|co-hosted|chaired|co-chaired)\s*[;,]|\bcame in person\b|\bjoined by video\b|\b(?:took part|participated)\s+in\s+(?:the|this|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:meeting|summit|talks|session|call)\b)/;
/** "Leaders including A and B gathered in …": a group whose members are named. */
const GROUP_NAMING = /\b(?:including|among them|such as)\s+\p{Lu}/u;
/** "Lind travelled to Paris for Monday's summit", "was in Brussels on Thursday for the meeting": going to a city for a
 *  gathering is being at it (m[1] the verb, m[2] the city, m[3] the kind), when the sentence dates it to the day. */
const TRAVELLED_FOR = new RegExp(String.raw`\b((?:travel{1,2}ed|flew|went|came|headed)\s+(?:back\s+)?to|(?:was|were)\s+in)\s+${PLACE}\b[^.;,]{0,30}?\s+for\s+(?:the|a|an|this\s+week['’]s|[\p{Lu}][\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(summit|meeting|talks|conference)\b`, 'u');
const ARRIVED_IN = new RegExp(String.raw`^(.{1,160}?)\s+(arrived|came|went|flew|travel{1,2}ed)\s+(?:together\s+)?(?:in|to)\s+${PLACE}\s+(?:together\s+)?(?:on|last|this|yesterday|early|late)\b|^((?:On|Last|This|Early on|Late on)\s+[^,.;]{1,30},\s+.{1,160}?)\s+(arrived|came|went|flew|travel{1,2}ed)\s+(?:in|to)\s+${PLACE}\s+together(?=\s*,|\s+and\b)`, 'u');
/** A host and a group of leaders received in a place (m[1] "in" or "at", m[2] the place). */
const HOSTED_GROUP = new RegExp(String.raw`\b(?:hosted|welcomed|received|convened)\s+(?:(?!by\b)[^.;]{0,60}?\s)?(?:the\s+)?(?:so-called\s+)?(?:coalition of the willing|(?:[\p{L}-]+\s+){0,3}?(?:leaders|heads of (?:state|government)|(?:foreign|defen[cs]e)\s+ministers|counterparts))\b[^.;]{0,60}?\s(in|at)\s+(?:the\s+)?${PLACE}`, 'u');
/** After a guest, a group received with them: "and the leaders of several European states". */
/** Right before the first of the states a host's guests came from: "his counterparts from", "ministers of the". */
const STATES_OF_GUESTS = /\b(?:counterparts|ministers|leaders|delegations|colleagues)\s+(?:from|of)\s+(?:the\s+)?$/;
const GUEST_GROUP = /^\s+and\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:leaders|heads of (?:state|government)|(?:foreign|defen[cs]e)\s+ministers|counterparts|coalition of the willing)\b/u;
/** Three or more names, and only names (with their titles): "Emmanuel Macron, Friedrich Merz and Keir Starmer". */
const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}`;
const NAMES_LIST = new RegExp(String.raw`^(?:.*?[—–:]\s+|(?:On|Last|This|Early on|Late on)\s+[^,.;]{1,30},\s+)?${NAME}(?:,\s+${NAME})+,?\s+and\s+${NAME}$`, 'u');
const THREE_NAMED = /(?:^|[^\p{L}])\p{Lu}[^,;]*(?:,\s+\p{Lu}[^,;]*)+,?\s+and\s+\p{Lu}[^,;]*$/u;
const GROUP_MET = /\b(?:leaders|ministers|heads of (?:state|government)|chiefs|delegations|envoys|negotiators)\b/i;
// Also "travelled to Kyiv together and, standing with X, demanded …": the one they stood with there.
// Also "filed into the East Room behind Zelensky": the one they went in behind.
const CAME_ALONG = /^[^.;]{0,60}?\b(?:(?:travel{1,2}ed|came|went|(?:were|was) joined)\s+(?:together\s+)?(?:with|by)|(?:standing|stood)\s+(?:alongside|beside|next to|with))\s+|^\s+(?:behind|alongside)\s+(?=[A-Z])/;
/** "Zelensky met European leaders, among them A, B and C": meeting a group whose members are listed is a gathering
 *  (the list after m[0]), not a meeting with each of them. */
const MET_GROUP = /\bmet\s+(?:with\s+)?(?:[\p{L}-]+\s+){0,2}(?:leaders|ministers|counterparts|heads of state(?: and government)?|allies)\s*,\s+(?:among them|including)\s+/u;
/** Where a clause before a verb opens: after it, the verb's subjects. */
const CLAUSE_OPENING = /[,;:—–]\s*|\b(?:after|before|when|since|while|as|because)\s+/g;
/** The people listed from `from` ("President A and Prime Minister B"): titles between the names do not end the list. */
function listedAfter(text: string, ms: Mention[], from: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.start < from || m.end > end || m.appositive || m.type !== 'PERSON') continue;
    const gap = text.slice(out.length ? out[out.length - 1].end : from, m.start);
    // "President A of France and Chancellor B": the state a name is "of" does not end the list.
    if (!(out.length ? /^(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*)?(?:,|,?\s+and)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u : /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u).test(gap)) break;
    out.push(m);
  }
  return out;
}
/** "Putin spoke by telephone with Trump", "Macron and Merz talked by phone": a call told by its verb. */
const SPOKE_BY_PHONE = /\b(?:spoke|talked)\s+(?:again\s+)?(?:by|on the|over the)\s+(?:tele)?phone\b/gi;
const PRONOUN_BEFORE = /\b(?:he|she|they|we|I|you)\s+(?:\w+\s+)?$/i;
/** "At the summit in June", "the December summit": a gathering named by its month alone. */
const MONTH_WORD = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const MONTH_EVENT = new RegExp(String.raw`\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ll]ast)\s+(?:(summit|meeting|conference)\s+in\s+${MONTH_WORD}|${MONTH_WORD}\s+(summit|meeting|conference))\b(?!\s+\d)`, 'g');
/** After an event, the verb that lists who was there; "included" only after "participants at", "by" only after "joined at". */
// Also past an aside between commas ("The call on Saturday, hosted by X, brought together …").
const listVerb = (extra: string) => new RegExp(String.raw`^[^.;]{0,40}?(?:,[^.;,]{1,80},)?\s+(?:brought together|gathered|was attended by|were attended by|drew${extra})\s+(?:the\s+)?`);
const TOGETHER = { none: listVerb(''), included: listVerb('|included|includes'), by: listVerb('|by') };
const WITH_EVENT = /\b(?:a|an|the|their|his|her)\s+((?:video|phone|telephone)\s+(?:call|conference))\s+with\b/gi;
// "the G20 summit", "a G7 meeting": a capitalised word may end in digits.
const QUALIFIER = String.raw`(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|and|–|-)\s+){0,5}?\p{Lu}[\p{L}.’'-]*(?:(?<=\p{Lu})\d{1,2})?`;
/** "the Lancaster House summit", "Sunday's London summit", "the emergency summit", "the defence ministers' meeting". */
// "Macron's call for a ceasefire" is a demand, not a phone call.
const NAMED_EVENT = new RegExp(String.raw`\b(?:(${QUALIFIER})|(emergency|extraordinary|virtual|online|crunch|snap|leaders['’]?|(?:defen[cs]e|foreign) ministers['’]?))\s+(${HEAD})\b(?!(?<=call)\s+(?:for|to|on)\b)`, 'gu');
/** A name joined to the next by a dash with no space ("Trump–" in "Trump–Putin summit"). */
const DASH_JOINED = /(?<![\p{L}.’'–-])\p{Lu}[\p{L}.’']*[–—]$/u;
/** Right after a named gathering, the city it was held in: "in The Hague", "in Paris" (not "in the Élysée", a room). */
const PLACE_AFTER = /^\s+in\s+((?:The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;
/** "talks in Jeddah", "the videoconference of the coalition of the willing", "a summit in Budapest". */
// A head opening its sentence is capitalised ("Talks in Geneva on Sunday brought together …").
const PLACED_EVENT = new RegExp(String.raw`\b(${HEAD}|Talks|Summit|Meeting|Negotiations)\s+(in|of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*|coalition of the willing)(?:\s+\p{Lu}[\p{L}’'-]*)*)`, 'gu');
const CITY_OF_EVENT = new RegExp(String.raw`\b(${HEAD})\s+in\s+the\s+(?:\p{Lu}[\p{L}’'-]*\s+)?(?:city|capital|port|resort|town)\s+of\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)`, 'gu');
/** "a meeting of military planners in Northwood": a gathering named by who met (in lower case) and where. */
// Also "a summit of European leaders in London": one adjective of a people before who met.
const GROUP_PLACED_EVENT = new RegExp(String.raw`\b(meeting|talks|summit|conference|videoconference|gathering)\s+of\s+((?:\p{Lu}\p{Ll}+(?:an|ish|ese|ic|ch)\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){1,5}?)(in|at)\s+((?!the\b)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)`, 'gu');
const DAY_OR_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
/** "the 18-19 December summit", "the Dec. 18 meeting", "the 4 September talks": an event named by its date. */
const DATED_EVENT = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ll]ast|[Tt]heir|[Ii]ts)\s+((?:\d{1,2}(?:st|nd|rd|th)?(?:[–-]\d{1,2}(?:st|nd|rd|th)?)?\s+${DAY_OR_MONTH}|${DAY_OR_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:[–-]\d{1,2})?)(?:,?\s+\d{4})?)\s+(${HEAD})\b(?!(?<=call)\s+(?:for|to|on)\b)`, 'gu');
/** "Driscoll held talks with a Russian delegation in Abu Dhabi": talks held with someone, placed after the partner. */
const HELD_WITH_PLACED = new RegExp(String.raw`\b(?:held|hold|holds|holding|had)\s+(?:(?:a|an|their|its|his|her|further|new|direct|fresh|separate)\s+)?(?:[\p{Ll}-]+\s+)?(talks|meeting|meetings|negotiations)\s+with\s+[^,.;]{1,60}?\s+in\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)`, 'gu');
/** "the UN General Assembly": the yearly gathering of leaders in New York. */
const ASSEMBLY_EVENT = /\b(?:UN|U\.N\.|United Nations)\s+General\s+Assembly\b/g;
/** Named gatherings: "the World Economic Forum", "the Munich Security Conference". */
const PROPER_EVENT = /\b((?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:Forum|Conference|Summit))\b/gu;
// Every match of these two holds one of their head words: sentences without any are not searched (the costly
// capitalised-word runs in front of the head are tried at every word otherwise).
const PROPER_HEAD = /Forum|Conference|Summit/;
const NAMED_HEAD = new RegExp(HEAD);
/** "the extraordinary European Council", "an informal EU summit": a meeting of a body named as the meeting. */
const COUNCIL_EVENT = /\b(?:extraordinary|special|informal|emergency)\s+(?:European Council|EU summit|NATO summit)\b/giu;
// Its gate: no letter but these folds into "council" or "ummit" (the u flag folds "ſ" into "s", so not "summit").
// \p{…} patterns at module level: under tsx a literal one inside a function is rebuilt on every call.
const POSSESSIVE_WORD = /\p{L}['’]s$/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** "the European Council of 20-21 March", "the European Council on 18 December": a body named with a day is its
 *  meeting that day. */
const DATED_COUNCIL = new RegExp(String.raw`\b(European Council|Foreign Affairs Council|NATO summit|EU summit)\s+(?:of|on)\s+(\d{1,2}(?:st|nd|rd|th)?(?:[–-]\d{1,2}(?:st|nd|rd|th)?)?\s+${DAY_OR_MONTH}(?:\s+\d{4})?|${DAY_OR_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:[–-]\d{1,2})?(?:,?\s+\d{4})?)`, 'gu');
/** "flew back to Florida on Thursday for a second round with X", "the third round in Istanbul": a numbered round of
 *  talks, placed by the city travelled to or named after it. */
const ROUND = /\b(?:a|an|the)\s+((?:first|second|third|fourth|fifth|new|latest|further)\s+round)(?:\s+of\s+(?:talks|negotiations))?\b/gi;
const TRAVELLED_TO = new RegExp(String.raw`\b(?:came|come|travel{1,2}ed|flew|flown|returned|went)(?:\s+back)?\s+to\s+${PLACE}[^.;,]{0,30}?\s+for\s+$`, 'u');
const ROUND_IN = new RegExp(String.raw`^\s+in\s+${PLACE}`, 'u');
/** A seat of government or a leader's residence, where a visit is a meeting. */
const SEAT = String.raw`(?:the\s+)?(White House|Oval Office|Élysée(?:\s+Palace)?|Elysee(?:\s+Palace)?|Kremlin|(?:Federal\s+)?Chancellery|Quirinale|Palazzo Chigi|Downing Street|Mariinskyi Palace|Mariinsky Palace|Presidential Complex|Presidential Palace|Bankova)`;
/** A gathering at a seat (m[1] its kind, m[2] the seat), past who met there: "the meeting of the coalition in the Élysée". */
// Also a confrontation there ("Friday's shouting match in the Oval Office", "the row at the Élysée").
const SEAT_EVENT = new RegExp(String.raw`\b(summit|meeting|talks|row|clash|showdown|shouting match|bust-up|blow-up)\s+(?:of\s+[^.;,]{1,60}?\s+)?(?:in|at)\s+${SEAT}`, 'g');
/** "seven Europeans filed into the East Room of the White House behind Zelensky", "the leaders gathered in the Oval
 *  Office": a group that went into a seat of government, a room of it, is a gathering there. */
const SEAT_ENTERED = new RegExp(String.raw`\b(?:filed|walked|streamed|trooped|crowded|squeezed|gathered|assembled)\s+(?:into|in|at)\s+(?:the\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:Room|Hall|Salon|Library|Garden)\s+of\s+)?${SEAT}`, 'u');
const SEAT_WORD = /White House|Oval Office|Élysée|Elysee|Kremlin|Chancellery|Quirinale|Chigi|Downing|Mariinsk|Presidential|Bankova/;
/** "after hosting Zelensky and seven leaders at the White House on 18 August", "Macron welcomed A and B to the Élysée on
 *  Thursday" (m[1] the seat): hosting at a seat on a day the clause gives is a meeting there. A visit alone ("came to the
 *  White House", "was received at the Kremlin") is not read: a courtesy call as often as a meeting. */
// Also meeting someone at a seat (m[2] the seat): "Macron met Starmer at the Élysée on Monday", "the two met at the White
// House on 18 August"; and greeting someone there ("Macron greets Zelensky at the Élysée on Thursday", a caption's words).
const VISIT = new RegExp(String.raw`\b(?:is\s+)?(?:hosted|hosting|hosts|received|receiving|welcomed|welcoming|greeted|greets|greeting)\s+(?!by\b)[^.;]{1,80}?\s+(?:at|to|in)\s+${SEAT}|\b(?:met|meets)(?:\s+(?!by\b)[^.;]{1,80}?)?\s+at\s+${SEAT}`, 'gu');

/** "the leaders of the United Kingdom, France and Italy came to the Federal Chancellery on Monday": the leaders of
 *  countries named (m[1]) gathering at a seat (m[2]) or in a city (m[3]) are a meeting there, the countries at it. */
const FRONTED_HOST = new RegExp(String.raw`^\W*At\s+${PLACE},\s+([^.;,]{1,120}?)(\s+(?:host|hosts|hosted|welcome|welcomes|welcomed|receive|receives|received)\s+)((?:(?!\s+on\s)[^.;]){1,120})`, 'u');
const LEADERS_OF_CAME = new RegExp(String.raw`\b(?:leaders|heads of (?:state|government)|prime ministers|presidents|(?:foreign |defen[cs]e )?ministers)\s+of\s+([^.;]{3,240}?) (?:came|travel{1,2}ed|gathered|arrived) (?:to|in|at)\s+(?:${SEAT}|${PLACE})`, 'u');

/** Right after an event, words that tell it as going on now ("has begun", "are under way", "is over"). */
const GOING_ON = /^\s+(?:(?:has|have)\s+(?:just\s+)?(?:begun|started|opened|ended|finished|wrapped up|broken up)|(?:is|are)\s+(?:now\s+)?(?:under\s?way|over|in progress|in session|taking place))\b/;

/** "said on Sunday, a day after he joined a video call", "on Friday, two days before the summit": a gathering that many
 *  days from the day its clause gives (m[1] how many, m[2] after or before; m.index where the phrase starts). */
const DAYS_FROM = /\b(a|one|two|three|four|five|six|the)\s+days?\s+(after|before)\s+[^,.;:]{0,60}$/i;
const DAY_COUNT: Record<string, number> = { a: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** The day of a gathering told as `before` ends ("… a day after"), from the day the clause gives. */
function dayFrom(date: string, before: string): string {
  const m = DAYS_FROM.exec(before);
  if (!m || date.length !== 10) return date;
  const shift = DAY_COUNT[m[1].toLowerCase()] * (m[2].toLowerCase() === 'after' ? -1 : 1);
  const day = new Date(Date.parse(`${date}T00:00:00Z`) + shift * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** "the leaders of …", "the heads of government of …": the states named next came through their leaders. */
const LEADERS_OF = /\b(?:leaders|heads of (?:state|government)(?: and government)?|prime ministers|presidents)\s+of\s+(?:the\s+)?/;
/** Right after a gathering, its sides: "between Trump and Putin", "between the delegations of Russia and Ukraine". */
// Also past the day ("talks in Berlin on Sunday and Monday between …") and before a delegation ("between a Ukrainian
// delegation led by A and US envoy B").
const BETWEEN_SIDES = /^(?:\s+on\s+[\w ]{1,30}?)?\s+between\s+(?:the\s+(?:delegations|teams|negotiators|leaders)\s+of\s+|an?\s+(?=\p{Lu}[\p{L}-]*\s+(?:delegation|team)\b))?(?:(?:President|Prime Minister|Chancellor)\s+)?/u;
const LED_SIDE = /^\s+(?:delegation|team)\s+(?:led|headed)\s+by\s+(?:(?:\p{Lu}[\p{L}.’'-]*|the)\s+){0,3}$/u;
const SECOND_SIDE = /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+|(?:special\s+)?(?:envoy|negotiator|adviser|minister|secretary|president|chancellor)\s+){1,5}$/u;
/** Words before a gathering that make it sought, not held: "a meeting between", "proposed talks between". */
const UNSETTLED_BEFORE = /\b(?:an?|any|proposed|possible|potential|planned|future|next|direct|new|for|toward|towards)\s+(?:[\w-]+\s+){0,2}$/i;
/** Verbs of holding a gathering, and the partners named after it ("… this afternoon with A and B"). */
const HELD_BY = /^(?:co-)?(?:host|chair|conven|organi[sz])/i;
const HELD_WITH = /^(?:(?!\b(?:as|while|when|whereas|after|before|because|and|but|who|which|that|to)\b)[^.;,]){0,60}?\s(?:together\s+|jointly\s+)?with\s+(?:the\s+)?/;
/** A subordinate clause's opening word: after it, that clause's subjects. */
const SUBORDINATOR = /\b(?:while|whereas|when|as|after|before|since|because|although|though)\s+/g;
/** Where hours were spent: "spent five hours together in the Kremlin". */
const SPENT_AT = new RegExp(String.raw`^[^.;,]{0,60}?\s(?:in|at)\s+(?:the\s+)?${PLACE}`, 'u');
/** "the summit", "the meeting": the event met last. */
const EVENT_ANAPHOR = new RegExp(String.raw`\b(?:the|this|that|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur|yester|to)day['’]s)\s+${HEAD}\b`, 'gi');
/** Words before a qualifier that are not part of an event's name. */
const NOT_QUALIFIER = /^(?:The|A|An|At|In|On|After|Before|During|Since|Until|Speaking|Russian-American|U\.S\.-Russia|Russia-U\.S\.)$/;
/** A weekday or month is a date, not the event's place. */
const CALENDAR = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?$/;

/** The capitalised words that name an event's place or body ("Paris" in "Paris summit"), not its kind or date. */
const CAPITALISED = /\p{Lu}[\p{L}’'-]*/gu;
const KIND_WORD = /^(?:Summit|Meeting|Talks|Conference|Forum|Call|Emergency|Extraordinary|Informal|Special|Video|Phone|Telephone)$/i;
/** Words ending in a chain before an event's name: "the morning after the", "two days before". */
const CHAIN_END = /\b(?:after|before|prior\s+to|eve\s+of)\s+(?:the\s+)?$/i;
/** What counts the chain: "the morning", "two days", "on the". */
const COUNT_BEFORE = /(?:\b(?:on\s+)?the\s+(?:day|morning|afternoon|evening|night)|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|fortnights?)|\b(?:on\s+)?the)\s+$/i;
/** A heading or dateline line, not a sentence: "**Washington — August 19**", "### Tuesday 12 March". */
const DATELINE = /^\s*(?:#{1,6}\s|\*\*|__)[^.!?]*$|^\s*[^.!?]{1,60}$/;
// The event as the subject of "came a day after", "came two weeks after".
const CAME_AFTER = /^\s+came\s+(?:just\s+|only\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)\s+after\b/i;
// A picture and the caption under it: "![…](…)" (blanked as furniture before extraction) then "*The leaders at … on
// Monday.*".
const CAPTION = /(?:!\[[^\]\n]*\]\([^)\n]*\)|(?<=^|\n) {8,})[ \t]*\n[ \t]*[*_]([^\n]+)/g;
const properWords = (name: string) => new Set((name.match(CAPITALISED) ?? []).filter((w) => !CALENDAR.test(w) && !KIND_WORD.test(w)));
/** Two event names that each name a place or body, and none in common. */
function distinctNames(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const [x, y] = [properWords(a), properWords(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** The kind of gathering an event's name gives ("summit" in "the Paris summit"). */
// A confrontation is one kind, whatever the word ("the Oval Office row" and "the shouting match in the Oval Office").
const kindOf = (name: string) => {
  const kind = /\b(summit|meeting|talks|conference|forum|funeral|inauguration|call|videoconference|row|clash|showdown|shouting match|bust-up|blow-up)\b/i.exec(name)?.[1].toLowerCase();
  return kind && /^(?:row|clash|showdown|shouting match|bust-up|blow-up)$/.test(kind) ? 'row' : kind;
};
/** Two names of one kind of gathering: "the Geneva meeting" and "talks in Geneva" may be one. */
const sameGathering = (a: string, b: string) => {
  const [x, y] = [kindOf(a), kindOf(b)].map((k) => (k === 'meeting' ? 'talks' : k));
  return x !== undefined && x === y;
};
const sharesProperWord = (a: string, b: string) => {
  const y = properWords(b);
  return [...properWords(a)].some((w) => y.has(w));
};

export interface EventMention {
  start: number;
  end: number;
  text: string;
  name: string;
  date?: string;
  key: string;
  /** "the summit": refers back to the event met last. */
  anaphor?: boolean;
  /** Another name the words give it ("Riyadh talks" for "talks in Riyadh"). */
  alias?: string;
  /** Told by the verb of those who took part ("met in Kyiv", "spoke by telephone"): the clause's subjects were there. */
  byVerb?: boolean;
  /** Its words are not its name ("a video call" dated to the day, "Jeddah" for talks there): the name stands for them. */
  unnamed?: boolean;
  /** A visit to a seat told by its verb ("came to the White House", "hosted A at the Élysée"): where the verb starts, and
   *  whether it is the host's. */
  visit?: { at: number; host: boolean; group?: [number, number] };
  /** Its words are a place or a verb ("White House", "arrived"), not a name: the name is its surface form. */
  bare?: boolean;
  /** "At Chevening, A and B host advisers from C on 9 August": where the hosts and the guests are named. */
  hostedAt?: { hosts: [number, number]; guests: [number, number] };
  /** Where the list of those who met opens ("met European leaders, among them …"). */
  members?: number;
  /** A gathering of several told by its verb ("A and B met in Kyiv on 10 May, when they travelled with C and D"): those
   *  at it were at one gathering, they did not each meet each other. */
  together?: boolean;
}

/** A call or conversation at a distance, not a gathering in one place. */
const isCall = (words: string) => /\b(?:call|conversation|videoconference|video conference|(?:virtual|online|video) meeting)\b/i.test(words);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
/** "Meeting at the White House", "Meeting at Downing Street": a meeting named by the seat it was held at. */
const meetingAt = (seat: string) => `Meeting at ${/^(?:Downing Street|Palazzo Chigi|Bankova)$/.test(seat) ? '' : 'the '}${seat}`;

const OF_LOWERCASE = / of (?:\p{Lu}\p{Ll}+(?:an|ish|ese|ic|ch) )?\p{Ll}/u;
/** Event mentions in the article, in text order; the same name or the same date is the same event. */
/** After it, a gathering still ahead ("arriving at the summit on Thursday, will ask …"); not "would" of reported speech. */
const AHEAD_AFTER = /\b(?:will|shall|(?:is|are) (?:due|set|expected) to|plans? to)\b/;
/** Before "the summit": someone there ("arriving at", "attending", "speaking at", "addressed"). */
const PRESENT_AT = /\b(?:arriv(?:ed|ing)\s+(?:at|for)|attend(?:ed|ing)|(?:spoke|speaking)\s+at|addressed|(?:on|at)\s+the\s+(?:sidelines|margins)\s+of)\s+$/;
/** Whether `word` stands somewhere in `text` with its capital inside a sentence (after a word or a comma): a name. */
function capitalisedInside(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (LETTER.test(text[at + word.length] ?? '') || LETTER.test(text[at - 1] ?? '')) continue;
    if (INSIDE_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return true;
  }
  return false;
}
const INSIDE_BEFORE = /[\p{L}\d,]\s+$/u;
/** Words that point at a gathering told of ("Those talks", "Tomorrow's summit"), not adjectives. */
const POINTING = /^(?:Th(?:is|at|ese|ose)|Such|Both|Their|Its|His|Her|Our|\p{Lu}[\p{L}-]*['’]s)$/u;
export function findEvents(text: string, sentences: Sentence[], publishedAt?: string, ownDay?: string): EventMention[] {
  const out: EventMention[] = [];
  const keys = new Map<string, string>();
  const byDates = new Map<string, string>();
  const names = new Map<string, string>();
  const datesOf = new Map<string, string>();
  let last: EventMention | undefined;
  let lastCall: EventMention | undefined;
  let lastGathering: EventMention | undefined;
  let lastTalks: EventMention | undefined;
  // The day a group met in each place ("Leaders … met in London on 24 October").
  const placeDays = new Map<string, string>();
  for (const sentence of sentences) {
    // `own`: the date the event's name gives, which outranks any other the clause names.
    const found: Array<Omit<EventMention, 'key' | 'date'> & { own?: string }> = [];
    // The day the sentence's relative dates count from: its live-blog entry's, else the publication's.
    const entryDay = () => dayContextAt({ text, publishedAt }, sentence.start)?.day ?? publishedAt;
    const add = (start: number, end: number, name: string, own?: string) => {
      if (found.some((f) => f.start < end && start < f.end)) return false;
      found.push({ start, end, text: text.slice(start, end), name, ...(own ? { own } : {}) });
      return true;
    };
    if (/\d/.test(sentence.text)) {
      for (const m of matchesOf(sentence.text, DATED_EVENT)) {
        const start = sentence.start + m.index + m[0].indexOf(m[1]);
        const own = readEventDate(m[1], entryDay())?.date;
        if (own) add(start, start + m[1].length + 1 + m[2].length, `${cap(m[2].toLowerCase())} of ${m[1]}`, own);
      }
    }
    for (const m of /Council|summit/.test(sentence.text) ? matchesOf(sentence.text, DATED_COUNCIL) : []) {
      const own = readEventDate(m[2], entryDay())?.date;
      if (own) add(sentence.start + m.index, sentence.start + m.index + m[0].length, `${m[1]} of ${m[2]}`, own);
    }
    for (const m of /council|ummit/i.test(sentence.text) ? matchesOf(sentence.text, COUNCIL_EVENT) : []) add(sentence.start + m.index, sentence.start + m.index + m[0].length, cap(m[0]));
    for (const m of /General Assembly/.test(sentence.text) ? matchesOf(sentence.text, ASSEMBLY_EVENT) : []) add(sentence.start + m.index, sentence.start + m.index + m[0].length, m[0]);
    for (const m of PROPER_HEAD.test(sentence.text) ? matchesOf(sentence.text, PROPER_EVENT) : []) add(sentence.start + m.index, sentence.start + m.index + m[1].length, m[1]);
    for (const m of NAMED_HEAD.test(sentence.text) ? matchesOf(sentence.text, NAMED_EVENT) : []) {
      let qualifier = (m[1] ?? m[2]).split(/\s+/);
      // "Trump's Alaska summit": the owner is no part of the event's name.
      const owner = qualifier.slice(0, -1).findLastIndex((w) => POSSESSIVE_WORD.test(w));
      if (owner >= 0) qualifier = qualifier.slice(owner + 1);
      while (qualifier.length && (NOT_QUALIFIER.test(qualifier[0]) || CALENDAR.test(qualifier[0]) || LOWER_FIRST.test(qualifier[0]) && !m[2])) qualifier = qualifier.slice(1);
      // "Warsaw talks about it": a verb, not an event.
      if (m[3] === 'talks' && /^\s+(?:about|to|of|up|down)\b/.test(sentence.text.slice(m.index + m[0].length))) continue;
      if (!qualifier.length || qualifier.every((w) => CALENDAR.test(w))) continue;
      // "Meaningful negotiations can only take place …", "Direct talks resumed": a word capitalised only because it
      // opens the sentence (no place the gazetteer knows, written nowhere else with its capital inside a sentence) is
      // an adjective, not a name.
      if (qualifier.length === 1 && !m[2] && !POINTING.test(qualifier[0]) && /^\W*$/.test(sentence.text.slice(0, m.index + m[0].length - `${qualifier[0]} ${m[3]}`.length)) && lookupGazetteer(qualifier[0]) === undefined && !capitalisedInside(text, qualifier[0])) continue;
      let words = `${qualifier.join(' ')} ${m[3]}`.replace(/['’]s\b/g, '');
      let start = sentence.start + m.index + m[0].length - `${qualifier.join(' ')} ${m[3]}`.length;
      // "the Trump–Putin summit": both sides joined by a dash name it, not the last alone.
      const joined = DASH_JOINED.exec(text.slice(Math.max(sentence.start, start - 40), start));
      if (joined) [start, words] = [start - joined[0].length, `${joined[0]}${words}`];
      // "the NATO summit in The Hague", "an emergency summit in Paris": the place after it is part of its name (the
      // qualifier alone is another name for it), unless the qualifier names that place already.
      const placed = PLACE_AFTER.exec(sentence.text.slice(m.index + m[0].length));
      if (placed && !CALENDAR.test(placed[1]) && !qualifier.includes(placed[1].split(/\s+/)[0])) {
        if (add(start, sentence.start + m.index + m[0].length + placed[0].length, `${cap(words)} in ${placed[1]}`)) found[found.length - 1].alias ??= cap(words);
        continue;
      }
      add(start, sentence.start + m.index + m[0].length, cap(words));
    }
    // "talks in the Saudi city of Jeddah": the city named by its description is where they were held.
    for (const m of /\b(?:city|capital|port|resort|town) of\b/.test(sentence.text) ? matchesOf(sentence.text, CITY_OF_EVENT) : []) {
      if (add(sentence.start + m.index, sentence.start + m.index + m[0].length, `${cap(m[1])} in ${m[2]}`)) found[found.length - 1].alias ??= `${m[2]} ${m[1]}`;
    }
    for (const m of matchesOf(sentence.text, PLACED_EVENT)) {
      // A news conference is not a gathering of the debate.
      // "the videoconference in the Chancellery": a room, not the event's city.
      // "the meeting of American and Ukrainian delegations": "of" names who met, not the event.
      // "a video conference of European heads of state": an adjective before who met, not a place or a body.
      // "talks at the U.S. mission": an abbreviation's first letter is no place.
      if (m[3].length === 1 && sentence.text[m.index + m[0].length] === '.') continue;
      if (/^\p{Lu}/u.test(m[1]) && /\p{L}/u.test(sentence.text.slice(0, m.index))) continue;
      if (m[2] === 'of' && !/\s/.test(m[3]) && (lookupGazetteer(m[3])?.kind === 'demonym' || /(?:an|ish|ese|ch|ic)$/.test(m[3])) && /^\s+\p{Ll}/u.test(sentence.text.slice(m.index + m[0].length))) continue;
      if (CALENDAR.test(m[3]) || /\b(?:news|press)\s+$/i.test(sentence.text.slice(0, m.index)) || (m[2] === 'in' && /\bin\s+the\s/.test(m[0])) || (m[2] === 'of' && /^\s+and\b/.test(sentence.text.slice(m.index + m[0].length)))) continue;
      add(sentence.start + m.index, sentence.start + m.index + m[0].length, cap(m[0]));
      // "talks in Riyadh" is also "the Riyadh talks".
      if (m[2] !== 'of') found[found.length - 1].alias ??= `${m[3]} ${m[1]}`;
    }
    for (const m of OF_LOWERCASE.test(sentence.text) ? matchesOf(sentence.text, GROUP_PLACED_EVENT) : []) {
      if (CALENDAR.test(m[4]) || /\b(?:news|press)\s+$/i.test(sentence.text.slice(0, m.index))) continue;
      if (add(sentence.start + m.index, sentence.start + m.index + m[0].length, cap(m[0]))) found[found.length - 1].alias ??= `${m[1]} of ${m[2].trim()}`;
    }
    for (const m of /\b(?:talks|meetings?|negotiations)\s+with\b/.test(sentence.text) ? matchesOf(sentence.text, HELD_WITH_PLACED) : []) {
      if (CALENDAR.test(m[2])) continue;
      const start = sentence.start + m.index + m[0].indexOf(m[1], m[0].search(/\s/));
      if (add(start, start + m[1].length, `${cap(m[1])} in ${m[2]}`)) found[found.length - 1].alias ??= `${m[2]} ${m[1]}`;
    }
    // "hosted Zelensky in Berlin on Wednesday for a video call with Trump": a dated call with someone is an event too.
    for (const m of /\b(?:video|phone|telephone)\s+(?:call|conference)\s+with\b/i.test(sentence.text) ? matchesOf(sentence.text, WITH_EVENT) : []) {
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      const date = readEventDate(sentence.text, publishedAt, start - sentence.start)?.date;
      if (date) add(start, start + m[1].length, `${cap(m[1].toLowerCase())} of ${date}`);
    }
    // "after the meeting of the so-called coalition of the willing in the Élysée Palace": a gathering at a seat of
    // government is a meeting there, named by the seat.
    for (const m of SEAT_WORD.test(sentence.text) ? matchesOf(sentence.text, SEAT_EVENT) : []) {
      const start = sentence.start + m.index;
      const kind = m[1].toLowerCase();
      // A confrontation at a seat is a gathering only with those in it named next ("…, in which A and B accused C",
      // "… between A and B"), not one recalled in passing ("after last Friday's clash in the Oval Office").
      if (kindOf(kind) === 'row' && !ROW_PARTIES.test(sentence.text.slice(m.index + m[0].length))) continue;
      if (add(start, start + m[0].length, kind === 'meeting' || kind === 'talks' ? meetingAt(m[2]) : `${cap(kind)} at ${meetingAt(m[2]).slice('Meeting at '.length)}`)) found[found.length - 1].alias ??= `${m[2]} ${kind}`;
    }
    for (const m of / by /.test(sentence.text) ? matchesOf(sentence.text, HOSTED_PLACED) : []) {
      if (CALENDAR.test(m[2])) continue;
      const start = sentence.start + m.index;
      if (add(start, start + m[1].length, `${cap(m[1])} at ${m[2]}`)) found[found.length - 1].alias ??= `${m[2]} ${m[1]}`;
    }
    // The event spans the city's name: "Jeddah" names it; "Talks in Jeddah" is what it is called.
    if (/\b(?:delegations|negotiators|negotiating teams)\b/.test(sentence.text)) {
      const placed: Array<[string, number]> = [];
      for (const m of matchesOf(sentence.text, DELEGATIONS_MET)) placed.push([m[2] ?? m[3], m.index + m[0].lastIndexOf(m[2] ?? m[3])]);
      for (const m of matchesOf(sentence.text, MEETING_OF_DELEGATIONS)) placed.push([m[2], m.index + m[0].lastIndexOf(m[2])]);
      const fronted = FRONTED_PLACE.exec(sentence.text);
      if (fronted) placed.push([fronted[1], fronted.index + fronted[0].indexOf(fronted[1])]);
      for (const [place, at] of placed) {
        if (CALENDAR.test(place)) continue;
        const start = sentence.start + at;
        if (add(start, start + place.length, `Talks in ${place}`)) Object.assign(found[found.length - 1], { alias: `${place} talks`, unnamed: true });
      }
    }
    // "Witkoff and Kushner spent almost five hours with Putin in the Kremlin on Tuesday": a meeting there, when no
    // gathering named just before (or after the place the sentence gives) is the one meant.
    const spent = /\bspent\b/.test(sentence.text) ? SPENT.exec(sentence.text) : /\bsat down\b/.test(sentence.text) ? satDown(sentence.text) : null;
    const spentAt = spent && SPENT_AT.exec(sentence.text.slice(spent.index + spent[0].length));
    // A call just named is not where hours were spent together in a place ("…on a video call. Yesterday he spent five
    // hours with X in the Kremlin").
    const earlier = () => [last, lastTalks].some((e) => e !== undefined && !isCall(e.name) && !e.visit && (sentence.start - e.end < 1500 || [...properWords(e.name)].some((w) => sentence.text.includes(w))));
    // "sat down with X for lunch in the Cabinet Room on Friday": a sitting placed and dated in its own clause is a meeting
    // of its own, whatever gathering was named before (unless that one is named after the same place).
    const placedDay = (at: number) => /^sat/.test(spent![0]) && readEventDate(sentence.text, entryDay(), at)?.date?.length === 10;
    if (spentAt && !CALENDAR.test(spentAt[1]) && (!earlier() || (placedDay(spent!.index + spent![0].length + spentAt[0].length) && ![last, lastTalks].some((e) => e && properWords(e.name).has(spentAt[1].split(/\s+/)[0]))))) {
      const start = sentence.start + spent!.index + spent![0].length + spentAt[0].length - spentAt[1].length;
      if (add(start, start + spentAt[1].length, `${spentAt[1]} meeting`)) found[found.length - 1].unnamed = true;
    }
    // Not a round still ahead ("A second round in Abu Dhabi is expected this week").
    for (const m of /\bround\b/.test(sentence.text) && !/\b(?:will|(?:is|are)\s+(?:expected|due|planned|scheduled))\b/.test(sentence.text) ? matchesOf(sentence.text, ROUND) : []) {
      // "the third round of talks in Istanbul" is the talks in Istanbul, read above.
      const place = TRAVELLED_TO.exec(sentence.text.slice(0, m.index))?.[1] ?? (/\sof\s/.test(m[0]) ? undefined : ROUND_IN.exec(sentence.text.slice(m.index + m[0].length))?.[1]);
      if (!place || CALENDAR.test(place)) continue;
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      add(start, start + m[1].length, `${cap(m[1].toLowerCase())} in ${place}`);
    }
    // Dated by the sentence or its paragraph, as a statement is: the day a call took place is rarely in its clause.
    for (const m of /\b(?:video|phone|telephone)\s*c(?:all|onference)\b/i.test(sentence.text) ? matchesOf(sentence.text, INDEFINITE_CALL) : []) {
      // "the videoconference" after a call was named is that call.
      if (/^the\b/i.test(m[0]) && out.some((e) => isCall(e.name))) continue;
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      const stated = statedAt({ text, publishedAt }, start, start + m[1].length);
      const day = stated?.date; // statedAt already counts "a day after" back from its clause (graph/time)
      if (stated?.source === 'TEXT' && day && add(start, start + m[1].length, `${cap(m[1].toLowerCase())} of ${day}`, day) && stated.precision === 'DAY') found[found.length - 1].unnamed = true;
    }
    for (const m of !found.length && /\b(?:held|convened|organi[sz]ed)\b/.test(sentence.text) ? matchesOf(sentence.text, HELD_GATHERING) : []) {
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      const stated = statedAt({ text, publishedAt }, start, start + m[1].length);
      const day = stated?.date; // statedAt already counts "a day after" back from its clause (graph/time)
      if (stated?.source === 'TEXT' && stated.precision === 'DAY' && day && add(start, start + m[1].length, `${cap(m[1].toLowerCase())} of ${day}`, day)) found[found.length - 1].unnamed = true;
    }
    for (const m of matchesOf(sentence.text, BETWEEN_EVENT)) {
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      const date = readEventDate(sentence.text, publishedAt, start - sentence.start)?.date;
      if (date) add(start, start + m[1].length, `${cap(m[1].toLowerCase())} of ${date}`);
    }
    const metGroup = !found.length && /\bmet\b/.test(sentence.text) ? MET_GROUP.exec(sentence.text) : null;
    if (metGroup && !NOT_YET.test(sentence.text.slice(0, metGroup.index))) {
      const start = sentence.start + metGroup.index;
      const day = readEventDate(sentence.text, entryDay(), start - sentence.start)?.date;
      if (day?.length === 10 && add(start, start + 'met'.length, `Meeting of leaders of ${day}`, day)) Object.assign(found[found.length - 1], { byVerb: true, unnamed: true, members: sentence.start + metGroup.index + metGroup[0].length });
    }
    const metIn = /\b(?:met|gathered)\b/.test(sentence.text) ? MET_IN.exec(sentence.text) : null;
    if (metIn && !CALENDAR.test(metIn[2])) {
      const verb = /\b(?:met|gathered)\b/.exec(metIn[0].slice(metIn[1].length))!;
      const start = sentence.start + metIn[1].length + verb.index;
      // People who came along make it a gathering of its own; a group alone ("Leaders of the coalition met in Paris on
      // 4 September") only dates the gathering the article names after that place ("the Paris meeting").
      // So do three or more named together ("Macron, Merz and Starmer met in Kyiv on Saturday"): a gathering, not
      // pairwise meetings.
      // And a group whose members the sentence names ("Leaders including A and B gathered in Paris on Monday").
      if (CAME_ALONG.test(sentence.text.slice(metIn.index + metIn[0].length)) || THREE_NAMED.test(metIn[1]) || GROUP_NAMING.test(metIn[1])) {
        if (add(start, start + verb[0].length, `Meeting in ${metIn[2]}`)) Object.assign(found[found.length - 1], { alias: `${metIn[2]} meeting`, byVerb: true, together: true });
      } else if (GROUP_MET.test(metIn[1])) {
        const day = readEventDate(sentence.text, entryDay(), start - sentence.start)?.date;
        if (day && !placeDays.has(metIn[2])) placeDays.set(metIn[2], day);
        // A group's meeting the text goes on about ("Military chiefs from 30 countries met in Paris on Tuesday. The meeting,
        // chaired by X, …") is a gathering of its own: "the meeting" is it, not one named before. A passing mention is not.
        if (day?.length === 10 && /^\s*(?:The|That|This)\s+(?:meeting|gathering|session)\b/.test(text.slice(sentence.end, sentence.end + 40)) && add(start, start + verb[0].length, `Meeting in ${metIn[2]}`, day)) Object.assign(found[found.length - 1], { alias: `${metIn[2]} meeting`, byVerb: true });
      }
    }
    // "The day after the summit, the coalition of the willing met in London. Starmer hosted; A and B came in person …",
    // "…, a day after leaders of the coalition met in Paris. … Michal took part in Thursday's meeting by video link": a
    // group that met in a city, on a day its sentence tells (by its own words or counted from the scene), is a gathering
    // of its own when the text goes on to tell who was there.
    const metGroupIn = !found.length && !metIn && /\b(?:met|gathered)\s+in\b/.test(sentence.text) ? GROUP_MET_IN.exec(sentence.text) : null;
    if (metGroupIn && !CALENDAR.test(metGroupIn[2]) && (GROUP_MET.test(metGroupIn[1]) || /\bcoalition\b/i.test(metGroupIn[1])) && !NOT_YET.test(metGroupIn[1]) && PRESENCE_AFTER.test(text.slice(sentence.end, sentence.end + 600))) {
      const at = metGroupIn.index + metGroupIn[0].search(/\b(?:met|gathered)\s+in\b/);
      const start = sentence.start + at;
      const own = readEventDate(sentence.text, entryDay(), at)?.date;
      const stated = own?.length === 10 ? undefined : statedAt({ text, publishedAt }, start, start + 3);
      // "said on Friday, a day after leaders … met in Paris": counted back from the day the sentence is told on.
      const told = own?.length === 10 ? own : stated?.source === 'TEXT' && stated.precision === 'DAY' ? stated.date : undefined;
      const day = told && dayFrom(told, text.slice(sentence.start, start));
      if (day && (!publishedAt || day <= publishedAt.slice(0, 10)) && add(start, start + 'met'.length, `Meeting in ${metGroupIn[2]}`, day)) Object.assign(found[found.length - 1], { alias: `${metGroupIn[2]} meeting`, byVerb: true, bare: true });
    }
    // "Macron, Merz, Starmer and Tusk arrived in Kyiv together last Saturday" (or "arrived together in Kyiv"): three or
    // more named arriving in a city on a day the clause gives are a gathering there, as when they met there. Not two (a
    // visit), nor a trip still ahead.
    // Also "On 10 May, A, B, C and D travelled to Kyiv together and …": the day opens the sentence.
    const arrivedMatch = /\b(?:arrived|came|went|flew|travel{1,2}ed)\b/.test(sentence.text) ? ARRIVED_IN.exec(sentence.text) : null;
    const arrivedIn = arrivedMatch && (arrivedMatch[1] !== undefined ? arrivedMatch : [arrivedMatch[0], arrivedMatch[4], arrivedMatch[5], arrivedMatch[6]]);
    // Not when the sentence names the gathering they came for ("… arrived in Brussels on Thursday for the EU summit").
    if (arrivedIn && !found.length && !CALENDAR.test(arrivedIn[3]) && NAMES_LIST.test(arrivedIn[1]) && !NOT_YET.test(arrivedIn[1])) {
      const start = sentence.start + arrivedIn[1].length + arrivedIn[0].slice(arrivedIn[1].length).search(/\S/);
      const day = readEventDate(sentence.text, entryDay(), start - sentence.start)?.date;
      if (day?.length === 10 && add(start, start + arrivedIn[2].length, `Meeting in ${arrivedIn[3]}`)) Object.assign(found[found.length - 1], { alias: `${arrivedIn[3]} meeting`, byVerb: true, bare: true });
    }
    const travelled = !found.length && /\bfor\b/.test(sentence.text) && /\b(?:summit|meeting|talks|conference)\b/.test(sentence.text) ? TRAVELLED_FOR.exec(sentence.text) : null;
    if (travelled && !CALENDAR.test(travelled[2]) && !NOT_YET.test(sentence.text.slice(0, travelled.index))) {
      const start = sentence.start + travelled.index;
      const day = readEventDate(sentence.text, entryDay(), start - sentence.start)?.date;
      if (day?.length === 10 && add(start, start + travelled[1].length, `${cap(travelled[3])} in ${travelled[2]}`)) Object.assign(found[found.length - 1], { alias: `${travelled[2]} ${travelled[3]}`, byVerb: true, bare: true });
    }
    // "Starmer hosted the coalition of the willing at the Foreign Office", "X hosted Zelensky and the leaders of several
    // European states in London": a host receiving a group of leaders in a place is a gathering there, dated by the
    // sentence or its paragraph (or the entry it is in) to the day, as an unnamed call is.
    const hostedGroup = !found.length && /\b(?:hosted|welcomed|received|convened)\b/.test(sentence.text) ? HOSTED_GROUP.exec(sentence.text) : null;
    if (hostedGroup && !CALENDAR.test(hostedGroup[2]) && !NOT_YET.test(sentence.text.slice(0, hostedGroup.index)) && !NEGATION.test(sentence.text.slice(0, hostedGroup.index))) {
      const start = sentence.start + hostedGroup.index;
      const stated = statedAt({ text, publishedAt }, sentence.start, sentence.end);
      const place = hostedGroup[1] === 'in' ? `in ${hostedGroup[2]}` : `at the ${hostedGroup[2]}`;
      if (stated?.source === 'TEXT' && stated.precision === 'DAY' && (!publishedAt || stated.date <= publishedAt.slice(0, 10)) && add(start, start + hostedGroup[0].indexOf(' '), `Meeting ${place}`, stated.date)) Object.assign(found[found.length - 1], { alias: `${hostedGroup[2]} meeting`, byVerb: true, bare: true });
    }
    NEGATION.lastIndex = 0;
    // Dated by the sentence or its paragraph, as an unnamed call is ("Two days later Putin spoke by telephone with …").
    // Not "They spoke by phone": who called is named.
    for (const m of /phone/i.test(sentence.text) ? matchesOf(sentence.text, SPOKE_BY_PHONE) : []) {
      if (PRONOUN_BEFORE.test(sentence.text.slice(0, m.index))) continue;
      const start = sentence.start + m.index;
      const stated = statedAt({ text, publishedAt }, start, start + m[0].length);
      if (stated?.source === 'TEXT' && stated.precision === 'DAY' && add(start, start + m[0].length, `Phone call of ${stated.date}`, stated.date)) Object.assign(found[found.length - 1], { byVerb: true, unnamed: true });
    }
    for (const m of /summit|meeting|conference/.test(sentence.text) ? matchesOf(sentence.text, MONTH_EVENT) : []) {
      const kind = m[1] ?? m[4];
      const month = m[2] ?? m[3];
      const start = sentence.start + m.index + m[0].indexOf(m[1] ? kind : month);
      const own = readEventDate(`in ${month}`, entryDay())?.date;
      add(start, sentence.start + m.index + m[0].length, `${cap(kind)} in ${month}`, own);
    }
    // Not a visit still ahead ("will come to the White House"), nor one that did not happen; dated in its clause.
    for (const m of /White House|Oval Office|Élysée|Elysee|Kremlin|Chancellery|Quirinale|Chigi|Downing|Mariinsk|Presidential|Bankova/.test(sentence.text) ? matchesOf(sentence.text, VISIT) : []) {
      const seat = m[1] ?? m[2];
      const head = sentence.text.slice(0, m.index);
      if (found.length || NOT_YET.test(head.slice(-40)) || /\b(?:not|never)\s+$/.test(head)) continue;
      const start = sentence.start + m.index + m[0].lastIndexOf(seat);
      const day = readEventDate(sentence.text, entryDay(), start - sentence.start)?.date;
      if (day?.length === 10 && add(start, start + seat.length, meetingAt(seat))) Object.assign(found[found.length - 1], { alias: `${seat} meeting`, unnamed: true, visit: { at: sentence.start + m.index, host: true } });
    }
    // Dated in its clause to the day, not ahead of the article's day, not a trip still ahead.
    const entered = !found.length && SEAT_WORD.test(sentence.text) ? SEAT_ENTERED.exec(sentence.text) : null;
    if (entered && !NOT_YET.test(sentence.text.slice(0, entered.index)) && !NEGATION.test(sentence.text.slice(0, entered.index))) {
      const start = sentence.start + entered.index;
      const day = readEventDate(sentence.text, entryDay(), entered.index)?.date;
      if (day?.length === 10 && (!publishedAt || day <= publishedAt.slice(0, 10)) && add(start, start + entered[0].length, meetingAt(entered[1]), day)) Object.assign(found[found.length - 1], { alias: `${entered[1]} meeting`, byVerb: true, bare: true });
    }
    NEGATION.lastIndex = 0;
    // "At Chevening, A and B host national security advisers from C and D on 9 August": a gathering at the place that
    // opens the sentence, on the day its clause gives (not one still ahead, nor after the article's day).
    const hostedAt = !found.length && /\b(?:host|welcom|receiv)/.test(sentence.text) ? FRONTED_HOST.exec(sentence.text) : null;
    if (hostedAt && !CALENDAR.test(hostedAt[1]) && !NOT_YET.test(hostedAt[2]) && lookupGazetteer(hostedAt[1]) === undefined) {
      const start = sentence.start + hostedAt[0].indexOf(hostedAt[1]);
      const day = readEventDate(sentence.text, entryDay(), hostedAt[0].length)?.date;
      const hosts = sentence.start + hostedAt[0].lastIndexOf(hostedAt[2]);
      const guests = hosts + hostedAt[2].length + hostedAt[3].length;
      if (day?.length === 10 && (!publishedAt || day <= publishedAt.slice(0, 10)) && add(start, start + hostedAt[1].length, `Meeting at ${hostedAt[1]}`, day)) Object.assign(found[found.length - 1], { alias: `${hostedAt[1]} meeting`, bare: true, hostedAt: { hosts: [hosts, hosts + hostedAt[2].length], guests: [guests, guests + hostedAt[4].length] } });
    }
    const leaders = /\bof\b/.test(sentence.text) ? LEADERS_OF_CAME.exec(sentence.text) : null;
    if (leaders && !found.length && !CALENDAR.test(leaders[2] ?? leaders[3]) && !NOT_YET.test(sentence.text.slice(0, leaders.index + leaders[0].length))) {
      const place = leaders[2] ?? leaders[3];
      // The event spans the verb: the place's name alone would read as the place.
      const verb = / (?:came|travel{1,2}ed|gathered|arrived) (?:to|in|at) /.exec(leaders[0].slice(leaders[1].length))!;
      const start = sentence.start + leaders.index + leaders[1].length + verb.index + 1;
      // The day may open the sentence, before the list ("On Monday evening the leaders of A, B and C came to …").
      const context = entryDay();
      const day = (readEventDate(sentence.text, context, start - sentence.start) ?? readEventDate(sentence.text.slice(0, leaders.index), context))?.date;
      const group = sentence.start + leaders.index + leaders[0].indexOf(leaders[1]);
      if (day?.length === 10 && add(start, start + verb[0].trim().split(' ')[0].length, leaders[2] ? meetingAt(place) : `Meeting in ${place}`, day)) Object.assign(found[found.length - 1], { alias: `${place} meeting`, bare: true, visit: { at: group, host: false, group: [group, group + leaders[1].length] } });
    }
    const here = new Set<string>();
    // A live-blog entry counts from its own day; an explainer's section from the year its heading names.
    const context = found.length ? dayContextAt({ text, publishedAt }, sentence.start) : undefined;
    for (const f of found.sort((a, b) => a.start - b.start)) {
      // "**20:40** — The leaders' meeting has begun": a live-blog entry telling a gathering as going on is dated by its day.
      const read = f.own ?? readEventDate(sentence.text, context?.day ?? publishedAt, f.start - sentence.start, context?.day ?? ownDay, context?.year)?.date ?? (context?.day && GOING_ON.test(text.slice(f.end, sentence.end)) ? context.day : undefined);
      // "On Monday, a day after the Paris summit, …": the day read is the clause's, before the phrase that counts from it.
      const lead = sentence.text.slice(0, f.start - sentence.start);
      const from = f.own ? null : DAYS_FROM.exec(lead);
      const counted = read && from && readEventDate(lead.slice(0, from.index), context?.day ?? publishedAt, undefined, context?.day ?? ownDay, context?.year)?.date === read ? dayFrom(read, lead) : read;
      // "# Live: Russia and Ukraine hold a third round of talks in Istanbul": a headline telling a gathering in the present
      // tense tells it on the article's own day, when it gives no other.
      const date = counted ?? (HEADING.test(text.slice(text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start + 8)) && HEADLINE_NOW.test(lead) && !NOT_YET.test(lead) ? (ownDay ?? publishedAt)?.slice(0, 10) : undefined);
      const byName = keys.get(f.name.toLowerCase());
      // "At a White House meeting on Aug. 18, after his Alaska summit with Putin": two events named in one sentence
      // are two events, whatever date the sentence gives.
      // Not two gatherings named after different places or bodies ("the Paris summit" and "the International Arctic
      // Forum" on the same Thursday).
      const byDate = date && !here.has(byDates.get(date) ?? '') && !distinctNames(f.name, names.get(byDates.get(date) ?? '')) ? byDates.get(date) : undefined;
      // "the Pope's funeral" then "the funeral of Pope Francis", "the NATO summit" then "the NATO summit in The Hague": the
      // same kind of event named after the same place or person, when the dates do not tell them apart.
      // "the Brussels summit" then "the special summit": a name of kind words alone ("Special summit", "Emergency meeting")
      // is the last gathering of that kind named before, when the two are dated alike (both to one day, or neither).
      const kindOnly = properWords(f.name).size === 0 && !f.unnamed && lastGathering && !here.has(lastGathering.key) && sameGathering(lastGathering.name, f.name) && date === lastGathering.date ? lastGathering.key : undefined;
      const byWords = byName ?? byDate ? undefined : [...names].find(([k, n]) => !here.has(k) && sameGathering(n, f.name) && (!date || !datesOf.get(k) || datesOf.get(k) === date) && (sharesProperWord(n, f.name) || (f.alias !== undefined && sharesProperWord(n, f.alias))))?.[0] ?? kindOnly;
      // "…co-hosted the 30th meeting of the Contact Group in London. X joined the meeting at Lancaster House.": "the"
      // meeting at a venue, just after a meeting was named, is that meeting, seen from its room.
      const venue = !byName && !byDate && !byWords && lastGathering && !here.has(lastGathering.key) && /^the\s+$/i.test(text.slice(f.start - 4, f.start)) && / at /.test(f.name) && kindOf(f.name) === kindOf(lastGathering.name) && f.start - lastGathering.end < 600 && (!date || !lastGathering.date || date === lastGathering.date) ? lastGathering.key : undefined;
      const key = byName ?? byDate ?? byWords ?? venue ?? entityId(date ? `${f.name} ${date}` : f.name);
      if (date && !datesOf.has(key)) datesOf.set(key, date);
      keys.set(f.name.toLowerCase(), key);
      if (date && !byDates.has(date)) byDates.set(date, key);
      if (!names.has(key)) names.set(key, f.name);
      here.add(key);
      const { own: _own, ...mention } = f;
      const event: EventMention = { ...mention, key, ...(date ? { date } : {}) };
      out.push(event);
      // Talks told by the delegations in them ("negotiators sat down in Istanbul") are what "the talks" means next, not
      // "the summit".
      if (f.unnamed && !isCall(f.name)) { lastTalks = event; continue; }
      last = event;
      // A call told by its verb ("spoke by phone") is a call too, not a gathering "the conference" could mean.
      if (isCall(f.text) || isCall(f.name)) lastCall = event;
      else lastGathering = event;
    }
    for (const m of matchesOf(sentence.text, EVENT_ANAPHOR)) {
      const start = sentence.start + m.index;
      // "the call" is the last call, not the summit named since; "the summit" the last gathering, else the last event.
      const call = isCall(m[0]);
      const talks = lastTalks && /\b(?:talks|negotiations)$/i.test(m[0]) && (!lastGathering || lastTalks.start > lastGathering.start) ? lastTalks : undefined;
      // "the summit" after "the 18-19 December summit" and then "Monday's talks in Berlin" is the summit.
      const kind = kindOf(m[0]);
      // So is "the conference" the conference, "the forum" the forum, and "the funeral" the funeral (not the row named since).
      const sameKind = !call && (kind === 'summit' || kind === 'conference' || kind === 'forum' || kind === 'funeral' || kind === 'inauguration') && lastGathering && kindOf(lastGathering.name) !== kind ? out.findLast((e) => !e.anaphor && kindOf(e.name) === kind && start - e.end < 3000) : undefined;
      // A call is not a summit or a meeting in a place: "the telephone conversation" with no call named before stands for
      // none of them (a caption under the headline, before the call is told).
      const to = call ? (lastCall ?? (last && isCall(last.name) ? last : undefined)) : (sameKind ?? talks ?? lastGathering ?? last);
      // "the talks" or "the negotiations" are not a conference or a forum named before (the talks it hosts, or others).
      if (to && /\b(?:talks|negotiations)$/i.test(m[0]) && /^(?:conference|forum|funeral|inauguration)$/.test(kindOf(to.name) ?? '')) continue;
      if (found.some((e) => e.start < start + m[0].length && start < e.end)) continue;
      if (!to || start - to.end > 3000) {
        // "De Wever, arriving at the summit on Thursday, said …": a summit or meeting the text has not named, which someone
        // arrives at, attends or speaks at on a day the clause gives (not after the article's own day), is a gathering of
        // its own, named by its kind and day.
        if (to || call || !/^the\s/i.test(m[0]) || !PRESENT_AT.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
        const kind = kindOf(m[0]);
        const day = kind === 'summit' || kind === 'meeting' ? readEventDate(sentence.text, entryDay(), start - sentence.start)?.date : undefined;
        if (day?.length !== 10 || (publishedAt && day > publishedAt.slice(0, 10)) || NOT_YET.test(text.slice(sentence.start, start)) || AHEAD_AFTER.test(text.slice(start, Math.min(sentence.end, start + m[0].length + 60)))) continue;
        const event: EventMention = { start, end: start + m[0].length, text: m[0], name: `${cap(kind!)} of ${day}`, key: entityId(`${cap(kind!)} of ${day}`), date: day, bare: true };
        out.push(event);
        last = lastGathering = event;
        continue;
      }
      out.push({ start, end: start + m[0].length, text: m[0], name: to.name, key: to.key, anaphor: true, ...(to.date ? { date: to.date } : {}) });
    }
  }
  // A gathering named after a place ("the London meeting") and dated nowhere else is the one a group met at there.
  // Else, the one gathering of its kind the article has dated before it: "the meeting at the Élysée on 4 September" …
  // "the day before the Paris meeting".
  // So is one a gathering told by its verb dated there, when it is the only day the article gives a gathering there
  // ("When the leaders gathered in Paris last Tuesday …" … "the day before the Paris summit").
  const metDays = new Map<string, Set<string>>();
  for (const o of out) {
    const place = o.date?.length === 10 ? /^Meeting in (\p{Lu}[\p{L}’'-]*)$/u.exec(o.name)?.[1] : undefined;
    if (place) metDays.set(place, (metDays.get(place) ?? new Set()).add(o.date!));
  }
  const metDay = (place: string) => (metDays.get(place)?.size === 1 ? [...metDays.get(place)!][0] : undefined);
  for (const e of out) {
    if (e.date || out.some((o) => o.key === e.key && o.date)) continue;
    // A headline names the story's gathering before the body dates it ("## … after Oval Office shouting match" above "a
    // jaw-dropping TV row last night"): from a heading, the one gathering of its kind dated anywhere below.
    const headline = HEADING.test(text.slice(text.lastIndexOf('\n', e.start - 1) + 1, e.start + 1));
    const dated = new Set(out.filter((o) => o.date?.length === 10 && (o.start < e.start || headline) && !o.anaphor && kindOf(o.name) === kindOf(e.name)).map((o) => o.key));
    const only = dated.size === 1 && properWords(e.name).size > 0 && kindOf(e.name) ? out.find((o) => dated.has(o.key) && o.date)?.date : undefined;
    const day = [...properWords(e.name)].map((w) => placeDays.get(w) ?? metDay(w)).find(Boolean) ?? only;
    if (day) for (const o of out) if (o.key === e.key) o.date = day;
  }
  // "**23:15** — The talks are over": a live-blog entry telling a gathering dated nowhere else as going on or just ended,
  // by name or by "the talks", dates it by the entry's day.
  for (const e of out) {
    if (e.date || out.some((o) => o.key === e.key && o.date) || !GOING_ON.test(text.slice(e.end, e.end + 40))) continue;
    const day = dayContextAt({ text, publishedAt }, e.start).day;
    if (day) for (const o of out) if (o.key === e.key) o.date = day;
  }
  // "The summit at Lancaster House came two days after …": a gathering that came so long after something is the story's
  // news, on the day the story has set (statedAt counts the "came" and its complement apart).
  for (const e of out) {
    if (e.date || out.some((o) => o.key === e.key && o.date) || !CAME_AFTER.test(text.slice(e.end, e.end + 60))) continue;
    const sentence = sentences.find((x) => x.start <= e.start && e.end <= x.end);
    const stated = sentence && statedAt({ text, publishedAt }, sentence.start, sentence.end);
    if (stated?.source === 'TEXT' && stated.precision === 'DAY') for (const o of out) if (o.key === e.key) o.date = stated.date;
  }
  // "Trump ruled out troops the morning after the White House meeting", "On 4 June, two days before the summit, X said
  // …": a gathering dated nowhere else, named right after a chain, happened so long before (or after) the day its
  // sentence is told on, when the sentence itself or a heading or dateline right above it gives that day (a scene
  // carried from the paragraphs before is too loose to count from). The chain's own words are left out of that day.
  for (const e of out) {
    if (e.date || out.some((o) => o.key === e.key && o.date)) continue;
    const sentence = sentences.find((x) => x.start <= e.start && e.end <= x.end);
    const chain = sentence ? CHAIN_END.exec(text.slice(sentence.start, e.start)) : null;
    if (!sentence || !chain) continue;
    const before = text.slice(sentence.start, e.start);
    const counted = COUNT_BEFORE.exec(before.slice(0, chain.index));
    const chainStart = sentence.start + (counted?.index ?? chain.index);
    const without = text.slice(0, chainStart) + ' '.repeat(e.start - chainStart) + text.slice(e.start);
    const rest = without.slice(sentence.start, sentence.end);
    const above = text.slice(0, text.lastIndexOf('\n', sentence.start) + 1).trimEnd().split('\n').at(-1) ?? '';
    if (!DATE_CUE.test(rest) && !(DATELINE.test(above) && DATE_CUE.test(above))) continue;
    const stated = statedAt({ text: without, publishedAt }, sentence.start, sentence.end);
    const day = stated?.source === 'TEXT' && stated.precision === 'DAY' ? countedBackFrom(before, stated) : undefined;
    if (day?.precision === 'DAY' && (!publishedAt || day.date <= publishedAt)) for (const o of out) if (o.key === e.key) o.date = day.date;
  }
  // "the Trump–Putin call" dated nowhere: the day of the sentence that tells a call between the two by its words
  // ("Trump spent two hours on the phone with Putin yesterday"), when the article tells one such day only.
  for (const e of out) {
    const sides = e.date || out.some((o) => o.key === e.key && o.date) || kindOf(e.name) !== 'call' ? null : DASH_SIDES.exec(e.text);
    if (!sides) continue;
    const [a, b] = sides[0].split(/[–—-](?=\p{Lu})/u);
    const days = new Set<string>();
    for (const x of sentences) {
      if (x.start <= e.start && e.start < x.end) continue;
      const words = x.text;
      if (!PHONED.test(words) || !hasWord(words, a) || !hasWord(words, b) || NOT_YET.test(words)) continue;
      const stated = statedAt({ text, publishedAt }, x.start, x.end);
      if (stated?.source === 'TEXT' && stated.precision === 'DAY' && (!publishedAt || stated.date <= publishedAt)) days.add(stated.date);
    }
    if (days.size === 1) for (const o of out) if (o.key === e.key) o.date = [...days][0];
  }
  // Still dated nowhere: the day a photo caption gives when it shows the event, naming it ("… before the talks in Geneva,
  // November 23, 2025") or every word of its place ("The leaders in the East Room of the White House on Monday").
  for (const caption of out.some((e) => !e.date) ? matchesOf(text, CAPTION) : []) {
    const words = caption[1];
    const day = readEventDate(words, publishedAt);
    const start = caption.index + caption[0].length - words.length;
    // Not in a live blog: a picture between its entries shows one day of what may run over several.
    if (day?.precision !== 'DAY' || (publishedAt && day.date > publishedAt) || dayContextAt({ text, publishedAt }, start).day) continue;
    for (const e of out) {
      if (e.date || out.some((o) => o.key === e.key && o.date)) continue;
      const place = properWords(e.name);
      const shown = out.some((o) => o.key === e.key && o.start >= start && o.end <= start + words.length) || (place.size > 0 && [...place].every((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'u').test(words)));
      if (shown) for (const o of out) if (o.key === e.key) o.date = day.date;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Also a day and month ("took part on 4 September in the meeting").
const WHEN = String.raw`(?:\s+on\s+(?:\d{1,2}\s+${DAY_OR_MONTH}|${DAY_OR_MONTH}\s+\d{1,2})|\s+(?:on|last|this|yesterday|today|earlier|by video(?:\s+link)?|remotely|virtually)(?:\s+(?!the\b)\w+)?)?`;
// Also past the gathering's length ("opened the two-day conference").
const ATTEND = new RegExp(String.raw`\b(?:attend(?:ed|s|ing)?|(?:told|tells|asked|urged|briefed)|join(?:ed|s)(?:\s+\p{Lu}[^,.;]{0,60}?\s+for)?|(?:took|takes|taking) part${WHEN} in(?:\s+(?:parts?|some|much|most) of)?|participat(?:ed|es|ing)${WHEN} in|host(?:ed|s|ing)|(?:co-)?chair(?:ed|s|ing)|conven(?:ed|es)|organi[sz](?:ed|es|ing)|address(?:ed|es)|(?:arriv(?:ed|es|ing)|land(?:ed|s))${WHEN}(?:\s+in\s+[\p{Lu}][\p{L}-]+${WHEN})?\s+(?:at|in|for)|gathered(?:\s+[^,.;]{1,40}?)?\s+(?:in|for|at)|sat in on|(?:came|travel{1,2}ed|flew|returned)(?:\s+back)?\s+to\s+[\p{Lu}][\p{L}-]+${WHEN}\s+for|(?:was|were|met)\s+in\s+[\p{Lu}][\p{L}-]+${WHEN}\s+for|(?:spoke|speaking)${WHEN} at|(?:was|were)${WHEN} at|(?:closed|opened)${WHEN}|led|held(?:\s+[\w-]+){0,4}?\s+of|(?:on|at) the (?:sidelines|margins?|fringes?) of|(?:his|her|their|a) (?:speech|address|keynote|remarks) (?:to|at)|(?:was|were) (?:the only |among the |one of the |among )?(?:[\p{L}-]+ ){0,3}?(?:leaders?|ministers?|guests?|participants?|representatives?|delegates?|heads of (?:state|government)) (?:at|in))(?:,\s+(?:together\s+)?(?:with|alongside)\s+[^,;.]{1,80},)?\s+(?:(?:the|an?|another)\s+)?(?:\w+['’]s\s+)?(?:(?:first|second|third|next|latest|new|further|follow-up|\d+(?:st|nd|rd|th))\s+)?(?:(?:one|two|three|four|five|\d)-day\s+)?$`, 'iu');
// Also after a time ("On Thursday, at the extraordinary European Council, …").
// Also "American and Ukrainian delegations": the first of a list of names before the word.
const DELEGATE = /^(?:[’']s)?(?:(?:,|\s+and)\s+\p{Lu}[\p{L}.’'-]*)*\s+(?:delegations?|team|negotiators|negotiating team)\b/iu;
// Also after a fronted place or time of a few words ("Across the Adriatic, at the summit in Tirana, …", "Two days later,
// on a video call of the coalition, …"): "on" only for a call.
const FRONTED = String.raw`(?:(?:On|Last|This|Earlier|Later)\s+\w+,\s+|(?:Across|In|Far from|Back in|Over in|Meanwhile(?: in)?|(?:A|One|Two|Three|Four|Five|Several) (?:days?|weeks?|hours?) later|The (?:next|following|previous|same) (?:day|week|morning|evening)|(?:The|A|One) (?:day|night|evening|week) (?:before|earlier)|That (?:day|morning|afternoon|evening|night|week)|(?:A|One|Two|Three|Four|Five|Several) (?:days?|weeks?|hours?) (?:earlier|before))(?:\s+(?!the\b)[\w-]+){0,3}(?:\s+the\s+\w+)?,\s+)?`;
const OPENER_AT = new RegExp(String.raw`^\W*${FRONTED}(?:At|During|Speaking at|Speaking after|On the sidelines of)\s+(?:the\s+|an?\s+|(?:that|this|his|her|their)\s+(?:first\s+|last\s+|latest\s+)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last week)['’]s\s+)?(?:so-called\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$`, 'iu');
const OPENER_ON = new RegExp(String.raw`^\W*${FRONTED}On\s+(?:an?|the)\s+$`, 'i');
/** An event that opens its sentence; "on" only a call ("On a video call of the coalition, Starmer said …"). */
const opens = (before: string, event: EventMention) => OPENER_AT.test(before) || (isCall(event.text) && OPENER_ON.test(before));
/** After an opener and its event, the speaker: "At the summit on Friday he said …". */
const OPENER_SPEAKER = /^\s+(?:on\s+\w+\s+)?(he|she|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,2})\s+(?:said|told|warned|argued|insisted|urged|announced|pledged|promised|stressed|called|backed|rejected|proposed|met|spoke|\w+ed)\b/u;
/** Between an event and the actor of a relative clause on it: a time or place, then "which" / "that", or nothing. */
const RELATIVE_GAP = /^(?:\s+(?:on|in|at|of)\s+[^,;.]{1,40}?)?(?:,?\s+(?:which|that)\s+|\s+)(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
const RELATIVE_VERB = /^\s+(?:had\s+|has\s+)?(?:also\s+)?(?:joined|attended|chaired|co-chaired|hosted|co-hosted|convened|called|opened|addressed|organi[sz]ed)\b/;
const CALLED_VERB = /^\s+(?:had\s+|has\s+)?(?:called|convened|hosted|co-hosted|chaired|co-chaired|organi[sz]ed)(?!\s+(?:\p{Lu}|him\b|her\b|them\b|for\b|on\b))/u;
/** Presence listed in passing: "with A and B also on the line", "A, B and C sat in the same hall". */
// Also "opens in Oslo with Lind in the room", "was held with A and B in attendance": one named "in the room" or "in
// attendance" after "with" needs no "also".
const ALSO_THERE = /\balso (?:on the (?:line|call)|present|in the room|at the table|in attendance)\b|\bin the same (?:hall|room)\b|\bwith\s+\p{Lu}[^,;.]{0,40}?\s+(?:in the room|in attendance)\b/u;
const IN_THE_ROOM = /\bwith\s+(?=\p{Lu})([^,;.]{1,40}?)\s+(?:in the room|in attendance)\b/gu;
const ALSO_THERE_AT = /\bwith\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,3})[^,;.]{0,80}?\s+also (?:on the (?:line|call)|present|in the room|at the table|in attendance)\b|\b(?:sat|were|was) (?:together )?in the same (?:hall|room)\b/gu;
// Also "Kellogg joined, and so did …", "Meloni and Merz dialled in from Rome", "Macron co-chaired it from Northwood":
// joining with no object, dialling in, and chairing or attending "it" are presence at the gathering just named.
// Each verb also in the present tense of a diary, a caption or a live blog ("Carney also dials in", "Meloni joins by
// video", "Rutte chairs it"); and presence told to the audience ("Hegseth was with us today").
const THERE_ANCHOR = /\bthere\b|\bjoin(?:ed|s)\s+(?:them|us)\b|\bjoin(?:ed|s)\s*(?:by|remotely|online|virtually|from|too|as well|[.,;])|\b(?:flew|flown|flies|came|come|comes)\s+in\s+(?:for|to)\b|\bdial(?:l?ed|s|l?ing)\s+in\b|\b(?:(?:co-)?chair(?:ed|s)|(?:co-)?host(?:ed|s)|attend(?:ed|s)|join(?:ed|s))\s+it\b|\bwith\s+us\b/;
// Also past an apposition ("Kellogg, the envoy for Ukraine, joined them in the afternoon"); "joined them" or "us" is
// joining those at the gathering (not "joined them in calling for …", a stance).
// "was with us today", "is with us here": only with a time or place after it, or nothing (not "was with us on sanctions").
const THERE = /^(?:,\s+[^,.;:]{1,80},)?\s+(?:also\s+)?(?:join(?:ed|s)\s+(?:them|us)(?!\s+in\s+\w+ing\b)(?=\s*[.,;:]|\s+(?:in\s+the|on|by|for|at|later|remotely|online|virtually|from|there|too|as\s+well|shortly|briefly)\b)|(?:said|spoke|was|were|argued|insisted|declared|repeated|announced|warned|promised|pledged|added)\s+there\b(?!\s+(?:is|was|are|were|would|will|could|might|should|had|has|have|can|must|may|need|needs)\b)|join(?:ed|s)\s+(?:by\s+(?:video(?:\s*link)?|phone|telephone|videoconference)|remotely|online|virtually|from\s+\p{Lu})|join(?:ed|s)(?=\s*[.,;]|\s+(?:too|as well)\b)|(?:had\s+)?(?:flew|flown|flies|came|come|comes)\s+in\s+(?:for|to)\b|dial(?:l?ed|s|l?ing)\s+in\b|(?:(?:co-)?chair(?:ed|s)|(?:co-)?host(?:ed|s)|attend(?:ed|s)|join(?:ed|s))\s+it\b|(?:was|were|is|are)\s+(?:also\s+)?(?:here\s+)?with\s+us(?=\s*[.,;:]|\s+(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)|here|in\s+the\s+room|at\s+the\s+(?:table|meeting|summit|talks)|for\s+the\s+(?:meeting|summit|talks|session)|again|too|as\s+well)\b))/u;
const AGENT_BEFORE = /\b(?:by|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
/** Presence from elsewhere: joining from a place, remotely or by video, dialling in. */
const REMOTE = /\bdial(?:l?ed|s|l?ing)\s+in\b|\bjoin(?:ed|s)\s+(?:by\s+(?:video|phone|telephone)|remotely|online|virtually|from\b)/;
/** After who took part, a verb of speaking to someone face to face ("accused", "told", "lectured"): its object was there. */
// Not a host's guests ("where Starmer hosted A, B and C"): a gathering of several, not a meeting of two.
const ADDRESSED = /^\s+(?:\w+ly\s+)?(?:told|urged|pressed|accused|berated|lectured|scolded|assured|thanked|confronted|challenged|interrupted|reproached|rebuked)\s+/;
/** After a confrontation at a seat, those in it: "…, in which A and B …", "… between A and B", "… with A". */
const ROW_PARTIES = /^\s*(?:,\s+(?:(?:in|during|at)\s+which|where)\s|\s+(?:between|with)\s)/;
const WITH_US = /\b(?:was|were|is|are)\s+(?:also\s+)?(?:here\s+)?with\s+us\b/;
/** ", and so did two senators, A and B": those named after it did the same. */
const SO_DID = /^[^.;]*?,?\s+(?:and\s+)?(?:so\s+did|as\s+did)\s+/;
/** "Lammy and Vance sat down with Yermak and Umerov", "sat down with Trump for lunch in the Cabinet Room on Friday": a
 *  meeting of those named, as hours spent together are. Not an interview ("sat down with the BBC's X"). */
const SAT_DOWN = /\bsat\s+down\s+(?:together\s+)?with\b/;
const satDown = (sentence: string) => (/\binterview/i.test(sentence) ? null : SAT_DOWN.exec(sentence));
const SPENT = /\bspent\s+(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|close\s+to\s+|about\s+|over\s+|some\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:hours?|days?)\s+(?:together|with)\b/i;
/** "The Ukrainian delegation was led by X": the delegation, and so its country, is the subject. */
const LED_DELEGATION = /\bdelegation\s+(?:was|were)\s+(?:led|headed)\s+by\b/;
const LED_TEAM = /\b(?:led|leads|leading|headed|heads|heading)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:['’]s)?\s+(?:team|delegation|negotiating team|negotiators|side)\b|\bspoke for\s+\p{Lu}/u;
const LED_TEAMS = new RegExp(LED_TEAM.source, 'gu');
/** Who else a delegation counted: "the Ukrainian delegation, which included A and B", "The Russian side also included
 *  A", "Kyiv's delegation was headed by A, with B and C beside him", "… was led by A, …, and included B", "Rubio led the
 *  U.S. side together with B". The
 *  people listed after it (to the end of its clause) were at the gathering just named. */
const DELEGATION_MEMBERS = /\b(?:delegation|team|side|negotiators)(?:,\s+which|\s+also)?\s+(?:included|includes|comprised|consisted of)\s+|\b(?:delegation|team|side)\s+(?:was|were)\s+(?:led|headed)\s+by\s+[^.;]{1,120}?(?:,\s+(?:together\s+)?with|,?\s+and\s+(?:also\s+)?(?:included|includes|comprised))\s+|\b(?:led|headed)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:['’]s)?\s+(?:team|delegation|side)\s+(?:together|along)\s+with\s+/gu;
/** Where the list of a delegation's members ends: the next clause. */
const SENT = /\b(?:sent|dispatched|fielded)\s+(?=(?:its\s+|their\s+)?(?:\p{Lu}|foreign|defen[cs]e|prime|deputy|vice|national|chief|top|senior))/u;
const SENTS = new RegExp(SENT.source, 'gu');
const MEMBERS_END = /[;:]|,\s+(?:and|but|while|who|which|where)\b|\s+(?:but|while|whereas)\s|,\s+(?:said|says|told|according)\b/;
/** An arrival: m[1] a sentence-opening participle ("Arriving on the 18th, X …"), m[2] the city arrived in. */
const ARRIVAL = new RegExp(String.raw`^\W*(Arriving)\b[^,.;]{0,40},|\b(?:arrived|has arrived|have arrived|landed|has landed)(?:\s+in\s+${PLACE})?(?=\s*[.,;]|\s+(?:on|last|this|yesterday|today|with|early|late)\b)`, 'u');
// Also "told the room", "repeated in the room that …": the room of the gathering; "told fellow leaders", "told the other
// ministers" (those gathered with the speaker).
const AUDIENCE = /\b(?:(?:told|addressed)\s+(?:the\s+)?(?:delegates|participants|attendees|audience|conference|forum|assembly|summit|room)|told\s+(?:(?:his|her|their)\s+)?(?:fellow|other|the other)\s+(?:leaders|ministers|heads of (?:state|government))|(?:said|repeated|argued|insisted|warned|stressed)\s+in\s+the\s+room|addressed\s+(?:the\s+)?(?:fellow\s+|military\s+|defen[cs]e\s+)?(?:ministers|leaders|chiefs|envoys|delegations|heads of (?:state|government))|(?:greeted|welcomed|received)\s+(?:the\s+)?(?:two\s+|three\s+|visiting\s+|foreign\s+)?(?:delegations|delegates|participants|negotiators|guests|visiting leaders))\b/;
/** "The delegation worked with A and B for more than five hours": those worked or talked with for hours were at the
 *  gathering just named, with the subjects. */
const HOURS_WITH = /\b(?:worked|talked|negotiated|sat)\s+(?:together\s+)?with\s+([^.;]{1,100}?)\s+for\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|some\s+|close\s+to\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+hours?\b/;
// "has just finished his speech in the main hall", "used his speech on Friday to …", "said on a panel", "at a side event":
// a speech or a panel at a conference or forum (not a speech to a parliament).
const CONFERENCE_SPEECH = /\b(?:(?:finished|delivered|gave|giving|used|began|opened|closed|ended|wrapped up)\s+(?:his|her|their|a|the)\s+(?:(?:keynote|opening|closing|main|much-anticipated)\s+)?(?:speech|address|keynote)(?!\s+(?:to|before|in)\s+(?:the\s+)?(?:parliament|Bundestag|Sejm|Rada|Commons|Congress|Senate|nation|Assembly))|(?:on|at)\s+(?:a|the)\s+(?:panel|side[- ]event|fringe event)|in\s+the\s+main\s+hall)\b/;
const CONFERENCE = /\b(?:Conference|Forum)\b/;
/** "was very interested in hosting the talks", "offered to host them": a gathering someone would hold, not one they held. */
const WOULD_BE = /\b(?:interested in|offer(?:ed|s|ing)? to|ready to|willing to|keen (?:to|on)|wants? to|wanted to|hop(?:es|ed|ing) to)\s+$/i;
/** "Turkey was represented by its foreign minister", "were thus represented by", "was represented at the talks by": a state
 *  whose people stood for it at the gathering. Not "was not represented" (no adverb but these). */
const REPRESENTED_BY = /\b(?:was|were)\s+(?:(?:thus|also|again|only|instead|therefore|officially|formally|once again)\s+)?represented\s+(?:(?:at|in)\s+(?:the|this|that|these)\s+(?:[\w’'-]+\s+){0,3}?(?:summit|meeting|talks|conference|call|negotiations|session)\s+)?by\b/;
/** Right before a gathering, words that make it what someone is told of: "to inform him of the", "briefed ministers on
 *  the", "told reporters about Monday's". Not "told X on the call" (said on it). */
const TOPIC_OBJECT = String.raw`(?:(?:him|her|them|us|me|you|reporters|journalists|lawmakers|parliament|MPs|ministers|colleagues|allies|partners|counterparts?|(?:his|her|their)\s+[\p{L}-]+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+)?`;
const TOPIC_DET = String.raw`(?:the\s+|this\s+|that\s+|(?:his|her|their)\s+|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur|yester|to)day['’]s\s+)?$`;
const TOPIC_BEFORE = new RegExp(String.raw`\b(?:(?:inform|brief|debrief|updat)(?:e|ed|es|s|ing)?\s+${TOPIC_OBJECT}(?:of|about|on)|(?:tell|tells|telling|told)\s+${TOPIC_OBJECT}(?:of|about))\s+${TOPIC_DET}`, 'u');
/** An event's words that open on two names joined by a dash ("Trump–Putin" in "Trump–Putin call"). */
const DASH_SIDES = /^\p{Lu}[\p{L}’'-]*?[–—-]\p{Lu}[\p{L}’']*(?=\s)/u;
/** After a gathering, words that make it sought or denied: "… 'not planned'", "… is possible", "remains unlikely". */
const UNSETTLED_AFTER = /^\W*\s*(?:['"“‘]?\s*)?(?:(?:is|was|remains|seems|looks)\s+)?(?:not\s+planned|(?:im)?possible|unlikely|off the table|not on the agenda)\b|^\s+(?:is|was|remains)\s+(?:not|still|yet)\b/i;
const LETTER = /\p{L}/u;
/** `word` standing as a word of `words` (no letter either side), without a pattern built for it. */
function hasWord(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    if (!LETTER.test(words[at - 1] ?? '') && !LETTER.test(words[at + word.length] ?? '')) return true;
  }
  return false;
}
/** "X stood beside him", "was sitting next to her": at the side of the person a pronoun stands for. */
const STOOD_BESIDE = /\b(?:stood|stands|was\s+standing|were\s+standing|sat|was\s+sitting|was\s+seated)\s+(?:beside|next\s+to|alongside|at\s+the\s+side\s+of)\s+(?:him|her)\b/;
/** Words that tell a call by what the callers did: "on the phone with", "spoke by telephone", "phoned". */
const PHONED = /\b(?:on\s+the\s+(?:tele)?phone\s+(?:with|to)|(?:spoke|talked|speaking|talking)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|phoned|telephoned|rang)\b/i;
const NOT_YET = /\b(?:will|would|shall|is due to|are due to|plans? to|is set to|are set to|is expected to|cancel(?:led|ed|s)?|skip(?:ped|s)?|declined|refused|did not|does not|won['’]t|didn['’]t|st(?:ayed|ays|ay) away|boycott(?:ed|s)?)\b/i;

const INVERTED_PRESENCE = /^\W*(?:Taking part|Joining|Attending|Present|Also (?:present|attending|taking part|joining))\b[^.;]{0,60}?\s(?:were|was)\b,?(?:\s+among others,?)?\s+/;
// "Also present were A and B", "Among those attending was C", "Among the arrivals: A, B and C"; a list of those at the
// gathering opening its sentence: "Participants included A and B", "Those taking part were A and B", "The guest list
// included A"; and, just after the sentence naming it, "Among them were A and B", "It was attended by A and B".
const PRESENT_LIST = /\b(?:[Aa]lso (?:present|attending|in attendance|there)|[Aa]mong (?:those (?:present|attending|there|in attendance|taking part)|the (?:participants|guests|attendees|arrivals))) (?:were|was)\b|^\W*Among the (?:arrivals|participants|guests|attendees):|^\W*(?:The\s+)?(?:[Pp]articipants|[Aa]ttendees|[Gg]uests|[Gg]uest list|[Tt]hose (?:present|attending|taking part|in attendance))\s+(?:included|include|were)\b|^\W*(?:Among them (?:were|was)|It (?:was|had been) attended by)\b/;
// Words telling that a gathering took place with people in it: "Leaders met in Bergen on Monday. Among them were …".
const GATHERED = /\b(?:met|meet|gathered|convened|assembled|attended|took part|joined|arrived|came|travel{1,2}ed|flew|sat|brought together|(?:was|were) held|took place|opened|began)\b/;
// A heading's line ("# …", "## …"), and a gathering told in its present tense just before it is named ("hold talks",
// "hosts a summit"; not "to hold", "will host").
const HEADING = /^\s*#{1,6}\s/;
const HEADLINE_NOW = /(?<!\b(?:to|will|would|may|might|could|should|must|cannot|can)\s+)\b(?:holds?|hosts?|opens?|convenes?|chairs?|attends?|joins?|meets?\s+for)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}\d–'’-]+\s+){0,3}$/u;
const CONNECTED = /^\s+(?:was|were)\s+(?:also\s+)?connected\b/;
const ATTENDED_VERB = /\b(?:also )?(?:(?:was|were) (?:also )?(?:at the table|in the room|on the (?:line|call))|attended|took part(?: by video(?: link)?| remotely| virtually| online)?|were present|was present|were there|was there|sat in(?: on the (?:summit|meeting|talks|session|call|conference))?|sat at the (?:[\p{Lu}][\p{L}-]+ )?table|came to [\p{Lu}][\p{L}-]+ for the (?:summit|meeting|talks|conference)|joined (?:remotely|virtually|online|by video(?: link)?)|attend(?=\s+in person)|came(?=\s+in person)|(?:was|were) among (?:those|the (?:[\p{L}-]+ ){0,2}?(?:leaders|guests|participants|attendees|delegates|ministers|officials)) (?:at the table|present|in attendance|in the room|attending|taking part)|(?:is|are) (?:also )?(?:here|present))(?:\s+in person)?(?=\s*(?:[.,;]|$)|\s+(?:too|as well)|\s+and\s+\w+ed\b|\s+for\s+\p{Lu}|\s+from\s+\p{Lu}[\p{L}-]+\s*[.,;])/gu;
/** A second passive agent of a gathering: "hosted by A and attended also by B". */
const SECOND_AGENT = /^[^.;]{0,40}?\s+and\s+(?:was\s+|were\s+)?(?:also\s+)?(?:hosted|co-hosted|chaired|co-chaired|attended|opened)\s+(?:also\s+)?by\s+(?:the\s+)?/;
/** Being in a city (m[1]), in person or for a purpose: "was in Paris in person", "were in Geneva for talks". */
const PRESENT_IN = /\b(?:was|were)\s+(?:also\s+|already\s+|still\s+)?in\s+(\p{Lu}[\p{L}’'-]+)(?=\s+(?:in person|for|too|as well|with)\b|\s*[,.;])/u;
/** "I" as the subject right before an attending verb: "Last Thursday I was at …", "I attended …". */
const FIRST_PERSON_BEFORE = /(?:^|[,;:]\s*|\b(?:Last|Yesterday|On|This|Earlier)\b[^,.;]{0,30}?\s)\bI\s+(?:also\s+|myself\s+)?$/;
/** After an event (and the body it is "of"), one named as there with the subject: ", with President Zelensky". */
const COMPANION_AFTER = /^(?:\s+of\s+the\s+(?:\p{Lu}[\p{L}’'-]*|of|the)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the))*)?,\s+(?:together\s+)?(?:with|alongside)\s+(?:(?:President|Prime Minister|Chancellor|Secretary-General|Secretary General|Mr|Ms|Mrs|Dr)\.?\s+)?(?=\p{Lu})/u;
/** A scene fronted before the list of those in it: "Around the table, …", "At the table, …". */
const AROUND_TABLE = /^\W*(?:Around|Round|At)\s+the\s+(?:[\p{L}-]+\s+)?table,\s+/u;
/** A line that opens a new section: a heading, a rule, a line all in bold. */
const SECTION_BREAK = /^[ \t]*(?:-{3,}|\*{3,}|#{1,6}\s|\*\*[^*\n]+\*\*[ \t]*$)/m;
/** ATTENDED relations stated in one sentence about the events in it. */
export function attendance(text: string, sentence: Sentence, ms: Mention[], events: EventMention[], found: SentenceRelation[], context: RelationContext, all: readonly EventMention[] = events): SentenceRelation[] {
  // Presence is told of people, not by them: a record's labelled turn gives no one's "I" or "we" here.
  // Assigned, not spread: a spread of the context (functions among its fields) costs several times more, every sentence.
  const ctx: RelationContext = Object.assign({}, context, { noTurn: true });
  const out: SentenceRelation[] = [];
  const push = (who: Mention[], event: EventMention, confidence: number) => {
    for (const m of who) if (isActor(m) && (m.type === 'PERSON' || m.type === 'COUNTRY')) out.push({ type: 'ATTENDED', source: m.key, target: event.key, confidence });
  };
  // The gathering the text is about at this point: the last event named before the end of this sentence.
  // Else, for presence stated without naming it ("Tusk, also at the summit"), the one the text names next.
  // Not one named past a heading, a rule or a bold section line, unless it is the one gathering the text names: a
  // gathering of another section is another story's ("the smallest country at the table was represented by X" is not
  // at the forum a later section tells of).
  const next = events.find((e) => e.start >= sentence.end && !e.anaphor);
  const current = [...events].reverse().find((e) => e.start < sentence.end && sentence.start - e.end < 3000) ?? (next && (all.every((e) => e.key === next.key) || !SECTION_BREAK.test(text.slice(sentence.end, next.start))) ? next : undefined);
  // "Tusk said there that…", "Merz joined by video", "Zelensky flew in for the opening session": presence told after
  // the sentence naming the event, by words that point back at it (not "said there was", existential). The event may be
  // named again just before ("Thursday's call was the first …: Kellogg joined"): the anaphor stands for it.
  const near = [...events].reverse().find((e) => e.start < sentence.end && sentence.start - e.end < 400);
  // "Hegseth was with us today": told to the audience of the gathering the text is about, however far back it was named
  // (not past a heading or a rule).
  const thereAt = near ?? (WITH_US.test(sentence.text) && current && current.end <= sentence.start && !SECTION_BREAK.test(text.slice(current.end, sentence.start)) ? current : undefined);
  if (thereAt && THERE_ANCHOR.test(sentence.text)) {
    for (const m of ms) {
      // Not an agent or partner ("hosted by Meloni, and Merz dialled in"): the list opens on a subject.
      if (!isActor(m) || m.appositive || m.start < sentence.start || AGENT_BEFORE.test(text.slice(sentence.start, m.start))) continue;
      const group = coordinated(text, ms, m, 1);
      const after = text.slice(group[group.length - 1].end, sentence.end);
      const there = THERE.exec(after);
      if (!there) continue;
      // "Zelensky joined from Rome, where he was attending the conference, and Merz dialled in from the same city": one
      // who joins from elsewhere is on the call named last before them, not at a gathering in the place they join from.
      const call = REMOTE.test(there[0]) && !isCall(thereAt.name) ? [...events].reverse().find((e) => e.end <= m.start && isCall(e.name) && m.start - e.end < 1500) : undefined;
      const at = call ?? thereAt;
      if (at.start >= sentence.start && m.start < at.end) continue;
      push(group, at, 0.6);
      // "Americans joined them: Keith Kellogg, …, was on the screen": the people the colon names.
      const named = /^\s*:\s*/.exec(after.slice(there.index + there[0].length));
      const from = group[group.length - 1].end + there.index + there[0].length + (named?.[0].length ?? 0);
      const first = named ? ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start === from) : undefined;
      // (not one named only as a possessive in an apposition: "Kellogg, Donald Trump's envoy")
      if (first) push(listedAfter(text, ms, first.start, sentence.end).filter((x) => !/^['’]s\b/.test(text.slice(x.end, x.end + 3))), at, 0.6);
      const also = SO_DID.exec(after);
      if (also) push(ms.filter((x) => x.type === 'PERSON' && !x.appositive && x.start >= group[group.length - 1].end + also[0].length), at, 0.6);
    }
  }
  // A delegation's people are at the gathering just named, else at the one the text is about (named before, not
  // past a heading): "Geneva talks" in the headline, then "Rubio, who led the American side, …".
  const team = near ?? (current && current.end <= sentence.start && !SECTION_BREAK.test(text.slice(current.end, sentence.start)) ? current : undefined);
  // "Rustem Umerov led Kyiv's team; Witkoff and Kushner spoke for Washington", "Umerov, who leads the Ukrainian
  // delegation, …": the members of a delegation at the gathering just named were there.
  for (const led of team && LED_TEAM.test(sentence.text) ? matchesOf(sentence.text, LED_TEAMS) : []) {
    if (NOT_YET.test(sentence.text.slice(0, led.index))) continue;
    const at = sentence.start + led.index;
    const who = /,\s+who\s+$/.exec(text.slice(Math.max(sentence.start, at - 8), at));
    const named = who && [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= at - who[0].length && /^\s*$/.test(text.slice(m.end, at - who[0].length)));
    push(named ? [named] : subjectsAt(text, sentence, ms, at, ctx).filter((m) => m.type === 'PERSON'), team!, 0.6);
  }
  // "Ukraine sent Yermak, together with Sybiha and Umerov", "Rubio led the American side": a state that sends its
  // people to the gathering just named, or whose side or delegation they lead, is represented there, and they are there
  // (leading "Kyiv's negotiators" over weeks says nothing of one meeting).
  for (const d of team && SENT.test(sentence.text) ? matchesOf(sentence.text, SENTS) : []) {
    const at = sentence.start + d.index;
    const from = at + d[0].length;
    const head = text.slice(sentence.start, from);
    if (NOT_YET.test(head) || NEGATION.test(head)) { NEGATION.lastIndex = 0; continue; }
    NEGATION.lastIndex = 0;
    const end = MEMBERS_END.exec(text.slice(from, sentence.end));
    // Not one named only as a possessive in a member's apposition ("Yermak, the head of President Zelenskiy's office").
    const members = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= (end ? from + end.index : sentence.end) && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
    const senders = subjectsAt(text, sentence, ms, at, ctx).filter((m) => m.type === 'COUNTRY');
    if (members.length && senders.length) push([...senders, ...members], team!, 0.6);
  }
  for (const led of team && LED_TEAM.test(sentence.text) ? matchesOf(sentence.text, LED_TEAMS) : []) {
    const at = sentence.start + led.index;
    if (NOT_YET.test(sentence.text.slice(0, led.index))) continue;
    if (/\b(?:side|delegation)$/.test(led[0])) push(ms.filter((m) => m.type === 'COUNTRY' && m.start >= at && m.end <= at + led[0].length), team!, 0.6);
  }
  // Members of a delegation at the gathering just named: not a delegation still to travel ("will include"), nor one
  // that did not ("did not include").
  for (const d of team && /\b(?:included|includes|comprised|consisted|with|together|along)\b/.test(sentence.text) ? matchesOf(sentence.text, DELEGATION_MEMBERS) : []) {
    const from = sentence.start + d.index + d[0].length;
    const head = text.slice(sentence.start, from);
    if (NOT_YET.test(head) || NEGATION.test(head)) { NEGATION.lastIndex = 0; continue; }
    NEGATION.lastIndex = 0;
    const end = MEMBERS_END.exec(text.slice(from, sentence.end));
    const to = end ? from + end.index : sentence.end;
    push(ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= to), team!, 0.6);
  }
  if (current) {
    const people = (from: number) => ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= from);
    // "Macron is hosting A (UK), B (Germany) and C", "Around the table sat A, B and C": host and guests were there.
    // Also "Starmer was joined by A and B" (the one joined was there too) and "Around the table were A, B and C".
    // Not a passive ("the conference, hosted by Meloni"): who hosted is named, not the guests.
    // And "Zelensky was greeted by A and B" (the one greeted and those who greeted were there).
    const list = /\b(?:is hosting|hosted(?! by)|hosts|welcomed(?! by)|welcomes|is welcoming|received(?! by)|sat(?! down)|gathered|(?:was|were|is|are) (?:joined|greeted|welcomed) by|(?:[Aa]round|[Aa]t) the table (?:were|was))\b/.exec(sentence.text);
    // "Around the table, A, B and C listened as …": the people the fronted scene lists were there.
    const table = list ? null : AROUND_TABLE.exec(sentence.text);
    const seated = table && !NOT_YET.test(sentence.text) ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= sentence.start + table[0].length && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(sentence.start + table[0].length, m.start))) : undefined;
    const around = seated ? listedAfter(text, ms, seated.start, sentence.end) : [];
    if (new Set(around.map((m) => m.key)).size >= 2) push(around, current, 0.6);
    if (list && !NOT_YET.test(sentence.text.slice(0, list.index))) {
      const at = sentence.start + list.index;
      const guests = people(at + list[0].length);
      const host = /^(?:is hosting|hosted|hosts|welcomed|welcomes|is welcoming|received)$/.test(list[0]) ? subjectsAt(text, sentence, ms, at, ctx)
        // "the Americans were joined by A and B": a delegation joined is its members, not its country.
        : / by$/.test(list[0]) ? subjectsAt(text, sentence, ms, at, ctx).filter((m) => m.type === 'PERSON') : [];
      // "A, B and C received a team led by D": hosts and the head of a delegation are a meeting too.
      const delegation = guests.length === 1 && host.length > 0 && /\b(?:led|headed) by\s+(?:\S+\s+){0,4}$/.test(text.slice(guests[0].start - 40, guests[0].start));
      // Two mentions of one person ("received by Trump …, where the U.S. president said") are one guest.
      // "hosted Zelensky and the leaders of several European states": one guest named beside a group received with him.
      const withGroup = guests.length === 1 && host.length > 0 && GUEST_GROUP.test(text.slice(guests[0].end, guests[0].end + 80));
      if (new Set(guests.map((g) => g.key)).size >= 2 || delegation || withGroup) push([...host, ...guests], current, 0.6);
      // "Marek hosted the Bergen meeting: his counterparts from France, Germany and Poland": the states whose ministers
      // came, at a gathering named in this sentence ("from" reads the first as a place of origin: here it is whom they
      // speak for).
      const first = host.length && current.start >= sentence.start && current.start < sentence.end ? ms.find((m) => m.type === 'COUNTRY' && m.start > at && STATES_OF_GUESTS.test(text.slice(Math.max(at, m.start - 40), m.start))) : undefined;
      if (first) push([...host, ...coordinated(text, ms, first, 1).filter((m) => m.type === 'COUNTRY').map((m) => ({ ...m, location: undefined }))], current, 0.6);
    }
    // "Rubio and Lavrov spent more than four hours together at the Diriyah Palace", "A and B spent close to three hours
    // together at the base, with C and D on one side of the table": a long meeting of those named, at the gathering
    // named just before (or one named after the place the sentence gives).
    const spent = SPENT.exec(sentence.text) ?? satDown(sentence.text);
    // "flew to Geneva last Sunday, where the delegations sat down with …": a sitting the sentence places in a city the
    // gathering named before is not named after was somewhere else.
    const where = spent ? /\b(?:to|in)\s+(\p{Lu}[\p{L}’'-]+)[^.;,]{0,30},\s+where\s+[^.;]*$/u.exec(sentence.text.slice(0, spent.index)) : null;
    if (spent && !(where && current.end <= sentence.start && !properWords(current.name).has(where[1])) && (current.start < sentence.start || (current.unnamed && current.start > sentence.start + spent.index)) && (sentence.start - current.end < 1500 || [...properWords(current.name)].some((w) => new RegExp(String.raw`\b${w}\b`).test(sentence.text))) && !NOT_YET.test(sentence.text.slice(0, spent.index)) && !NEGATION.test(sentence.text.slice(0, spent.index))) {
      const at = sentence.start + spent.index;
      const partner = /with\b$/.test(spent[0]) ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start > at && m.start - (at + spent[0].length) < 3) : undefined;
      // "sat down with Kyiv's top men — A and B": those named after "with", to the end of the clause, titles and all.
      const close = /^sat/.test(spent[0]) ? MEMBERS_END.exec(text.slice(at + spent[0].length, sentence.end)) : null;
      const across = /^sat/.test(spent[0]) ? ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start > at + spent[0].length && m.end <= (close ? at + spent[0].length + close.index : sentence.end)) : [];
      const listed = /,\s+with\s+/.exec(text.slice(at, sentence.end));
      const sides = listed ? ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= at + listed.index && m.end <= sentence.end) : [];
      push([...subjectsAt(text, sentence, ms, at, ctx), ...(partner ? coordinated(text, ms, partner, 1) : []), ...sides, ...across], current, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Kellogg told delegates on Saturday that…", "Rutte addressed ministers by video link": speaking to those gathered
    // is being at the gathering the text is about (named before, and not long before).
    const audience = /\b(?:told|addressed|greeted|welcomed|received|room)\b/.test(sentence.text) ? AUDIENCE.exec(sentence.text) : null;
    if (audience && current.start < sentence.start && sentence.start - current.end < 1500 && !events.some((e) => e.start >= sentence.start && e.end <= sentence.end) && !NOT_YET.test(sentence.text.slice(0, audience.index)) && !NEGATION.test(sentence.text.slice(0, audience.index))) {
      push(subjectsAt(text, sentence, ms, sentence.start + audience.index, ctx).filter((m) => m.type === 'PERSON'), current, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Arriving on the 18th, Donald Tusk urged leaders…", "Starmer has landed in Paris": an arrival the sentence ties to no
    // gathering of its own is at the one the text is about (named before, or after the city the arrival names).
    const arrival = /\b(?:Arriving|arrived|landed)\b/.test(sentence.text) ? ARRIVAL.exec(sentence.text) : null;
    // "Arriving at the summit, Tusk said …": the gathering arrived at, named again in the arrival's own words, is it.
    const inside = events.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
    const arrivedAt = arrival?.[1] && inside.length && inside.every((e) => e.anaphor && e.end <= sentence.start + arrival.index + arrival[0].length) ? inside[0] : undefined;
    if (arrival && (!inside.length || arrivedAt) && !NOT_YET.test(sentence.text.slice(0, arrival.index + arrival[0].length)) && !NEGATION.test(sentence.text.slice(0, arrival.index + arrival[0].length))) {
      const place = arrival[2];
      const places = properWords(current.name);
      if (arrivedAt || (place ? places.has(place) : current.start < sentence.start && sentence.start - current.end < 1500)) {
        const at = sentence.start + arrival.index;
        const who = arrival[1] ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= at + arrival[0].length && m.start - (at + arrival[0].length) < 40) : undefined;
        push(who ? [who] : arrival[1] ? [] : subjectsAt(text, sentence, ms, at, ctx), arrivedAt ?? current, 0.6);
      }
    }
    NEGATION.lastIndex = 0;
    // A conference's speeches and panels ("Zelensky has just finished his speech in the main hall", "Kallas said on a
    // panel"): the speaker was at the conference the text is about, when the sentence names no other gathering.
    // A call told in between (a live blog's "X and Y spoke by phone") is no hall for speeches: the conference before it is.
    const venue = CONFERENCE.test(current.name) ? current : isCall(current.name) ? [...events].reverse().find((e) => e.start < sentence.start && CONFERENCE.test(e.name)) : undefined;
    const speech = venue ? CONFERENCE_SPEECH.exec(sentence.text) : null;
    // Not one still to come or denied ("will give his speech", "did not give a speech"), in the speaker's own words before it.
    const lead = speech ? sentence.text.slice(Math.max(0, speech.index - 40), speech.index).replace(/^[^]*[”",]/, '') : '';
    if (venue && speech && !events.some((e) => e.start >= sentence.start && e.end <= sentence.end && e.key !== venue.key) && !NOT_YET.test(lead) && !NEGATION.test(lead)) {
      const at = sentence.start + speech.index;
      // '…," she said on a panel': the pronoun's person, the one the text is about.
      const pronoun = /\b(?:he|she)\s+(?:said|spoke|argued|warned|insisted|told\s+\w+)\s+$/.test(text.slice(Math.max(sentence.start, at - 30), at)) && ctx.lastPerson ? [ctx.lastPerson] : [];
      push(pronoun.length ? pronoun : subjectsAt(text, sentence, ms, at, ctx).filter((m) => m.type === 'PERSON'), venue, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Also present were A and B", "Among those attending was C": the people named after it were there.
    // Also "Among the arrivals: A, B and C".
    const present = PRESENT_LIST.exec(sentence.text);
    // "Among them were A and B", "It was attended by A": words that point back only at the gathering of the sentence just
    // before (not at a group of states or critics named there).
    // A list opening its sentence ("Participants included …") is of the gathering named not long before.
    const pointsBack = present && /^\W*(?:Among them|It)\b/.test(present[0]);
    const opening = present && !pointsBack && /^\W*(?:The\s+)?(?:participants|attendees|guests|guest list|those)\s/i.test(present[0]);
    const close = pointsBack ? current.end <= sentence.start && sentence.start - current.end < 300 && !/[.!?]\s+\S/.test(text.slice(current.end, sentence.start).trimEnd()) && GATHERED.test(text.slice(Math.max(0, current.start - 200), sentence.start))
      : opening ? current.start < sentence.start && sentence.start - current.end < 1500 : true;
    const first = present && close && !NOT_YET.test(sentence.text.slice(0, present.index)) && !NEGATION.test(sentence.text.slice(0, present.index + present[0].length)) ? people(sentence.start + present.index + present[0].length)[0] : undefined;
    NEGATION.lastIndex = 0;
    // "…, Poland's Donald Tusk and Germany's outgoing chancellor, Olaf Scholz": the person a possessive state qualifies.
    const qualified = (m: Mention) => (m.type === 'COUNTRY' && /^['’]s\s/.test(text.slice(m.end, m.end + 3)) ? ms.find((x) => x.type === 'PERSON' && x.start > m.end && /^['’]s\s[^.;:]{0,40}$/.test(text.slice(m.end, x.start))) ?? m : m);
    if (first) push(coordinated(text, ms, first, 1).map(qualified), current, 0.6);
    const hours = /\bhours?\b/.test(sentence.text) ? HOURS_WITH.exec(sentence.text) : null;
    if (hours && current.start < sentence.start && sentence.start - current.end < 1500 && !NOT_YET.test(sentence.text.slice(0, hours.index)) && !NEGATION.test(sentence.text.slice(0, hours.index))) {
      const from = sentence.start + hours.index + hours[0].indexOf(hours[1]);
      const partners = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= from + hours[1].length);
      if (partners.length) push([...subjectsAt(text, sentence, ms, sentence.start + hours.index, ctx).filter((m) => m.type === 'PERSON'), ...partners], current, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Trump has Rubio and Witkoff with him", "she brought her defence minister, X, with her": the ones a participant has
    // at their side at the gathering just named were there, and so was the participant.
    const withHim = current.start < sentence.end && /\bwith\s+(?:him|her)\b/.test(sentence.text) ? /\b(?:has|had|brought)\s+([^.;]{3,120}?)\s+(?:with|alongside|beside)\s+(?:him|her)\b/.exec(sentence.text) : null;
    if (withHim && !NOT_YET.test(sentence.text.slice(0, withHim.index)) && !NEGATION.test(sentence.text.slice(0, withHim.index + withHim[0].length))) {
      const from = sentence.start + withHim.index + withHim[0].indexOf(withHim[1]);
      const side = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && m.end <= from + withHim[1].length);
      if (side.length) push([...subjectsAt(text, sentence, ms, sentence.start + withHim.index, ctx).filter((m) => m.type === 'PERSON'), ...side], current, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Zelensky, who was in Paris in person, called it …", "The advisers of A and B — X and Y — were in Geneva for
    // separate meetings": people in the city of the gathering the text is about (named not long before), told with no
    // date of their own, were at it.
    const presentIn = /\b(?:was|were)\s/.test(sentence.text) ? PRESENT_IN.exec(sentence.text) : null;
    if (presentIn && current.start < sentence.start && sentence.start - current.end < 1500 && properWords(current.name).has(presentIn[1]) && !DATE_CUE.test(sentence.text.replace(presentIn[0], '')) && !NOT_YET.test(sentence.text.slice(0, presentIn.index)) && !NEGATION.test(sentence.text.slice(0, presentIn.index + presentIn[0].length))) {
      const at = sentence.start + presentIn.index;
      const who = /,\s+who\s+$/.exec(text.slice(Math.max(sentence.start, at - 12), at));
      const named = who ? [...ms].reverse().find((x) => x.type === 'PERSON' && !x.appositive && x.end <= at - who[0].length && /^\s*$/.test(text.slice(x.end, at - who[0].length))) : undefined;
      // "The advisers of A, B and C — X, Y and Z — were in …": the names set off by dashes before the verb.
      const dashed = named ? null : /[—–]\s+([^—–.;]{3,160}?)\s+[—–]\s+$/.exec(text.slice(sentence.start, at));
      const listed = dashed ? ms.filter((x) => x.type === 'PERSON' && !x.appositive && x.start >= sentence.start + dashed.index && x.end <= at) : [];
      push(named ? [named] : listed.length ? listed : subjectsAt(text, sentence, ms, at, ctx).filter((x) => x.type === 'PERSON'), current, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Rutte and Costa also attended.", "Turkey was represented by its foreign minister, X".
    for (const m of matchesOf(sentence.text, ATTENDED_VERB)) {
      const at = sentence.start + m.index;
      // "…met envoy X, who sat in on the summit": the relative pronoun's person, not the sentence's subject.
      const who = /,\s+who\s+$/.exec(text.slice(Math.max(sentence.start, at - 12), at));
      const named = who && ms.find((x) => x.type === 'PERSON' && /^\s*$/.test(text.slice(x.end, at - who[0].length)) && x.end <= at - who[0].length);
      const subjects = named ? [named] : subjectsAt(text, sentence, ms, at, ctx);
      // "sat in", "joined remotely" say nothing of the gathering: only one already named.
      if (/^(?:also )?(?:sat|joined|came)/.test(m[0]) && current.start >= sentence.end) continue;
      if (!NOT_YET.test(text.slice(Math.max(sentence.start, sentence.start + m.index - 30), sentence.start + m.index))) push(subjects, current, 0.6);
    }
    // A live report's presence: "Rutte is also here, as is the European Council's Costa", "He is sitting at the table
    // with Kushner", "Zelensky came with Umerov": the one named after "as is" / "with" is there too.
    if (!NOT_YET.test(sentence.text)) {
      for (const m of matchesOf(sentence.text, /,?\s+as (?:is|are|was|were)\s+(?:the\s+)?/g)) {
        const at = sentence.start + m.index + m[0].length;
        // "…, as was Donald Trump's envoy Steve Witkoff": the envoy, not the one whose envoy he is.
        const who = ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start >= at && !/^['’]s\s/.test(text.slice(x.end, x.end + 3)) && /^(?:[\p{L}’'-]+\s+){0,4}$/u.test(text.slice(at, x.start)));
        // "…was there, as were President Macron, Prime Minister Meloni and Chancellor Scholz": every one listed.
        if (who && /\b(?:here|there|present)\b/.test(text.slice(sentence.start, at))) push(listedAfter(text, ms, who.start, sentence.end), current, 0.6);
      }
      for (const m of matchesOf(sentence.text, /\b(?:(?:is|are|was|were) (?:sitting|seated) (?:at the table )?with|came with|arrived with)\s+/g)) {
        const at = sentence.start + m.index;
        const companion = ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start === at + m[0].length);
        const subjects = subjectsAt(text, sentence, ms, at, ctx).filter((x) => x.type === 'PERSON');
        if (companion && subjects.length && current.start < sentence.end) push([...subjects, companion], current, 0.6);
      }
    }
    // "…, with Macron and Starmer also on the line", "and A, B and C sat in the same hall": the people listed were there.
    if (ALSO_THERE.test(sentence.text) && !NOT_YET.test(sentence.text)) {
      for (const m of matchesOf(sentence.text, ALSO_THERE_AT)) {
        const at = sentence.start + m.index;
        const listed = m[1] ? ms.find((x) => x.type === 'PERSON' && !x.appositive && x.start === at + m[0].indexOf(m[1]) + m[1].length) : undefined;
        // The list before "sat in the same hall" is the clause's own subject, titles and all ("…, and A, the envoy B sat").
        const clause = listed ? -1 : sentence.start + (matchesOf(text.slice(sentence.start, at), /,\s+(?:and|while|as)\s+|;\s+/g).pop()?.index ?? 0);
        const who = listed ? coordinated(text, ms, listed, 1).filter((x) => x.type === 'PERSON' && x.end <= at + m[0].length) : ms.filter((x) => x.type === 'PERSON' && !x.appositive && x.start >= clause && x.end <= at);
        push(who, current, 0.6);
      }
      for (const m of matchesOf(sentence.text, IN_THE_ROOM)) {
        const from = sentence.start + m.index + m[0].indexOf(m[1]);
        push(ms.filter((x) => x.type === 'PERSON' && !x.appositive && x.start >= from && x.end <= from + m[1].length), current, 0.6);
      }
    }
    // A country's delegation at the gathering: its members were there.
    // "The Ukrainian delegation was led by Umerov": the country it stands for was represented there too.
    const ledDelegation = LED_DELEGATION.test(sentence.text);
    for (const r of found) if (r.type === 'REPRESENTS' && r.context === 'delegation') push([...ms.filter((m) => m.key === r.source).slice(0, 1), ...(ledDelegation ? ms.filter((m) => m.key === r.target && m.type === 'COUNTRY').slice(0, 1) : [])], current, 0.6);
    // "Taking part from their capitals were, among others, A, B and C", "Also present were A and B": an inverted list of
    // those at the gathering; "Vice President X was also connected" (translated copy) is joining by video.
    const inverted = current && !NOT_YET.test(sentence.text) ? INVERTED_PRESENCE.exec(sentence.text) : null;
    if (inverted) push(ms.filter((x) => x.type === 'PERSON' && !x.appositive && x.start >= sentence.start + inverted[0].length), current, 0.6);
    for (const m of current && /\bconnected\b/.test(sentence.text) ? ms : []) {
      if (m.type === 'PERSON' && !m.appositive && m.start >= sentence.start && CONNECTED.test(text.slice(m.end, sentence.end))) push([m], current, 0.6);
    }
    // "25 leaders took part in the conversation, among them also representatives of Canada and Australia"; also "some
    // twenty others joined by video link, among them X" and a list after a colon ("two lawmakers took part: Senator A
    // and Senator B").
    const among = /\b(?:took part|attended|participated|joined(?=\s*[,:]|\s+(?:by|remotely|online|virtually|in person|from)\b)|dial(?:l?ed|s) in|came in person)\b(?:[^.;:]*?,\s+among them\s+(?:also\s+)?(?:(?:representatives|leaders|ministers)\s+of\s+)?(?:the\s+)?|\s*:\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3})$/u;
    // (not one named only as a possessive: "took part: Donald Trump's envoy …")
    // (read only where the sentence has "among them" or a colon: a test per mention otherwise costs time for nothing)
    for (const m of /among them|:/.test(sentence.text) ? ms : []) if (isActor(m) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && among.test(text.slice(sentence.start, m.start))) push(coordinated(text, ms, m, 1), current, 0.6);
    // "Turkey sent its vice-president": a state that sent an office-holder to the gathering just named was there.
    const sentOffice = (current.start < sentence.start ? sentence.start - current.end < 1500 : current.end <= sentence.end) ? /\b(?:sent|dispatched)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:vice-president|president|prime minister|minister|envoy|ambassador|deputy|delegation|chief of staff)(?=\s*[.;,]|\s+to\s+(?:the\s+)?(?:summit|meeting|talks|conference|call)\b)/.exec(sentence.text) : null;
    if (sentOffice && !NOT_YET.test(sentence.text.slice(0, sentOffice.index)) && !NEGATION.test(sentence.text.slice(0, sentOffice.index))) push(subjectsAt(text, sentence, ms, sentence.start + sentOffice.index, ctx).filter((m) => m.type === 'COUNTRY'), current, 0.6);
    NEGATION.lastIndex = 0;
    // Also past an adverb or the gathering's own words ("were thus represented by", "was represented at the talks by").
    const represented = REPRESENTED_BY.exec(sentence.text);
    if (represented) {
      const at = sentence.start + represented.index;
      // "…was represented by Senator A and B": every one listed.
      const first = people(at)[0];
      push([...subjectsAt(text, sentence, ms, at, ctx), ...(first ? coordinated(text, ms, first, 1) : [])], current, 0.65);
    }
    // "At the Élysée on 4 September, Macron announced …. Zelensky stood beside him": one who stood or sat beside the
    // person the text is about, at the gathering just named, was there with them.
    // (Or the gathering named right after, as a picture's caption under the paragraph names it.)
    const besideNear = current.start < sentence.end ? sentence.start - current.end < 600 : current.start - sentence.end < 400;
    const beside = besideNear && ctx.lastPerson ? STOOD_BESIDE.exec(sentence.text) : null;
    if (beside && !NOT_YET.test(sentence.text.slice(0, beside.index)) && !NEGATION.test(sentence.text.slice(0, beside.index))) {
      const at = sentence.start + beside.index;
      const standing = subjectsAt(text, sentence, ms, at, ctx).filter((m) => m.type === 'PERSON' && m.key !== ctx.lastPerson!.key);
      if (standing.length) push([...standing, ctx.lastPerson!], current, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Meloni, present in Paris, …", "Tusk, also at the summit, …".
    for (const m of ms) {
      if (m.type !== 'PERSON' || m.appositive) continue;
      if (/^,\s+(?:also\s+)?(?:present\s+(?:in|at)|at)\s+(?:the\s+)?[\p{L}\s’'-]{2,40},/u.test(text.slice(m.end, m.end + 60))) push([m], current, 0.6);
    }
  }
  for (const event of events) {
    if (event.start < sentence.start || event.end > sentence.end) continue;
    const before = text.slice(sentence.start, event.start);
    // "Zelensky came to the White House on Friday": the visitor; "Trump hosted A and B at the White House", "After hosting
    // A and B at the Élysée on 4 September, Macron said …": the host and the guests; "X was received by Y at the
    // Kremlin": both. Not someone the sentence names after the visit's clause.
    if (event.hostedAt) {
      const { hosts: [h0, h1], guests: [g0, g1] } = event.hostedAt;
      // The hosts by name; the guests by name, or by the states they came from ("advisers from Ukraine and Europe").
      const from = (m: Mention) => m.type === 'COUNTRY' && /\b(?:from|of)\s+(?:the\s+)?$|(?:,|\band)\s+$/.test(text.slice(Math.max(g0, m.start - 20), m.start)) && /\bfrom\b/.test(text.slice(g0, m.start));
      push(ms.filter((m) => !m.appositive && ((m.type === 'PERSON' && m.start >= h0 && m.end <= h1) || (m.start >= g0 && m.end <= g1 && (m.type === 'PERSON' || from(m))))), event, 0.6);
      continue;
    }
    if (event.visit?.group) {
      const [from, to] = event.visit.group;
      push(ms.filter((m) => m.type === 'COUNTRY' && m.start >= from && m.end <= to), event, 0.6);
      continue;
    }
    if (event.visit) {
      const { at, host } = event.visit;
      const guests = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start > at && m.end <= event.start);
      let hosts = subjectsAt(text, sentence, ms, at, ctx);
      // A participle opening the sentence: its subject is the main clause's, after the comma that closes it.
      if (host && !hosts.length && /^\W*(?:After|Before|While|Since)?\s*\w+ing\s+$/i.test(text.slice(sentence.start, at + text.slice(at).search(/\s/) + 1))) {
        const comma = text.indexOf(',', event.end);
        const main = comma > 0 && comma < sentence.end ? ms.find((m) => m.start > comma && m.start - comma < 40 && isActor(m) && !m.appositive) : undefined;
        if (main) hosts = coordinated(text, ms, main, 1);
      }
      // "welcomed the leaders of Ukraine, France and Germany to Downing Street": the states whose leaders came.
      const leadersOf = host ? LEADERS_OF.exec(text.slice(at, event.start)) : null;
      const first = leadersOf ? ms.find((m) => m.type === 'COUNTRY' && m.start === at + leadersOf.index + leadersOf[0].length) : undefined;
      const states = first ? coordinated(text, ms, first, 1).filter((m) => m.type === 'COUNTRY' && m.end <= event.start) : [];
      push([...hosts, ...(host || /received\s+by/.test(text.slice(at, event.start)) ? [...guests, ...states] : [])], event, 0.6);
      continue;
    }
    // "The two leaders last met in Kyiv on 10 May, when they travelled with A and B", "Putin spoke by telephone with
    // Trump": who did it, and whom they came along with or spoke to, took part.
    if (event.byVerb) {
      const rest = text.slice(event.end, sentence.end);
      const along = isCall(event.name) ? /^\s+with\s+/.exec(rest) : CAME_ALONG.exec(rest);
      const members = event.members !== undefined ? listedAfter(text, ms, event.members, sentence.end) : [];
      // Only the subjects of the verb's own clause ("We spoke to him …, after the leaders met in London": not "him").
      const clause = sentence.start + Math.max(0, ...matchesOf(text.slice(sentence.start, event.start), CLAUSE_OPENING).map((m) => m.index + m[0].length));
      // The commas of a list of names open no clause: "Macron, Merz and Starmer met in Kyiv".
      const own = subjectsAt(text, sentence, ms, event.start, ctx).filter((m) => m.start >= clause);
      const subjects = own.length ? [...new Set([...coordinated(text, ms, own[0], -1), ...own])] : own;
      push([...subjects, ...members, ...(along ? listedAfter(text, ms, event.end + along.index + along[0].length, sentence.end) : [])], event, 0.65);
      continue;
    }
    // "Tusk took part in the videoconference", "Starmer hosted the summit".
    const attend = ATTEND.exec(before.slice(-110));
    // "told the forum that…" speaks to the gathering; "told the summit's organisers" speaks to people.
    // "told the Kyiv summit" as "told the summit": the event's words may leave out the article its sentence gives.
    const told = attend && /^(?:told|tells|asked|urged|briefed)\b/i.test(attend[0]);
    const direct = /^the\s/i.test(event.text) || /\bthe\s+$/i.test(before.slice(-5));
    const verb = told && (!direct || /^['’]s\b/.test(text.slice(event.end, event.end + 3))) ? null : attend;
    if (verb) {
      const at = event.start - (before.slice(-110).length - verb.index);
      // "…, A and B shared a stage while C and D chaired a video call": the verb's own clause holds its subjects.
      const opener = matchesOf(text.slice(sentence.start, at), SUBORDINATOR).pop();
      // "Starmer, speaking on Saturday at the G20 summit, said …": a participle set off after a person is that person's.
      const aside = /^\w+ing\b/.test(verb[0]) ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.end <= at && /^,\s+$/.test(text.slice(m.end, at))) : undefined;
      let found = aside ? [aside] : subjectsAt(text, sentence, ms, at, ctx);
      // "Last Thursday I was at the Paris meeting": "I" in a speech's or a transcript's labelled turn is its speaker.
      if (!found.length && FIRST_PERSON_BEFORE.test(text.slice(sentence.start, at))) found = subjectsAt(text, sentence, ms, at, context).filter((m) => m.type === 'PERSON');
      // "Kellogg, Donald Trump's envoy for Ukraine and Russia, told the conference", "Graham, a close ally of President
      // Trump, told the call": the person before the apposition, not the states or people named inside it.
      const apposed = ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= sentence.start && /^,\s+[^,.;]{1,80},\s+$/.test(text.slice(m.end, at)));
      if (apposed && found.every((m) => m.start > apposed.end)) found = [apposed];
      // "Starmer has said …, after hosting a summit of European leaders in London": a trailing participle is the
      // sentence's subject's, the person who opens it.
      const trailing = /^\w+ing\b/.test(verb[0]) && /,\s+(?:after|before|while|when|since)\s+$/.test(text.slice(sentence.start, at)) ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= sentence.start && /^\W*(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(sentence.start, m.start))) : undefined;
      if (trailing) found = [trailing];
      const own = opener ? found.filter((m) => m.start >= sentence.start + opener.index) : [];
      const subjects = own.length ? own : found;
      const between = subjects.length ? text.slice(Math.max(...subjects.map((s) => s.end)), at) : '';
      // "co-chairing, with Germany's Defence Minister X, the … meeting": the one named alongside was there too.
      const along = /,\s+(?:together\s+)?(?:with|alongside)\s+[^,;.]{1,80},/.exec(verb[0]);
      const companions = along ? ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= at + along.index && m.end <= at + along.index + along[0].length) : [];
      // "I was at the Paris meeting of the coalition, with President Zelensky": the one named with the subject after it.
      const withAfter = COMPANION_AFTER.exec(text.slice(event.end, sentence.end));
      const companion = withAfter ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start === event.end + withAfter[0].length) : undefined;
      if (companion) companions.push(...coordinated(text, ms, companion, 1).filter((m) => m.type === 'PERSON'));
      // "flew to Florida for a second round with Witkoff and Kushner": those it was held with were there too.
      const partner = /^\s+with\s+$/.test(text.slice(event.end, event.end + 6)) ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start === event.end + 6) : undefined;
      // "co-chaired a video call of the coalition this afternoon with A and B", "organised the meeting together with A": a
      // gathering held with others was held by them too.
      const withOthers = !partner && HELD_BY.test(verb[0]) ? HELD_WITH.exec(text.slice(event.end, sentence.end)) : null;
      const heldWith = withOthers ? listedAfter(text, ms, event.end + withOthers[0].length, sentence.end) : [];
      const partners = partner ? coordinated(text, ms, partner, 1) : heldWith;
      // Those held with count when the holder is not named ("The Prime Minister co-chaired … with A and B").
      // (a trailing participle's own words only: what the main clause says is ahead is not)
      const lead = trailing ? text.slice(text.lastIndexOf(',', at), at) : subjects.length ? between : text.slice(sentence.start, at);
      if ((subjects.length || heldWith.length) && !NOT_YET.test(lead) && !WOULD_BE.test(lead) && !NEGATION.test(lead) && !FUTURE_AFTER.test(text.slice(event.end, event.end + 40))) {
        // Those it was held with are read from a trailing phrase: present, but a weaker reading than the holder's own
        // verb (and no membership of a coalition whose call it was).
        push([...subjects, ...companions, ...(partner ? partners : [])], event, 0.75);
        if (!partner) push(heldWith, event, 0.65);
      }
      NEGATION.lastIndex = 0;
      NEGATION.lastIndex = 0;
    }
    // "The talks in Geneva brought together … on the American side, and a Kiev delegation led by …": a country whose
    // delegation took part in the event named in the sentence took part.
    // Not "the meeting" standing for an earlier event, nor one before or after which something happened.
    for (const m of event.anaphor || /\b(?:before|ahead of|after|since)\s+(?:the\s+)?$/i.test(before) ? [] : ms) {
      if (m.type !== 'COUNTRY' || m.location) continue;
      const side = /\bon the\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)) && /^\s+side\b/.test(text.slice(m.end, m.end + 6));
      // Not from another clause ("While Russian and Ukrainian negotiators sat down in Istanbul, leaders at the summit…").
      const comma = text.indexOf(',', sentence.start);
      if (/^\W*(?:While|As|When|After|Before|Although|Though|Since|Whereas|Meanwhile)\b/.test(sentence.text) && comma > 0 && Math.min(m.start, event.start) < comma && comma < Math.max(m.start, event.start)) continue;
      // "… and American and Russian delegations are due in Riyadh tomorrow": not yet there.
      if ((side || DELEGATE.test(text.slice(m.end, m.end + 30))) && !NOT_YET.test(sentence.text) && !/\b(?:are|is) (?:due|expected)\b/.test(sentence.text) && !NEGATION.test(text.slice(sentence.start, sentence.end))) push([m], event, 0.6);
      NEGATION.lastIndex = 0;
    }
    // Talks told by the delegations in them: the delegations' countries are who the words place there.
    if (event.unnamed && !isCall(event.name)) continue;
    // "Starmer told reporters after the summit that …": one who briefs the press on leaving a gathering, named right
    // before the verb, was at it (not one who only "said after the summit": a comment from anywhere).
    const toldAfter = /\b(?:told\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference))\s+(?:on\s+\w+\s+|later\s+|shortly\s+)?after\s+(?:(?:the|this|that|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day['’]s)\s+)?$/.exec(before);
    // "the meeting" standing for a summit named long before may be another meeting the text has not named as an event.
    if (toldAfter && (!event.anaphor || sameGathering(event.text, event.name))) {
      const at = sentence.start + toldAfter.index;
      const speaker = [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= at && m.start >= sentence.start && /^\s+$/.test(text.slice(m.end, at)));
      if (speaker && !NOT_YET.test(text.slice(sentence.start, at))) push([speaker], event, 0.6);
    }
    // "Costa welcomes Zelensky to the European Council on 18 December": host and guest were there.
    const welcome = /\b(?:welcomed|welcomes|welcoming|greeted|greets)\s+[^,.;]{1,60}?\s+to\s+(?:the\s+|an?\s+)?$/i.exec(before.slice(-90));
    if (welcome && !NOT_YET.test(before) && !NEGATION.test(before)) {
      const at = event.start - (before.slice(-90).length - welcome.index);
      const guests = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start > at && m.end <= event.start);
      if (guests.length) push([...subjectsAt(text, sentence, ms, at, ctx), ...guests], event, 0.65);
    }
    NEGATION.lastIndex = 0;
    // "He said on Wednesday at a meeting of NATO defence ministers…", "which Ukraine accepted during talks in Jeddah": the
    // subject of the clause was there. Not a thing done there ("the plan agreed at the summit").
    // "told European leaders on a video call": "on" a call is taking part in it (not "briefed the cabinet on the call").
    const onCall = isCall(event.text) && !/\b(?:briefed|informed|updated|reported|commented|wrote|agreed|focused)\b[^,.;]{0,40}$/i.test(before) ? /\bon\s+(?:the|an?)\s+$/i.exec(before.slice(-40)) : null;
    const during = onCall ?? /\b(?:during|at)\s+(?:the\s+|an?\s+|\w+['’]s\s+)?$/i.exec(before.slice(-40));
    if (!verb && during && !opens(before, event) && !/\b(?:agreed|adopted|presented|announced|made|reached|signed|approved|launched|unveiled|decided|taken|given|planned|expected|due|invited|absent|not)\s+(?:on\s+\w+\s+)?(?:during|at)\s+(?:the\s+|an?\s+|\w+['’]s\s+)?$/i.test(before)) {
      const at = event.start - (before.slice(-40).length - during.index);
      // The actor right before the verb ("…which Ukraine accepted during talks"), else the clause's subjects.
      const last = [...ms].reverse().find((m) => isActor(m) && !m.appositive && m.start >= sentence.start && m.end <= at);
      const near = last && /^\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?\w+(?:ed|said|met|spoke|told|took|was|were)\s+(?:[^,.;]{0,30}\s+)?$/.test(text.slice(last.end, at)) ? coordinated(text, ms, last, -1) : undefined;
      const subjects = near ?? subjectsAt(text, sentence, ms, at, ctx);
      // Negations count from the subject, or from the clause that reports it ("…was not on the agenda, he said at…").
      const clause = Math.max(sentence.start, text.lastIndexOf(',', at), ...subjects.map((s) => s.end));
      const between = subjects.length ? text.slice(clause, at) : '';
      if (subjects.length && subjects.every((s) => s.end <= at) && !NOT_YET.test(between) && !NEGATION.test(between)) push(subjects, event, 0.65);
      NEGATION.lastIndex = 0;
    }
    // "At the emergency summit in Paris on Monday, Starmer said…": the actor of the main clause was there.
    // "At the summit he said…": no comma, the subject right after the event (a pronoun is the one the text is about).
    const bare = opens(before, event) ? OPENER_SPEAKER.exec(text.slice(event.end, sentence.end)) : null;
    if (bare) {
      const at = event.end + bare[0].length - bare[0].split(/\s+/).pop()!.length;
      const named = ms.find((m) => isActor(m) && !m.appositive && m.start >= event.end && m.end <= at);
      const who = named ? coordinated(text, ms, named, 1) : /^(?:he|she)$/.test(bare[1]) && ctx.lastPerson ? [ctx.lastPerson] : [];
      push(who, event, 0.65);
    }
    if (opens(before, event) && !bare) {
      let comma = text.indexOf(',', event.end);
      // Past a second adverbial ("At the meeting on Aug. 18, after his summit with Putin, Trump told…").
      // Or past who hosted it ("At the emergency summit yesterday, hosted by X, Starmer told…").
      const aside = /^,\s+(?:after|before|following|ahead of|during|as|with|days|weeks|hours|(?:hosted|chaired|co-chaired|convened|organi[sz]ed)\s+by)\b[^,.;]{0,80}(?=,)/i.exec(text.slice(comma, sentence.end));
      if (comma > 0 && aside) comma += aside[0].length + 1;
      // "…, Britain's Keir Starmer said": the person, not the country that qualifies them.
      // Not a body named only inside a title ("Republican Senator X": the Senate).
      const first = comma > 0 && comma < sentence.end ? ms.find((m) => m.start > comma && isActor(m) && !m.appositive && !m.nested) : undefined;
      const main = first && first.type !== 'PERSON' && /^['’]s\s+$/.test(text.slice(first.end, first.end + 3)) ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= first.end && /^['’]s\s+(?:[\p{Lu}\p{Ll}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(first.end, m.start))) ?? first : first;
      if (main && !NOT_YET.test(text.slice(comma, main.start))) {
        const subjects = coordinated(text, ms, main, 1);
        push(subjects, event, 0.65);
        // "…, Trump told Zelensky and seven European leaders that…": the ones the subject tells or meets there were there.
        const end = subjects[subjects.length - 1].end;
        const told = ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start > end && /^\s+(?:told|briefed|assured|met(?: with)?|received|welcomed)\s+$/.test(text.slice(end, m.start)));
        if (told) push(coordinated(text, ms, told, 1), event, 0.6);
        // "…, Starmer said he was ready, while Germany's Scholz called the debate premature": the subject of a contrasting
        // clause that speaks there too.
        const contrast = /,\s+(?:while|whereas)\s+/.exec(text.slice(end, sentence.end));
        const from = contrast ? end + contrast.index + contrast[0].length : -1;
        const other = contrast ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= from && /^(?:(?:\p{Lu}[\p{L}.’'-]*['’]s|the|\p{Lu}[\p{L}.’'-]*)\s+){0,3}$/u.test(text.slice(from, m.start))) : undefined;
        if (other && /^\s+(?:said|told|called|warned|argued|insisted|urged|added|replied|countered|\w+ed)\b/.test(text.slice(other.end, other.end + 20)) && !NOT_YET.test(text.slice(from, other.end + 20)) && !NEGATION.test(text.slice(other.end, other.end + 20))) push([other], event, 0.6);
        NEGATION.lastIndex = 0;
      }
    }
    // "the video call, which Meloni and Merz joined from Rome", "the emergency meeting Macron called at the Élysée": a
    // relative clause on the event names who took part. Without "which" only a verb of calling one.
    const relative = ms.find((m) => isActor(m) && !m.appositive && m.start >= event.end && m.start - event.end < 60 && RELATIVE_GAP.test(text.slice(event.end, m.start)));
    if (relative) {
      const group = coordinated(text, ms, relative, 1);
      const tail = text.slice(group[group.length - 1].end, sentence.end);
      const which = /\b(?:which|that)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(event.end, relative.start));
      if (which ? RELATIVE_VERB.test(tail) : CALLED_VERB.test(tail)) {
        push(group, event, 0.65);
        // "…, which the Prime Minister co-chaired with President Macron": the one it was held with held it too.
        const held = /^\s+(?:had\s+|has\s+)?(?:co-)?(?:chaired|hosted|convened|organi[sz]ed)\s+with\s+/.exec(tail);
        if (held) push(listedAfter(text, ms, sentence.end - tail.length + held[0].length, sentence.end), event, 0.65);
      }
    }
    // "The summit brought together A, B and C"; "X attended the summit, along with A and B".
    // Also "Participants at the summit included A and B", "the summit drew A and B", "X was joined at the summit by A".
    const listedBy = /\b(?:participants|guests|attendees|delegates|those present)\s+(?:at|in|of)\s+(?:the\s+)?$/i.test(before) ? 'included' : /\bjoined\s+(?:at|in|for)\s+(?:the\s+)?$/i.test(before) ? 'by' : 'none';
    const together = TOGETHER[listedBy].exec(text.slice(event.end, sentence.end));
    const joiner = together && ms.find((m) => isActor(m) && !m.appositive && m.start >= event.end + together[0].length && m.start - (event.end + together[0].length) < 40);
    if (joiner && !/\bside\b/.test(text.slice(joiner.end, sentence.end)) && !NOT_YET.test(text.slice(sentence.start, event.end + together![0].length))) push(coordinated(text, ms, joiner, 1), event, 0.65);
    const along = verb && /^[^.;,]{0,30}?,\s+(?:along|together)\s+with\s+/.exec(text.slice(event.end, sentence.end));
    const companion = along && ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= event.end + along[0].length && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(event.end + along[0].length, m.start)));
    if (companion && out.some((r) => r.target === event.key)) push(coordinated(text, ms, companion, 1), event, 0.6);
    // "the summit hosted by Macron", "talks attended by A, B and C".
    // Also past a relative clause ("The meeting, which lasted two hours, was opened by X") and "under the hosting of X".
    // And past its day ("The Paris summit on Monday, attended by A and B, …").
    const by = /^(?:\s+of\s+[^.;,]{1,60}?(?=,))?(?:\s+(?:on|last|this)\s+[\w.]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\s+(?:yesterday|today))?\s*(?:,[^.;,]{0,80},\s*)?(?:,\s*)?(?:which (?:was|were)\s+|(?:was|were)\s+)?(?:(?:hosted|chaired|co-chaired|attended|led|convened|opened)\s+by|[^.;]{0,160}?\bunder the (?:hosting|chairmanship|auspices) of)\s+(?:the\s+)?/i.exec(text.slice(event.end, sentence.end));
    // Not a gathering still ahead ("would carry that message to a summit in Paris on Monday convened by X").
    if (by && !NOT_YET.test(before)) {
      // "led by the Prime Minister of Great Britain Keir Starmer": the person, not the body of their office.
      const agent = ms.find((m) => m.start >= event.end + by[0].length && isActor(m) && !m.appositive);
      if (agent && agent.start - (event.end + by[0].length) < 60) {
        const agents = coordinated(text, ms, agent, 1);
        push(agents, event, 0.75);
        // "…, hosted by Macron and attended also by the Ukrainian President, X": the second agent was there too.
        const from = agents[agents.length - 1].end;
        const also = SECOND_AGENT.exec(text.slice(from, sentence.end));
        const at = also ? from + also[0].length : -1;
        const second = also && (ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= at && m.start - at < 60) ?? ms.find((m) => isActor(m) && !m.appositive && m.start >= at && m.start - at < 60));
        // Read past the first agent's clause: below what membership() reads as taking part in a coalition's meeting.
        if (second) push(coordinated(text, ms, second, 1), event, 0.65);
      }
    }
    // "A sharp speech from Zelensky in the main hall of the World Economic Forum", "a speech by X at the conference".
    const speaker = /\b(?:speech|address|keynote|remarks)\s+(?:from|by)\s/i.test(before.slice(-160)) ? [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= event.start && m.start >= sentence.start && /\b(?:speech|address|keynote|remarks)\s+(?:from|by)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)) && /^\s+(?:in|at|to)\s+[^.;,]{0,60}$/.test(text.slice(m.end, event.start))) : undefined;
    if (speaker && !NOT_YET.test(before) && !/^[^.;]{0,20}?\b(?:is|are)\s+(?:expected|due|planned|scheduled)\b/.test(text.slice(event.end, sentence.end))) push([speaker], event, 0.6);
    // "The U.S., Ukraine and Russia held their first three-way talks in Abu Dhabi": those who held the event were there.
    const held = /\b(?:held|hold|holds|had)\s+(?:(?:their|its|his|her|the|a|an)\s+)?(?:[\w-]+\s+){0,3}$/.exec(before);
    if (held && /^(?:talks|meeting|summit|call|phone call|negotiations|conversation)\b/i.test(event.text) && !NOT_YET.test(before)) {
      const subjects = subjectsAt(text, sentence, ms, sentence.start + held.index, ctx);
      if (subjects.length && !NEGATION.test(text.slice(Math.max(...subjects.map((x) => x.end)), sentence.start + held.index))) push(subjects, event, 0.7);
      NEGATION.lastIndex = 0;
    }
    // "the Trump–Putin call", "after the Macron-Scholz meeting": a gathering named by its two sides joined by a dash was
    // theirs. Not one sought or denied ("a Zelensky–Putin meeting", "proposed a …", "… 'not planned'").
    const named = DASH_SIDES.exec(event.text);
    if (named && !event.anaphor && !UNSETTLED_BEFORE.test(before) && !NOT_YET.test(sentence.text) && !NEGATION.test(before) && !UNSETTLED_AFTER.test(text.slice(event.end, sentence.end))) {
      const sides = ms.filter((m) => m.type === 'PERSON' && !m.appositive && m.start >= event.start && m.end <= event.start + named[0].length);
      if (sides.length === 2 && sides[0].key !== sides[1].key) push(sides, event, 0.6);
    }
    NEGATION.lastIndex = 0;
    // "Trump's Alaska summit with Putin", "after his call with Macron": the owner and the one named after "with" met
    // there. "his" is the person the sentence is about (named in it, else the one named last).
    const partner = /^\s+with\s/.test(text.slice(event.end, event.end + 7)) ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= event.end && /^\s+with\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(event.end, m.start))) : undefined;
    const possessive = partner && !event.anaphor && /(?:\b(his|her)|[’']s)\s+$/i.exec(before);
    // "Trump's Alaska summit": the name may have taken the owner in.
    const inside = partner && !possessive && ms.find((m) => m.type === 'PERSON' && m.start >= event.start && m.end < event.end && /^[’']s\s/.test(text.slice(m.end, m.end + 3)));
    if (partner && (possessive || inside)) {
      const owner = inside ? inside : possessive && possessive[1]
        ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= sentence.start && m.key !== partner.key && !(m.start >= event.start && m.end <= partner.end)) ?? ctx.lastPerson
        : ms.find((m) => m.type === 'PERSON' && m.end <= event.start && /^[’']s\s+$/.test(text.slice(m.end, event.start)));
      if (owner && owner.key !== partner.key && !NOT_YET.test(before)) {
        push([owner, partner], event, 0.6);
        out.push({ type: 'MET_WITH', source: owner.key, target: partner.key, confidence: 0.6 });
      }
    }
    // "The leaders discussed the meeting between Trump and Putin in Alaska on Friday", "Wednesday's call between A and B":
    // the sides of a gathering the text dates took part. Not one still sought ("a meeting between A and B", "proposed
    // talks between …"), nor one the sentence puts ahead.
    const sides = event.date ? BETWEEN_SIDES.exec(text.slice(event.end, sentence.end)) : null;
    if (sides && !UNSETTLED_BEFORE.test(before) && !NOT_YET.test(sentence.text) && !NEGATION.test(before)) {
      const first = ms.find((m) => isActor(m) && !m.appositive && m.start === event.end + sides[0].length);
      // Titles between the names do not end the list ("between President A and President B").
      // "a Ukrainian delegation led by A and US envoy B and C": the state, its leader and those on the other side.
      const leader = first && first.type === 'COUNTRY' ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start > first.end && LED_SIDE.test(text.slice(first.end, m.start))) : undefined;
      const other = leader && ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start > leader.end && SECOND_SIDE.test(text.slice(leader.end, m.start)));
      const otherState = other && ms.find((m) => m.type === 'COUNTRY' && m.start > leader.end && m.end <= other.start);
      if (first && leader) push([first, leader, ...(other ? [...(otherState ? [otherState] : []), ...listedAfter(text, ms, other.start, sentence.end).filter((x) => !/^['’]s\s/.test(text.slice(x.end, x.end + 3)))] : [])], event, 0.6);
      else if (first) push(first.type === 'PERSON' ? listedAfter(text, ms, first.start, sentence.end) : coordinated(text, ms, first, 1), event, 0.6);
    }
    NEGATION.lastIndex = 0;
    // A call or talks between two parties: both took part.
    // Not "Before the talks, X met Y": a meeting outside the event.
    // "held talks with Vance on the sidelines of the conference": both were at the conference.
    const sidelines = /\b(?:on|at) the (?:sidelines|margins?|fringes?) of\s+(?:the\s+)?$/i.test(before);
    // "since the Anchorage summit on Aug. 15, where he met Putin": a meeting placed at the event by "where".
    // Also "in which", "during which", "at which": "Friday's shouting match in the Oval Office, in which A and B accused C".
    const where = /^[^;,]{0,40}?(?:,\s+where|,?\s+(?:in|during|at)\s+which)\s+/.exec(text.slice(event.end, sentence.end));
    // "joined the call from Brussels, where he had met X": "where" is the place one joined from, not the gathering.
    const elsewhere = where && /\bfrom\s/.test(where[0]) ? event.end + where[0].length : undefined;
    if (where && elsewhere === undefined) {
      const from = event.end + where[0].length;
      for (const r of found) if (r.type === 'MET_WITH') push([...new Map(ms.filter((m) => (m.key === r.source || m.key === r.target) && (m.start >= from || r.source === m.key)).map((m) => [m.key, m])).values()], event, 0.6);
      // "the meeting in Florida, where Rubio, Witkoff and Kushner received a Ukrainian team": the subjects of a clause
      // placed at the event were there (not "where Macron will speak", nor "where X did not go").
      const first = ms.find((m) => isActor(m) && !m.appositive && m.start >= from && m.end <= sentence.end && /^(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.’'-]*|of)\s+){0,5}$/u.test(text.slice(from, m.start)));
      if (first && !event.anaphor) {
        const group = coordinated(text, ms, first, 1);
        const tail = text.slice(group[group.length - 1].end, sentence.end);
        if (/^\s+(?:\w+ly\s+)?\w+ed\b|^\s+(?:met|spoke|told|said|saw|held|sat|took|gave|made|won|got|signed|was|were)\b/.test(tail) && !NOT_YET.test(tail.slice(0, 30)) && !NEGATION.test(tail.slice(0, 30))) {
          push(group, event, 0.6);
          // "…, in which Trump and Vance accused Zelensky of …", "…, where Macron told Tusk that …": the one the clause's
          // subjects spoke to, face to face, was there too, and met them.
          const addressed = ADDRESSED.exec(tail);
          const at = addressed ? group[group.length - 1].end + addressed[0].length : -1;
          const object = addressed ? ms.find((m) => m.type === 'PERSON' && !m.appositive && m.start >= at && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(at, m.start))) : undefined;
          if (object && !group.some((g) => g.key === object.key)) {
            push([object], event, 0.6);
            for (const g of group) if (g.type === 'PERSON') out.push({ type: 'MET_WITH', source: g.key, target: object.key, confidence: 0.6 });
          }
        }
        NEGATION.lastIndex = 0;
      }
    }
    // Not a meeting still ahead ("will hold talks with Y in Z").
    // Nor one that did not happen ("never welcomed X to the summit", "would have met Y at the summit").
    // Nor one told of it ("telephoned X to inform him of the Paris talks"): the gathering is what they spoke about.
    const unmet = NOT_YET.test(before) || NEGATION.test(before) || TOPIC_BEFORE.test(before);
    NEGATION.lastIndex = 0;
    if (!unmet && (!event.anaphor || sidelines || /call|talks|meeting/i.test(event.text)) && !/\b(?:before|ahead of|after|since)\s+(?:the\s+)?$/i.test(before) && !/\b(?:will|is due to|are due to|is set to|are set to|plans? to|is expected to|are expected to)\s+(?:\w+\s+){0,3}$/i.test(before)) {
      for (const r of found) {
        if (r.type !== 'MET_WITH') continue;
        // On the sidelines, only the ones named before it ("X held talks with Y on the sidelines of …", not "… and rang Z").
        const ends = ms.filter((m) => (m.key === r.source || m.key === r.target) && (!sidelines || !event.anaphor || m.end <= event.start));
        // "Trump and Putin met in Alaska on 15 August, and the 4 September summit produced…": an event that opens a
        // clause of its own after the meeting is not where they met.
        const lastEnd = Math.max(...ends.map((m) => m.end));
        if (ends.length && lastEnd <= event.start && /(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$/.test(text.slice(lastEnd, event.start))) continue;
        // "…hosting a crunch summit as Trump prepared to sit down with Putin": a meeting told in a clause of its own after
        // the event is not at it.
        const firstStart = Math.min(...ends.map((m) => m.start));
        // Nor one told after it in a clause of its own ("…discussed the meeting in Alaska on Friday, and the calls that
        // Trump made to Zelenskyy").
        if (ends.length && firstStart >= event.end && /\b(?:as|while|whereas|when|until|before|after)\s/.test(text.slice(event.end, firstStart))) continue;
        const clause = /,\s+(?:and|but)\s/.exec(text.slice(event.end, sentence.end));
        if (clause && [r.source, r.target].some((k) => ends.filter((m) => m.key === k).every((m) => m.start >= event.end + clause.index))) continue;
        if (elsewhere !== undefined && ends.some((m) => m.start >= elsewhere)) continue;
        push([...new Map(ends.map((m) => [m.key, m])).values()], event, 0.6);
      }
    }
  }
  return out;
}

/** "Tusk took part in the videoconference of the coalition of the willing": taking part in a coalition's own meeting
 *  is membership, a stance for the coalition. */
// "Starmer and Macron chaired a video call of the coalition": the chair of a gathering runs it; the gold sets read no
// stance for the coalition into chairing, hosting or leading its call (only into taking part in it).
const RUN_BY = /^[^.;]{0,80}?\b(?:co-)?(?:hosted|chaired|convened|led|organi[sz]ed)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
const RUNS_GATHERING = /\b(?:co-?)?(?:chair(?:ed|s|ing)?|host(?:ed|s|ing)?)\b|\bled\b|\bleads?\b/i;

export function membership(text: string, ms: Mention[], events: EventMention[], attended: SentenceRelation[]): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  for (const r of attended) {
    // Only a participation stated with the meeting as its object ("took part in the videoconference of the coalition"),
    // not presence read from a list or a relative clause.
    if (r.type !== 'ATTENDED' || r.confidence < 0.7) continue;
    for (const e of events.filter((x) => x.key === r.target)) {
      const coalition = ms.find((m) => m.type === 'PROPOSAL' && /\bcoalition\b/i.test(m.name ?? m.text) && m.start >= e.start && m.start <= e.end + 8);
      const holder = [...ms].reverse().find((m) => m.key === r.source && m.end <= e.start);
      if (holder && RUNS_GATHERING.test(text.slice(holder.end, e.start))) continue;
      // Nor the agent of a passive after it ("the meeting of the coalition, hosted by Macron").
      if (ms.some((m) => m.key === r.source && m.start >= e.end && RUN_BY.test(text.slice(e.end, m.start)))) continue;
      if (coalition && !out.some((x) => x.source === r.source && x.target === coalition.key)) out.push({ type: 'SUPPORTS', source: r.source, target: coalition.key, confidence: 0.6 });
    }
  }
  return out;
}
