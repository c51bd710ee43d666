// Verb and phrase patterns that state a relation, and the cues that negate or hedge it.
import type { RelationType } from '../types';

export interface Trigger {
  type: RelationType;
  /** -1 for patterns that state opposition; negation cues flip it. */
  polarity: 1 | -1;
  pattern: RegExp;
  /** "led by X": the actors come after the trigger and the proposal before it. */
  passive?: boolean;
  /** "talks between X and Y": both ends come after the trigger. */
  between?: boolean;
  /** "warned that X could lead to escalation": opposition only when a harmful consequence follows X. */
  consequence?: boolean;
  /** "called the idea far-fetched": the proposal sits inside the trigger. */
  objectInside?: boolean;
  /** "has ruled that out", "expressed reservations": with no proposal after it, the stance is about the topic. */
  topical?: boolean;
  /** "should not fall under": a "not" inside the trigger flips it. */
  negatable?: boolean;
  /** "Russian opposition", "opposition from Germany": a noun whose holders stand next to it. */
  nominal?: boolean;
  /** "A and B held talks": the subjects before the trigger met each other. */
  reciprocal?: boolean;
  /** "unacceptable for Russia": the actor right after "for" / "to" holds the stance. */
  holderAfter?: boolean;
  /** "talks ... between Russia and the U.S. in Riyadh, involving X and Y": the trigger may span other mentions. */
  spans?: boolean;
  /** "did not announce new sanctions": a deed not done is no stance against it; negated, the trigger states nothing. */
  affirmOnly?: boolean;
  /** Words one of which every match contains: a sentence without any is not searched (for a costly pattern). */
  gate?: RegExp;
}

const t = (type: RelationType, polarity: 1 | -1, source: string, extra: Partial<Trigger> = {}): Trigger => ({ type, polarity, pattern: new RegExp(`\\b(?:${source})\\b`, 'gi'), ...extra });

export const TRIGGERS: Trigger[] = [
  // "declines a full ceasefire": declining a thing offered refuses it (not "declined to comment").
  // Also the news idioms of rejection ("balked at", "shot down", "hit out at", "cast doubt on") and what a person is
  // called by their stance ("a vocal critic of the plan"; "a long-time supporter of" below).
  t('OPPOSES', -1, String.raw`(?:stay|stays|stayed|staying|remain|remains|remained|remaining) outside|opt(?:s|ed|ing)? out of|argu(?:e|es|ed|ing) against|bau?lk(?:s|ed|ing)? at|sh(?:oot|ot|oots|ooting) down|pour(?:s|ed|ing)? scorn on|slam(?:s|med|ming)?|question(?:s|ed|ing)? the (?:wisdom|value|point|need|feasibility|viability|usefulness|logic) of|(?:is|was|are|were|has been|have been) dismissive of|distanc(?:e|es|ed|ing) (?:himself|herself|itself|themselves) from|denounc(?:e|es|ed|ing)|mock(?:s|ed|ing)?|play(?:s|ed|ing)? down|sp(?:eak|eaks|oke|eaking) out against|lash(?:es|ed|ing)? out at|hit(?:s|ting)? out at|cast(?:s|ing)? doubt on|push(?:es|ed|ing)? back (?:against|on)|walk(?:s|ed|ing)? back|(?:an?|the) (?:[\w-]+ ){0,2}?(?:critic|opponent|sceptic|skeptic)s? of|oppos(?:e|es|ed|ing)|opposition to|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)(?! to\b)|declin(?:e|es|ed|ing)(?= (?:a|an|the|any)\b)|rul(?:e|es|ed|ing) out|warn(?:s|ed|ing)? against|caution(?:s|ed)? against|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|object(?:s|ed)? to|dismiss(?:es|ed)?|(?:is|are|was|were|remains?|remained) ["“]?(?:(?:dead|firmly|strongly|flatly|totally|completely|implacably|resolutely|fundamentally|adamantly|vehemently|staunchly|utterly|absolutely|very much|four-square|squarely) )?against|block(?:s|ed|ing)?|resist(?:s|ed)?|condemn(?:s|ed)?|(?:expressed|voiced|has|have) (?:reservations|skepticism|scepticism|doubts) (?:about|over)|(?:skeptical|sceptical|wary|hesitant|cautious|(?:less|not|far from|hardly) enthusiastic|lukewarm|cool) (?:of|about|over|toward|towards|on)|veto(?:es|ed|ing)|torpedo(?:es|ed|ing)|scupper(?:s|ed|ing)?|derid(?:e|es|ed|ing)|ridicul(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|turn(?:s|ed|ing)? down|sa(?:y|ys|id|ying) no to|thr(?:ew|ow|ows|owing) cold water on|st(?:and|ands|ood|anding) (?:firmly )?against|(?:is|are|was|were|remains?|remained) (?:\w+ly )?hostile to|(?:unconvinced|not convinced|far from convinced) (?:by|of|about)`),
  t('OPPOSES', -1, String.raw`(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|view(?:s|ed|ing)?|regard(?:s|ed|ing)?|treat(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|see(?:s|ing)?|saw|dismiss(?:es|ed|ing)?|said|says|told(?: \w+)?|argued|insisted|replied) (?:[^.;]{0,80}?)["“]?(?:as )?(?:(?:completely|entirely|totally|potentially|largely|too|highly|deeply|wholly|still|simply|probably|very) )?(?:[\w-]+, )?(?:premature|far-fetched|unrealistic|dangerous|risky|ineffective|not (?:very )?effective|a mistake|reckless|irresponsible|(?:highly |deeply )?inappropriate|pointless|naive|unworkable|provocative|counterproductive|militaristic|escalatory|destabili[sz]ing|unacceptable|out of the question|off the table|off the agenda|(?:not|never)(?: been)? on the (?:agenda|table)|not under discussion|(?:the )?least effective|a (?:red line|non-starter)|a waste of (?:money|time|resources)|madness|folly|lunacy|(?:an? )?(?:dangerous |reckless )?(?:fantasy|illusion|pipe dream)|an? (?:(?:military|foreign) )?intervention|an occupation|(?<=as )an? (?:(?:direct|serious|grave|legitimate|clear) )?(?:threat|target)|(?<=as ["“‘']?|["“‘'])(?:legitimate|lawful) (?:[\w-]+ )?targets)`, {
    objectInside: true,
    // Its gap of up to 80 characters after every "said" costs more than all but one other pattern; the verdict it ends
    // on is in few sentences.
    gate: /madness|folly|lunacy|fantasy|illusion|pipe dream|premature|far-fetched|unrealistic|dangerous|risky|effective|mistake|reckless|irresponsible|inappropriate|pointless|naive|unworkable|provocative|counterproductive|militaristic|escalatory|destabili|unacceptable|question|agenda|table|under discussion|red line|non-starter|waste of|intervention|occupation|threat|target/i,
  }),
  t('OPPOSES', -1, String.raw`(?:is|was|it['’]s) no time to`),
  // "would not join a maritime mission": joining refused (a mission, a force or a coalition; NATO is membership, read apart).
  t('OPPOSES', -1, String.raw`(?:would|will|could|did|does|do|to) (?:not|never) join(?= (?:a|an|the|any|such a)\b)`),
  t('OPPOSES', -1, String.raw`(?:too early|premature|not the time) to (?:talk about|discuss|speak about|speak of|consider|debate)`),
  t('OPPOSES', -1, String.raw`rul(?:e|es|ed|ing) (?:it|that|this|them) out`, { topical: true }),
  // "Macron first raised it in February 2024", "floated the idea last year": proposing the thing the text is about.
  t('PROPOSED', 1, String.raw`(?:first )?(?:raised|floated|mooted|proposed|suggested) (?:it|this|the idea)(?! (?:with|to)\b)`, { topical: true, gate: /raised|floated|mooted|proposed|suggested/i }),
  t('OPPOSES', -1, String.raw`(?:express(?:es|ed)?|voic(?:e|es|ed)|ha(?:s|ve|d)) (?:\w+ ){0,2}?(?:reservations|skepticism|scepticism|doubts|hesitance|hesitancy|hesitation|discomfort|misgivings)`, { topical: true }),
  // "Germany is more cautious still": a comparison with others is a hedge, not a stance.
  t('OPPOSES', -1, String.raw`(?:remains?|is|are|was|were|has been|have been) ["“]?(?:(?!more\b|less\b)\w+ )?(?:cautious|hesitant|skeptical|sceptical|wary|reluctant)["”]?(?! to)`, { topical: true, gate: /cautious|hesitant|skeptical|sceptical|wary|reluctant/i }),
  t('OPPOSES', -1, String.raw`opposition|rejection|refusal`, { nominal: true }),
  // "Estonia's support for a European force", "Macron's call for a truce": a noun whose holder owns it.
  t('SUPPORTS', 1, String.raw`(?:support|backing|endorsement|push|demand|appeal) (?:for|of)|call for`, { nominal: true }),
  // "Norway's proposal for a reassurance force", "Marek's idea of a buffer zone", "Holt's insistence on guarantees",
  // "Hungary's objections to the force": the other nouns of each stance family, held by their possessor.
  t('PROPOSED', 1, String.raw`(?:proposal|plan|idea|initiative|blueprint) (?:for|of)`, { nominal: true }),
  t('SUPPORTS', 1, String.raw`insistence on`, { nominal: true }),
  t('OPPOSES', -1, String.raw`objections? to|resistance to|hostility to|veto of|(?:position|stance|line) against|(?:scepticism|skepticism|doubts|misgivings|reservations) (?:about|over|towards?|regarding)|refusal to (?:join|back|support|accept|endorse)`, { nominal: true, gate: /objection|resistance|hostility|veto|scepticism|skepticism|doubts|misgivings|reservations|refusal|against/i }),
  t('OPPOSES', -1, String.raw`pour(?:s|ed|ing)? cold water on`, { topical: true }),
  // "Sending troops now would be premature", "such a deployment is unacceptable for Russia": a verdict on the proposal
  // before it, held by the speaker, or by the actor it is unacceptable for.
  // A verdict may be quoted ('was "absolutely unacceptable" for Russia', 'would be a "cause for concern"').
  t('OPPOSES', -1, String.raw`(?:is|was|are|were|would be|will be|remains?) ["“]?(?:\w+ ){0,2}?["“]?(?:premature|unacceptable|unconstructive|confrontational|out of the question|off the table|a non-starter|unrealistic|a road to nowhere|a dead end|(?:not|never|no longer) on the (?:agenda|table)|(?:not|never) up for (?:discussion|debate|negotiation)|(?:legitimate|lawful) (?:[\w-]+ )?targets?|an? (?:(?:legitimate|lawful|priority) )?target\b|a (?:direct )?provocation|absurd|a (?:grave )?mistake|a (?:dangerous |pure |total )?(?:fantasy|illusion|fiction|disaster|folly)|a bad idea|a red line|a ["“]?cause for (?:concern|alarm)|a (?:direct |serious )?threat)`, { topical: true, holderAfter: true }),
  // 'guarantees discussed without Russia lead "nowhere"': a verdict that the proposal before it is futile.
  t('OPPOSES', -1, String.raw`(?:would |will |could |can |only )?(?:lead|leads|led|go|goes) ["“]?nowhere`, { topical: true, holderAfter: true, spans: true, gate: /nowhere/i }),
  // "now is not the time to lift sanctions": the thing it is not the time for is refused.
  t('OPPOSES', -1, String.raw`(?:is|was|it['’]s|would be) (?:not|no) (?:the )?(?:right )?time (?:to|for)(?! (?:talk|discuss|speak|consider|debate)\b)`, { gate: /\btime (?:to|for)\b/i }),
  // "Spain will spend 5% of GDP on defence": spending the share named backs the target ("will not spend": against it).
  t('SUPPORTS', 1, String.raw`spend(?:s|ing)?(?= (?:(?:at least|more than|up to|around|about|only|just|the|a|full) )*\d)`, { gate: /\bspend/i }),
  // "the deployment of European troops would amount to direct NATO involvement": a harmful verdict on the proposal.
  t('OPPOSES', -1, String.raw`(?:would|will|could) (?:amount to|mean|be seen as|constitute|make \w+ a party to)(?: [\w-]+){0,3}? (?:involvement|escalation|war|provocation|confrontation|intervention|participation in the (?:war|conflict)|(?:a )?party to the (?:war|conflict))`, { topical: true, holderAfter: true, spans: true }),
  // "the proposed limits on its army would leave the country vulnerable to future attack": a verdict that the proposal
  // before it exposes the one it is imposed on, held by the speaker.
  t('OPPOSES', -1, String.raw`(?:would|will|could|might)\s+(?:only\s+)?leave\s+(?:Ukraine|Kyiv|Europe|the\s+(?:country|Ukrainians|continent)|it|them|us)\s+(?:(?:dangerously|more|fatally|permanently|defenceless\s+and|exposed\s+and)\s+)?(?:vulnerable|exposed|defen[cs]eless|at\s+the\s+mercy\s+of)`, { topical: true, holderAfter: true, spans: true, gate: /\bleave\b/i }),
  // 'said they were "concerned by the proposed limitations"', "voiced deep concern over the plan": concern at a proposal
  // named right after is opposition to it.
  t('OPPOSES', -1, String.raw`(?:(?:is|are|was|were|remains?|remained)\s+["“]?(?:(?:deeply|very|gravely|seriously|particularly|increasingly)\s+)?(?:concerned|worried|alarmed|troubled)\s+(?:by|about|over|at)|(?:expressed|voiced|raised)\s+(?:(?:deep|grave|serious|strong)\s+)?concerns?\s+(?:about|over|at|regarding))(?=\s+(?:the|any|a|an|this|such)\s+(?:(?:proposed|planned|suggested|envisaged|American|US|U\.S\.|Russian)\s+)?[\w-]+)`, { gate: /concern|worried|alarmed|troubled/i }),
  // "talk of security guarantees only prolonged the conflict": a verdict that the proposal before feeds the war.
  t('OPPOSES', -1, String.raw`(?:would|will|could|can|only|merely|simply|just) (?:prolong(?:s|ed)?|drag(?:s|ged)? out|fuel(?:s|ed)?|perpetuate(?:s|d)?) (?:the )?(?:conflict|war|fighting|bloodshed)`, { topical: true, holderAfter: true, spans: true, gate: /prolong|drag|fuel|perpetuat/i }),
  // "negotiations can only take place in the context of a ceasefire", "real talks could only happen during a truce": the
  // one thing talks are said to need is wanted (a condition read as support).
  t('SUPPORTS', 1, String.raw`(?<=\b(?:talks|negotiations|discussions|peace|settlement|deal|agreement|peace process)["”]?\s+(?:can|could|will|would|may|should)\s+)only\s+(?:take place|happen|begin|start|succeed|work|proceed|go ahead|move forward|be held|be meaningful|be possible|be (?:negotiated|discussed|agreed|reached))\s+(?:in the context of|during|with|under|on the basis of|after|once there is|within the framework of)`, { gate: /\bonly\b/i }),
  // "imposed new sanctions on Russia", "by maintaining and imposing restrictive measures", "adopted its 19th sanctions
  // package": one who imposes, keeps or tightens a measure backs it ("did not impose": no stance).
  t('SUPPORTS', 1, String.raw`(?:impos|maintain|tighten|renew|adopt|slap)(?:e|es|ed|ing|s)?(?: and (?:impos|maintain|tighten|renew|extend|adopt)(?:e|es|ed|ing|s)?)?(?= (?:(?:the|its|their|a|an|new|further|fresh|tougher|additional|more|first|latest|\d+(?:st|nd|rd|th)|[a-z]+teenth|twentieth)\s+){0,3}(?:sanctions|restrictive measures|(?:package|round) of sanctions)\b)`, { affirmOnly: true, gate: /sanctions|restrictive measures/i }),
  // "says the best way to end the war is to go straight to a peace agreement": the one way named is wanted.
  t('SUPPORTS', 1, String.raw`(?:the )?(?:best|only|surest|quickest|right) way (?:to|of) [^,.;"“”]{1,60}? (?:is|was|would be|remains)(?: to [a-z]+(?: [a-z]+)? (?:to|for|with))?`, { spans: true }),
  // "Trump would not commit": a stance on the topic.
  t('SUPPORTS', 1, String.raw`commit(?:s|ted)?(?! to)(?=\s*[.,;]|\s+(?:himself|herself|itself|themselves)\b)`, { topical: true }),
  // "the U.S. guarantee remained essential": a verdict for the proposal before it, held by the speaker ("is not
  // necessary": against it).
  t('SUPPORTS', 1, String.raw`(?:is|was|are|were|would be|will be|remains?|remained)(?:,[^,.;]{1,40},)? (?:\w+ ){0,2}?["“]?(?:the key condition|a (?:key |necessary )?(?:pre)?condition|essential|vital|crucial|indispensable|necessary|needed|required|key|the (?:only|best|strongest|real) (?:way|guarantee|option)|an? (?:good|great|sensible|wise|excellent) (?:idea|step|plan|move)|the right (?:idea|step|plan|move|approach|thing))`, { topical: true, holderAfter: true, spans: true, negatable: true }),
  // "the force would deter Russia", "would keep the peace": a verdict that the proposal before it does good; "would
  // provoke Russia" that it does harm. Not what a named actor would do ("only America could deter Putin").
  t('SUPPORTS', 1, String.raw`(?<=\b(?:force|forces|mission|plan|deployment|guarantees?|contingent|troops|presence|backstop|deal|agreement|ceasefire|truce|coalition|proposal|idea|it|they|this|that)\s|,\s)(?:would|will|could|can) (?:help (?:to )?)?(?:deter (?:Russia|Moscow|Putin|aggression|any)|keep the peace|secure (?:the |a )?peace|stabili[sz]e (?:the|Ukraine|Europe)|reassure (?:Ukraine|Kyiv|Europe)|end the war|bring (?:about )?(?:a )?(?:lasting )?peace)`, { topical: true, holderAfter: true, spans: true, gate: /deter|peace|stabili|reassure|end the war/i }),
  t('OPPOSES', -1, String.raw`(?<=\b(?:force|forces|mission|plan|deployment|guarantees?|contingent|troops|presence|backstop|deal|agreement|ceasefire|truce|coalition|proposal|idea|it|they|this|that)\s|,\s)(?:would|will|could) (?:only )?(?:provoke|inflame|antagoni[sz]e) (?:Russia|Moscow|the Kremlin|Putin)`, { topical: true, holderAfter: true, spans: true, gate: /provoke|inflame|antagoni/i }),
  // "the American plan could form the basis of a settlement": a verdict for the proposal before it.
  // What it would be the basis of is not the object: "could form the basis of a final peace settlement" is about the plan.
  // Also told as what the plan is or was ('the draft was "a basis which will require additional work"', "had been a
  // basis for work", "it is the basis on which everyone works", "remains a good basis"); not "on the basis of", nor a
  // "legal basis" that is clear.
  t('SUPPORTS', 1, String.raw`(?:(?:could|would|can|may|might|will)(?: still| yet| well)? ["“]?(?:form|be|provide|serve as|become)|(?:is|was|were|are|remains?|remained|had been|has been|have been|forms?|formed|provides?|provided|serves? as|served as|offers?|offered)) ["“]?(?:the|a) (?:(?:good|sound|useful|possible|solid|workable|reasonable|realistic|serious|real|starting) )?basis(?=["”]?(?: (?:of|for|which|that|on which|to)\b|\s*[,.;—–]))(?: (?:of|for) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:settlement|deal|agreement|peace|talks|negotiations|ceasefire|truce))?`, { topical: true, holderAfter: true, spans: true, gate: /basis/i }),
  // "Macron called the Paris Declaration “a decisive step”": a verdict of progress on the proposal inside.
  t('SUPPORTS', 1, String.raw`(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|hail(?:s|ed|ing)?|welcom(?:e|es|ed|ing)) (?:[^.;]{0,80}?)["“]?(?:as )?(?:an? |the )?(?:(?:decisive|important|major|historic|crucial|big|significant|real|good|first|key|vital|landmark) )+(?:step|breakthrough|milestone|moment|turning point|achievement|success|signal)(?! back)`, { objectInside: true, gate: /step|breakthrough|milestone|moment|turning point|achievement|success|signal/i }),
  // "Russia will not accept it": a stance whose object is a pronoun for the proposal before it.
  t('SUPPORTS', 1, String.raw`(?:accept|support|back|endorse|agree to|tolerate|allow)(?:s|ed)? (?:it|this|that|them)(?! (?:is|was|would|will|as)\b)`, { topical: true }),
  t('SUPPORTS', 1, String.raw`(?:must|should|has to|have to|needs? to|ought to) (?:not )?(?:only )?(?:be|remain|stay|come|fall|operate|go ahead|proceed|deploy|start|begin|happen|take place|take shape|move forward)`, { negatable: true }),
  // "made the easing of some sanctions a condition for…": what is made a condition is wanted.
  t('SUPPORTS', 1, String.raw`made (?:[^.;]{0,80}?)(?:a|the|its) (?:key |main |central )?(?:pre)?condition`, { objectInside: true }),
  t('SUPPORTS', 1, String.raw`(?:impossible|unthinkable|not (?:be )?(?:possible|enough|sufficient)|(?:would|will) not work|cannot work) without`, { gate: /without/i }),
  // "warned reporters on Monday that", "warned in the conversation that": an addressee or a time may stand before "that".
  t('OPPOSES', -1, String.raw`warn(?:s|ed|ing)?(?: (?!that\b)[\w.’']+){0,5}? that`, { consequence: true }),
  t('PROPOSED', 1, String.raw`(?:proposed|floated|suggested|put forward|put on the table|launched|initiated|announced|drafted|sponsored|presented|unveiled|tabled|set up|created|devised|designed|conceived|drawn up|circulated|authored|written|prepared|submitted|pitched|outlined|worked out|hammered out|put together|thought up|dreamt up|dreamed up|spearheaded|pioneered) by`, { passive: true, gate: /by/i }),
  t('OPPOSES', -1, String.raw`(?:opposed|rejected|criticised|criticized|dismissed|blocked|vetoed|condemned|denounced|ruled out|torpedoed|scuppered|spurned|rebuffed|turned down) by`, { passive: true, gate: /by/i }),
  // "The idea came from Anna Lind", "the force was the brainchild of X": the one it came from proposed it.
  // "Britain and France have led planning for a reassurance force": those who lead the planning of a thing put it forward.
  t('PROPOSED', 1, String.raw`(?:led|lead|leads|leading)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:detailed\s+|military\s+)?planning (?:for|of)`, { gate: /planning/i }),
  // "introduced the Sanctioning Russia Act", "tabled a bill to …": a lawmaker who introduces a bill proposes it.
  t('PROPOSED', 1, String.raw`introduc(?:e|es|ed|ing)(?= (?:a|an|the|his|her|their) (?:[\w-]+ ){0,4}?(?:Act|[Bb]ill|legislation|resolution)\b)`, { gate: /introduc/i }),
  t('PROPOSED', 1, String.raw`(?:came|comes|originated) from|(?:is|was|were) (?:the |an? )?(?:brainchild|invention) of`, { passive: true, gate: /came from|comes from|originated|brainchild|invention/i }),
  // "Washington handed Kyiv a 28-point plan": handing someone a plan proposes it (not one still to be handed).
  t('PROPOSED', 1, String.raw`(?<!\b(?:would|will|to|shall|could) )hand(?:s|ed|ing)?(?= (?:[A-Z][\w’'.-]*|the [\w-]+|its [\w-]+)(?: [A-Z][\w’'-]*)* (?:a|an|its|their|the) (?:[\w-]+ ){0,3}?(?:plan|proposal|framework|memorandum|peace plan|draft|blueprint)\b)`, { gate: /\bhand/i }),
  // "pitched the force to allies", "is the architect of the force", "offered a 30-day ceasefire": authorship, and an
  // offer of a pause or a deal, propose it ("wrote" and "outlined" report speech or conditions as often).
  t('PROPOSED', 1, String.raw`pitch(?:es|ed|ing)?|(?:is|was|are|were) (?:the|an?) (?:\w+ )?(?:architect|author|authors|architects) of|offer(?:s|ed|ing)?(?= (?:(?:only|just|merely|instead|again|also|then|now|at first|at most) )?(?:a|an) (?:[\w-]+ ){0,3}?(?:ceasefire|cease-fire|truce|deal|pause|moratorium|exchange|summit|meeting|talks|negotiations)\b| (?:direct |peace |fresh |new )+(?:talks|negotiations)\b)`, { gate: /pitch|architect|author|offer/i }),
  // "announced the plan", "tabled a 12-point plan", "mooted a buffer zone", "sponsored a resolution", "is pushing a 12-point plan", "pushed her idea of a guarantee", "answered
  // with an offer of direct talks": verbs of putting a thing forward, and offering it (not "push for", "push back").
  t('PROPOSED', 1, String.raw`announc(?:e|es|ed|ing)(?= (?:the|their|its|his|her) (?:new |joint )?(?:plan|initiative|proposal)\b(?! (?:to|for|of|would|will|is|was|had|has|could|must|should)\b))|tabled|tabling|moot(?:s|ed|ing)|(?:co-?)?sponsor(?:s|ed|ing)?(?= (?:a|an|the|its|their|his|her) )|circulat(?:es|ed|ing)(?= (?:a|an|its|their|his|her) | amendments\b)|submit(?:s|ted|ting)(?= (?:a|an|its|their|his|her) )|push(?:es|ed|ing)?(?= (?:again |hard |once more )?(?:(?:a|an) (?:[\w-]+ ){0,3}?(?:plan|proposal|initiative|draft|blueprint|framework|force|mission|zone|guarantee)\b|(?:its|their|his|her)(?: own)? (?:plan|proposal|idea|initiative) (?:of|for)\b))|(?:made|make|makes|making|came back with|comes back with) (?:an?|the|his|her|its|their) (?:[\w-]+ )?(?:offer|proposal) (?:of|for)`, { gate: /announc|tabl|moot|sponsor|circulat|submit|push|offer|proposal/i }),
  // "put a ceasefire on the table", "put on the table a plan for…", "put three things on the table: a ceasefire, …":
  // laying a thing on the negotiating table proposes it (the thing between the verb and "on the table", else after it).
  // Not "took it off the table", nor what is "on the table" with no one who put it there.
  t('PROPOSED', 1, String.raw`put(?:s|ting)? (?:(?:back |again |once more )?on the table|(?:(?:two|three|four|five|several|a few|some|its|their|his|her|new|fresh|own)\s+)*(?:things|proposals|ideas|demands|conditions|points|options|offers|items)\s+on the table(?=\s*:))`, { gate: /on the table/i }),
  t('PROPOSED', 1, String.raw`put(?:s|ting)? (?:(?!on\b|off\b)[\w’'“"-]+ ){1,6}?(?:back )?on the table`, { objectInside: true, gate: /on the table/i }),
  // "answered the 28 points on Sunday with a counter-proposal of their own", "responded with a counteroffer", "answered
  // the following night not with a truce but with an offer of direct talks": one who answers with a counter-proposal,
  // or with an offer or a proposal of a thing, puts it forward (the words between may name what is answered and when).
  t('PROPOSED', 1, String.raw`(?:answer|respond|repl(?:y|ie)|counter)(?:s|ed|ing)? (?:[^.;:,]{0,60}? )?with(?= (?:an?|their|its|his|her) (?:own )?["“]?counter-?(?:proposals?|plans?|offers?)\b| (?:an?|the|their|its|his|her) (?:[\w-]+ )?(?:offer|proposal) (?:of|for)\b)`, { gate: /answer|respond|repl|counter/i, spans: true }),
  // "gave Moscow 50 days to agree a deal or face tariffs", "set Russia a deadline of Friday to accept, or else face new
  // sanctions": an ultimatum puts forward what the other side would face.
  t('PROPOSED', 1, String.raw`(?:gave|gives|give|giving|set|sets|setting) (?:[^.;:]{0,40}? )?(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a few|several) (?:days|weeks|months|hours)(?: deadline)? (?:to|until|before) [^.;:]{1,80}?,? or (?:else )?(?:to )?face|(?:gave|gives|give|giving|set|sets|setting|issued|issues|issue) (?:[^.;:]{0,40}? )?(?:an? )?(?:deadline|ultimatum)\b[^.;:]{0,80}?,? or (?:else )?(?:to )?face`, { gate: /\bface\b/i, spans: true }),
  // "Kyiv would send its revised 20-point plan to Washington": handing over one's own plan proposes it.
  t('PROPOSED', 1, String.raw`(?:send|sends|sent|sending|submit(?:s|ted|ting)?|deliver(?:s|ed|ing)?|hand(?:s|ed)? over) (?:its|their|his|her|our) (?:[\w-]+ ){0,3}?(?:plan|proposal|counterproposal|counter-proposal|draft|peace plan)`, { objectInside: true, gate: /plan|proposal|draft/i }),
  t('PROPOSED', 1, String.raw`propos(?:e|es|ed|ing)|put(?:s)? forward|floated|launch(?:es|ed|ing)?|set(?:s)? out(?= (?:a|an|the|his|her|its|their) )|unveil(?:s|ed|ing)?|suggest(?:s|ed|ing)?|offer(?:s|ed|ing)? to(?! (?:serve as|act as|be|become|run|host) (?:a|an|the) (?:[\w-]+ )?logistics? (?:hub|base|centre|center|node)s?\b)|dr(?:ew|aw|awn|awing) up|draft(?:ed|ing)|(?<!\b(?:the|latest|new|final|revised|first|earlier|its|their|his|her|our|of|two|several|some|these|those)\s)drafts(?!\s+of\b)|came up with|present(?:s|ed|ing)?(?= (?:a|an|the|their|his|her|its) |\s+and\b)|hand(?:s|ed|ing)?(?: over)?(?= (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:side|delegation|negotiators|counterparts?|team) (?:a|an|its|their) )|(?<!(?:['’]s|the|its|their|his|her|our|said|says|that) )(?:working|worked|work|works) on`),
  // "called instead for talks", "called again for a ceasefire": an adverb may stand before "for".
  // "Reform would vote against it", "MPs voted for the deployment": a vote is a stance.
  t('SUPPORTS', 1, String.raw`call(?:s|ed|ing)? (?:(?:instead|again|also|repeatedly|once more|publicly|explicitly|openly|now) )?for|ask(?:s|ed)? (?:[\w-]+ ){1,3}?for|(?<!\b(?:a|the) )vot(?:e|es|ed|ing) for`),
  t('OPPOSES', -1, String.raw`(?<!\b(?:a|the) )vot(?:e|es|ed|ing) against`),
  t('SUPPORTS', 1, String.raw`(?:an?|the) (?:[\w-]+ ){0,2}?(?:supporter|advocate|proponent|backer|champion)s? of|thr(?:ew|ow|ows|owing) (?:his|her|its|their) (?:full )?(?:weight|support) behind|(?:signall?ed|expressed|showed|voiced) (?:\w+ )?openness to|lobb(?:y|ies|ied|ying) for|(?:is|are|was|were) (?:\w+ )?keen on|(?:is|are|was|were) (?:\w+ )?on board with|offer(?:s|ed|ing)? (?:troops|soldiers|forces|personnel|jets|ships|aircraft) (?:to|for)|talk(?:s|ed|ing)? up|support(?:s|ed|ing)?|(?<!(?:push|pushed|pushes|pushing|come|came|went|go|step|stepped|fight|fought|hold|held|roll|rolled|scale|scaled|walk|walked|pull|pulled|get|got|fell|fall) )back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|favou?r(?:s|ed)?|prefer(?:s|red)?(?! not\b)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:up)?on(?= (?:[\w’'-]+ ){1,4}?to (?:agree|accept|sign|join|back|support|implement|respect|observe|honou?r)\b)|push(?:es|ed|ing)? for|advocat(?:e|es|ed|ing)|(?:is|are|was|were|has been|have been) leading|lead(?:s)? (?:efforts|talks|discussions|the push)|(?:would|will|could|can|to|shall|ready to|offered to) (?:help (?:to )?)?(?:lead|head|command)(?! to\b)|(?:would|will|to|shall|ready to|offered to) (?:help (?:to )?)?(?:fund|finance|bankroll|pay for)(?= (?:a|an|the|any|its|their)\b)|(?:would|will|to|shall) (?:run|host|serve as)(?= (?:a|an|the) (?:[\w’'-]+ ){0,2}?(?:mission|force|operation|coalition)(?:['’]s)?\b)|(?:ready|willing|prepared|open|available) (?:to|for)(?! (?:drop|abandon|give up|renounce|forgo|forego|relinquish|shelve|scrap|withdraw)\b)|gave (?:its|their|his|her|a|the) (?:\w+ )?(?:blessing|green light|go-ahead|backing) to|g(?:ive|ives|iving|iven) (?:its|their|his|her|a|the) (?:\w+ )?(?:blessing|green light|go-ahead|backing) to|(?:got|get|gets|getting) behind|(?:is|are|was|were|remains?|remained) (?:firmly|squarely|solidly|fully|four-square) behind|warm(?:s|ed|ing)? to|(?:is|are|was|were|remains?|remained) (?:\w+ly )?(?:receptive|supportive) (?:to|of)|(?<!(?:less|not|hardly|far from) )enthusiastic (?:about|over)|sa(?:y|ys|id|ying) yes to|applaud(?:s|ed|ing)?|press(?:es|ed|ing)? for|(?:(?:take|takes|took) (?:its|their|our|his|her|a) (?:full )?share["”]? of|(?:take|takes|took) part in|participat(?:e|es|ed) in|send|sends|sent|deploy|deploys|deployed)(?= (?:a|an|the|its|their|any|such a) ["“]?(?:[\w-]+ ){1,3}?(?:force|mission|contingent|operation)\b)|agree(?:s|d)? (?:only |in principle )?to|commit(?:s|ted)? to|pledg(?:e|es|ed) to|insist(?:s|ed)? (?:on|that)|demand(?:s|ed)?|requir(?:e|es|ed)|seek(?:s)?|sought|envision(?:s|ed|ing)?|argu(?:e|es|ed) for|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|play(?:s|ing)? a role|stress(?:es|ed)? the (?:need|importance)|emphasi[sz](?:e|es|ed) the need|highlight(?:s|ed)? the need|accept(?:s|ed)?|embrac(?:e|es|ed)|champion(?:s|ed)?|plan(?:s|ned)? to|promis(?:e|es|ed|ing)(?: to)?|pledg(?:e|es|ed|ing)(?! to)|stand(?:s|ing)? (?:firmly )?behind|stood (?:firmly )?behind|planning(?= (?:a|an|any|the|to|such)\b)|(?:done|did|does|do|doing|carried out|completed|finished)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:detailed\s+|military\s+)?planning for|intend(?:s|ed)? to|aim(?:s|ed)? to|want(?:s|ed)?|wish(?:es)? to see|(?:would|will|to|agreed to) (?:form|create|set up|establish|build|join)|contribut(?:e|es|ed|ing) to|broker(?:s|ed|ing)?|play(?:s|ed|ing)? (?:its|their|a|an|his|her|our) ["“]?(?:(?:full|leading|key|major) )?(?:part|role)["”]? in|d(?:o|oes|id|oing) (?:its|their|his|her|our) ["“]?(?:(?:full|fair) )?(?:part|share|bit)["”]? (?:in|for)|sign(?:s|ed|ing)?(?! (?:there |jointly |also )?by\b)|put (?:their|his|her|its) (?:names?|signatures?) to|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|remain(?:s|ed)? (?:in|part of|a member of)|agree(?:s|d)? (?:on|upon|with)|(?:need(?:s|ed)?|must have|should have)(?= ["“]?(?:a|an|the|any|some|U\.S\.|US|American|Western|security|robust|strong|credible|iron-?clad|firm|real|lasting|guarantees)\b)`),
  // "the EU adopted new sanctions", "parliament approved the deal": a body that adopts, approves or ratifies a measure
  // backs it (the passive "approved by" is read below).
  t('SUPPORTS', 1, String.raw`(?:adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying))(?! by\b)`, { gate: /adopt|approv|ratif/i }),
  // "announced new sanctions on Russia", "imposed its first sanctions on Moscow", "slapped tariffs on", "rolled out a
  // fresh package of sanctions": a state that puts a punitive measure into force backs it (announcing a plan or a force
  // is proposing it: read above).
  t('SUPPORTS', 1, String.raw`(?:announc(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|slap(?:s|ped|ping)?|lev(?:y|ies|ied|ying)|roll(?:s|ed|ing)? out)(?= (?:[\w-]+ ){0,4}?(?:sanctions|tariffs|embargo|price cap)\b)`, { affirmOnly: true, gate: /sanction|tariff|embargo|price cap/i }),
  // "Zelensky asked the allies for more Patriots": what one asks others for is wanted (not "asked X for her view").
  t('SUPPORTS', 1, String.raw`(?<!\b(?:was|were|been|being|be) )ask(?:s|ed|ing)? (?:[^.;,"“”]{1,60}? )?for(?! (?:(?:her|his|their|its|our|a|an|the|more) )?(?:views?|opinions?|comments?|thoughts|reactions?|responses?|details|clarification|positions?|assessments?|explanations?|time|patience|help|advice|permission|a meeting|talks)\b)`, { spans: true, gate: /\bask/i }),
  // "made the case for the force", "is pushing hard for it", "hopes the force will deploy", "will send 500 soldiers to
  // the force": arguing, pressing or hoping for a thing, and committing a number of troops to it, back it.
  t('SUPPORTS', 1, String.raw`ma(?:de|ke|kes|king) (?:the|a|its|his|her|their) (?:\w+ )?case for|push(?:es|ed|ing)? (?:hard|harder|strongly|again) for|hop(?:e|es|ed|ing)(?: that| for)?(?= (?:the|a|an) )`, { gate: /case for|hard(?:er)? for|strongly for|again for|\bhop/i }),
  t('SUPPORTS', 1, String.raw`(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|commit|commits|committed|contribute|contributes|contributed|offer|offers|offered|pledge|pledges|pledged|promise|promises|promised) (?:up to |around |about |some |more than |another |a further )?(?:\d[\d,]*|a few|several|hundreds of|thousands of|one|two|three|four|five|six|seven|eight|nine|ten|a thousand|a hundred) (?:[\w-]+ )?(?:troops|soldiers|personnel|jets|ships|aircraft|planes|instructors|trainers|engineers|warships|fighter jets) (?:to|for)`, { gate: /^(?=.*\b(?:troops|soldiers|personnel|jets|ships|aircraft|planes|instructors|trainers|engineers|warships)\b)(?=.*(?:\d|\b(?:a few|several|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|a thousand|a hundred)\b))/is }),
  // "the US would provide security guarantees", "would help Europe provide them", "will be part of the force": what a
  // state says it will provide, or be part of, it backs.
  t('SUPPORTS', 1, String.raw`(?:would|will|shall|could|can|to) (?:also )?(?:help (?:(?:to|Europe|Ukraine|Kyiv|them|allies|the Europeans) )?)?(?:provide|offer|give|extend|supply)(?= (?:a|an|the|security|robust|firm|credible|strong|legally|binding|long-term|air|naval|more|additional|\d)\b)|(?:would|will|shall|could|can|to) (?:also )?be (?:a )?part of`, { gate: /provide|offer|give|extend|supply|part of/i }),
  // "guarantees had to be credible, and France would play its part", "Britain will play its full part in them": a part
  // played in what the sentence is about, named before it.
  t('SUPPORTS', 1, String.raw`pla(?:y|ys|yed|ying) (?:its|their|his|her|our) (?:full |own |fair )?["“]?part["”]?(?:(?=\s*[.;]|\s*,\s*(?:he|she|they|it)\s+(?:said|says|added))| in (?:it|them|this|that)\b)`, { topical: true, gate: /\bpla(?:y|ys|yed|ying)\b/i }),
  // "Europe must have a seat at the table", "would not get a seat at the negotiating table": having or getting the
  // seat is the holder's want (for the one who says so; "would not have": against it).
  t('SUPPORTS', 1, String.raw`(?:have|has|get|gets|got|given|deserves?|secure[sd]?|wants?|wanted)(?= (?:a|an|its|their|our) ["“]?seat at the)`, { gate: /\bseat\b/i }),
  // "Germany will take part in security guarantees", "would participate in the air shield": taking part in what is not
  // a force (those are read above) backs it too.
  t('SUPPORTS', 1, String.raw`(?:(?:take|takes|took|taking) part in|participat(?:e|es|ed|ing) in)(?= (?:(?:the|any|such|future|these|those|its|their|a|an)\s+)*["“]?(?:[\w-]+ ){0,2}?(?:guarantees?|backstop|shield|monitoring|coalition|umbrella|air policing)\b)`, { gate: /part in|participat/i }),
  // "would run the logistics hub", "will serve as the logistics base for the force", "offers its airports as the
  // logistics hub": a state that would be, run or host the rear base a force is supplied through backs that base
  // ("would never host it": not; "offered to serve as the logistics hub" is no proposal of its own).
  t('SUPPORTS', 1, String.raw`(?:would|will|shall|could|can|to) (?:also |instead |then )?(?:be|become|serve as|act as|run|host|operate|be responsible for|take charge of)(?= (?:a|an|the|its|their) (?:[\w-]+ )?logistics? (?:hub|base|centre|center|node)s?\b)|offer(?:s|ed|ing)? (?:[^.;:"“”]{1,40}? )?as(?= (?:a|an|the) (?:[\w-]+ )?logistics? (?:hub|base|centre|center|node)s?\b)`, { spans: true, gate: /logistic/i }),
  // "said there was no need for a force": a thing not needed is not wanted; nor is one a state "sees no role for".
  t('OPPOSES', -1, String.raw`no need for|(?:is|are|was|were|would be) (?:not|no longer) needed|(?:see|sees|saw|seeing|seen) no (?:role|place|point|reason|case|future|room) for`, { gate: /no need|needed|\bno (?:role|place|point|reason|case|future|room) for/i }),
  t('SUPPORTS', 1, String.raw`worth (?:serious |careful )?(?:consideration|considering|exploring|having|pursuing|trying)|(?:ready|willing|prepared|open|available) to (?:(?:do|consider|discuss|looking at|looking into|considering|discussing)\s+)?(?:it|that|this|the idea)`, { topical: true, gate: /worth|ready|willing|prepared|open|available/i }),
  t('SUPPORTS', 1, String.raw`(?:led|backed|supported|endorsed|championed|promoted|pushed|favou?red|signed(?: there| jointly| also)?) by`, { passive: true }),
  // "the guarantees were agreed by Norway and Denmark", "the plan has the full backing of Finland": the agent after
  // "by" / "of" holds the stance on the proposal before.
  t('SUPPORTS', 1, String.raw`(?:agreed|accepted|approved|adopted|welcomed|embraced) by|(?:has|had|have|won|wins|enjoys|enjoyed|gained|secured|received) (?:the )?(?:(?:full|strong|broad|firm|explicit|public) )?(?:support|backing|endorsement|approval) of`, { passive: true, gate: /agreed|accepted|approv|adopted|welcomed|embraced|support|backing|endorsement/i }),
  // "came out against the plan"; "Ivo Marek and Lena Holt announced plans for a headquarters": announcing one's plans
  // for a thing proposes it.
  t('OPPOSES', -1, String.raw`c(?:ame|omes?|oming) out (?:\w+ )?against`),
  // "came out for the loan", "has come out strongly in favour of it": the same idiom the other way.
  t('SUPPORTS', 1, String.raw`c(?:ame|omes?|oming) out (?:\w+ly )?(?:for|in favou?r of|in support of)`, { gate: /\bc(?:ame|omes?|oming) out\b/i }),
  t('PROPOSED', 1, String.raw`announc(?:e|es|ed|ing) (?:(?:their|its|his|her|joint|new) )?(?:plans?|proposals?) for|announc(?:e|es|ed|ing)(?= (?:a|an) ["“]?[A-Za-z-]+(?: [A-Za-z-]+){0,2} ?["”]?(?:force|mission|coalition|plan|initiative|zone|fund|headquarters)\b)`),
  // "will keep working with partners on guarantees", "planners were working together on the force": working on a
  // thing jointly with others is taking part in it (working on it alone is drafting it: PROPOSED above).
  t('SUPPORTS', 1, String.raw`(?:working|worked|work|works) (?:(?:together|jointly|side by side)|(?:closely )?with (?:(?:its|their|our|his|her|the|other|European|Western|international|key) )?(?:partners|allies|counterparts|others))(?: (?:closely|intensively|hard))? on`),
  // "the United States would help Europe with guarantees": helping with a thing backs it.
  t('SUPPORTS', 1, String.raw`help(?:s|ed|ing)? (?:(?:Europe|Ukraine|Kyiv|them|it|the [a-z]+|its [a-z]+) )?with(?= (?:the |a |an |any |its |their )?["“]?[A-Za-z])`, { gate: /help/i }),
  // "would not exclude a European force": excluding is refusing; "not" before it makes it an opening.
  t('OPPOSES', -1, String.raw`exclud(?:e|es|ed|ing)(?= (?:a|an|the|any|such a|sending|deploying)\b| (?:[\w.-]+ ){1,2}(?:troops|soldiers|forces|boots)\b)`),
  // A lookbehind is checked after the words it stands before ("meeting(?<=,\smeeting)"), not at every position of the
  // sentence: the same matches, a fifth of the time.
  t('MET_WITH', 1, String.raw`met(?: with)?|meets(?: with)?|meeting with|summit with|(?:blow-up|bust-up|row|clash|showdown|shouting match|(?:angry|bruising|heated|testy|tense|fiery|acrimonious|public|televised) exchange) with|rang|phoned|telephoned|hugged|embraced|meeting(?<=,\smeeting)(?! with)|received|(?:sat|sitting|seated|stood|standing) (?:beside|next to|opposite|across from)|called|(?:sat|sit|sits|sitting) down with|sat with|(?:held |hold |holds )?talks with|(?:spoke|spoken|speaks|talked)(?: (?:by|on the) (?:phone|telephone|video(?: link)?))? (?:with|to)|(?:briefed|updated|reported to)(?= [^.;,]{1,40}? (?:by|on the|over the) (?:phone|telephone|video))|(?:had|has|have) (?:a (?:working )?)?(?:lunch|dinner|breakfast) with|welcomed|greeted|(?:phone )?call with|(?:made|placed|put in) (?:a |an )?(?:[\w-]+ )?(?:phone |telephone )?calls? to|made to(?<=\bcalls? (?:that |which )?(?:[\w.’'-]+ ){1,4}made to)|visited(?! by)|hosted(?! by)|hosts(?! by| (?:a|an|the|its|their|his|her)\b)|phones|telephones|discussed (?:[\w’']+ ){0,4}?with|(?:was|were) (?:received|welcomed|greeted|embraced|hugged|hosted)(?: (?:warmly|personally|with (?:a|an) (?:hug|embrace|handshake)))? by|spent (?:[\w-]+ ){0,3}?(?:hours?|minutes|days?|evening|morning|afternoon) (?:(?:talking|speaking|on the (?:phone|telephone)) )?(?:with|to)|(?:(?:held|hold|holds|gave|give|gives|had|have|has) (?:a )?)?joint (?:press|news) (?:conference|appearance|briefing) with`),
  // "After meeting X, Y said…", "travelled to Oslo on Monday to meet X", "told X in a call that…": a meeting told by a
  // fronted participle (its subject after the comma), by a journey's purpose, or by a call words were said in.
  t('MET_WITH', 1, String.raw`(?<=\b(?:After|Before|Following|Since|When|While) )(?:meeting|hosting|receiving|visiting|calling|phoning)(?= (?:the )?[A-Z])|(?<=\b(?:travel{1,2}ed|flew|went|came|headed|arrived|returned)\b[^.;]{0,60}? )to (?:meet(?: with)?|telephone|phone)|told(?= [A-Z][^.;"“]{0,40}? (?:in|during|on|over) (?:a|the) (?:phone |telephone |video )?(?:call|conversation)\b)`, { gate: /\b(?:After|Before|Following|Since|When|While) (?:meeting|hosting|receiving|visiting|calling|phoning)|to (?:meet|telephone|phone)|\b(?:call|conversation)\b/i }),
  // "Driscoll presented the document to Zelensky in Kyiv": handing a text over in person is a meeting.
  t('MET_WITH', 1, String.raw`(?:presented|handed|delivered)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:document|plan|letter|proposal|draft|text|memorandum|message)\s+(?:in person\s+)?to`, { spans: true, gate: /presented|handed|delivered/i }),
  // "signed a 100-year partnership with X", "raised the idea with X": the thing signed or raised may sit inside.
  t('MET_WITH', 1, String.raw`raised (?:it|this|that|the (?:idea|issue|matter|proposal)) (?:[\w’']+ ){0,6}?with|signed (?:[\w’'-]+ ){0,5}?with`, { spans: true }),
  // Also past the place and the day ("talks in Berlin on Sunday and Monday between …").
  t('MET_WITH', 1, String.raw`(?:talks|meeting|call|phone call|summit|conversation)(?: in [A-Z][a-z]+(?:-[A-Z][a-z]+)?)?(?: on (?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|\d{1,2} [A-Z][a-z]+)(?: and (?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|\d{1,2} [A-Z][a-z]+))?)? between`, { between: true, spans: true, gate: /between/i }),
  // "Lavrov and Rubio held four hours of talks", "the two men met": the coordinated subjects met each other.
  t('MET_WITH', 1, String.raw`(?:held|hold|holds|had) (?:[\w-]+ ){0,5}?(?:talks|meeting|a call|a phone call)(?! (?:with|between)\b)|met(?= (?:on|in|at|for|last|this|yesterday|earlier)\b|[.,;])|(?:sat|stood|met|talked|spoke) (?:(?:facing|opposite|across from|with|to) )?each other|(?:spoke|talked) (?:by|on the) (?:phone|telephone)(?! (?:with|to)\b)|(?:spoke|talked|speak|talk) for (?:(?:just|nearly|almost|about|around|roughly|some|more than|over|under|less than)\s+)*(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|ninety|several|\d+)\s+(?:hours?|minutes)\b|shook hands|co-host(?:s|ed)|(?:led|headed) (?:their|the two) (?:respective )?delegations|spent (?:[\w-]+ ){0,4}?(?:hours?|minutes|days?|evening|morning|afternoon) together|(?:sat|sit|sits|sitting) down together|met together|meet(?= (?:on|in|at|before|after|for|face to face)\b)`, { reciprocal: true, gate: /talk|call|met|meet|each other|phone|spoke|speak|shook hands|co-host|delegations|together/i }),
  t('MET_WITH', 1, String.raw`(?:talks|meeting|negotiations|summit)\b[^;]{0,140}?\binvolving`, { between: true, spans: true }),
];

/** Words between the actor and the trigger that negate it ("does not intend to", "refused to"). */
// "does not exclude sending troops": excluding is a negation too, so "not exclude" reads as a stance for.
// "have no legal right and no moral right to give away our land": one denial, however many rights it names.
// "denied (any) plans to send troops" reads as "no plans to".
export const NEGATION = /\bno (?:\w+ )?right(?: and no (?:\w+ )?right)? to\b|\bno question of\b|\b(?:not|never|exclud(?:e|es|ed|ing)|no one|nobody|no longer|no ["“]?plans?["”]? to|den(?:y|ies|ied|ying)(?=\s+(?:any\s+)?(?:plans?\s+to\s+)?$)|no intention (?:of|to)|refus(?:e|es|ed) to|declin(?:e|es|ed) to|unwilling to|unlikely to|reluctant to|cannot|failed to|nor)\b|\bno(?=\s*$)|n['’]t\b/gi;

/** Words that weaken a claim without reversing it (context, not a condition). */
export const HEDGE = /\b(?:may|might|could|possibly|potentially|would consider|open to|willing to consider|cautious(?:ly)?|in principle)\b/i;

/** The month May, which HEDGE would read as the modal: "a vote due by May", "on 9 May", "the May summit". */
export const MONTH_MAY = /\b(?:in|by|since|until|till|from|of|early|late|mid|mid-|last|next|this|through|before|after|during|on|the)\s+May\b|\bMay\s+\d|\d(?:st|nd|rd|th)?\s+May\b/gi;

/** A condition put on a stance, to the end of its clause: "only with a U.S. backstop", "provided the U.S. helps". */
export const CONDITION = /\b(?:only (?:with|if|once|after|under|as part of)|provided(?: that)?|on condition that|as long as|depend(?:s|ing)? on|unless|if)\b[^,;.:—–]{3,80}/i;

/** Reporting verbs: "X said that Y would..." makes X a source of Y's stance too. */
export const REPORTING = /\b(?:said|says|stated|states|told|confirmed|confirms|emphasi[sz]ed|stressed|added|argued|noted|announced|insisted|indicated)\b(?:[^,.;]{0,30})?\s+that\s+$/;

/** The head of a reported clause right before its subject: "Zelensky said again that ", "he told leaders that the ". */
export const REPORTED_LEAD = /\b(?:said|says|say|stated|added|argued|insisted|stressed|affirmed|declared|repeated|reiterated|confirmed|promised|agreed|agree|agrees|told\s+[\w-]+(?:\s+[\w-]+)??|assured\s+[\w-]+(?:\s+[\w-]+)??)(?:[^.;:"“”]{0,40}?\s+that|\s+(?:again|on\s+\w+|this\s+\w+|last\s+\w+|today|yesterday))?\s+(?:(?:the|any|a|an|its|their|his|her|our)\s+)?(?:(?:[\p{L}’']+\s+){0,2}(?:plans?|proposals?|idea)\s+(?:for|of)\s+(?:(?:a|an|the)\s+)?|(?:planning|preparations?|work|(?:the\s+)?document|(?:the\s+|its\s+|their\s+)?contribution(?:\s+of\s+\p{Lu}[\p{L}-]+)?)\s+(?:for|on|to)\s+(?:(?:a|an|the)\s+)?)?["“]?$/iu;
/** A favourable verdict on the subject of a reported clause: "security guarantees must be agreed before…", "the force
 *  can be deployed from the first hour", "the guarantees were “100 per cent agreed”". */
export const VERDICT_FOR = /^["”]?(?:\s+(?:for|in|of|to|with)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+["“]?(?:(?:must|should|has to|have to|had to|needs? to|will have to|would have to)\s+(?:\w+ly\s+)?(?:not\s+)?be\s+["“]?(?:agreed|signed|in place|real|put in place|ready|strong|robust|credible|established|finali[sz]ed|implemented|binding|legally binding|iron-?clad|part of|(?:backed|underpinned|supported|guaranteed) by|the (?:starting point|basis|foundation|point of departure))|(?:(?:would|will|could|can)\s+(?:\w+ly\s+)?(?:not\s+|never\s+)?|cannot\s+)["“]?(?:be ready|be deployed|deploy|go ahead|need|require|be (?:needed|required|necessary|essential|vital|indispensable|acceptable|accepted))|(?:is|are|was|were|remains?|remained)\s+["“]?(?:[\w%-]+\s+){0,3}?["“]?(?:agreed|ready to go|ready|on track|within reach|acceptable)|(?:stands?|stood|remains?|remained)\s+ready\s+to\s+(?:deploy|go|act|move)|(?:must|should|has to|have to|needs? to|will have to)\s+come\s+first|(?:continued|continues|(?:is|are|was|were)\s+(?:continuing|progressing|advancing|under\s?way|(?:moving|going|pressing)\s+(?:ahead|forward)|making\s+(?:\w+\s+)?progress))|(?:would|will)\s+(?:count|include|comprise))\b/iu;
