// Page furniture out before mention finding: bylines, timestamps, photo credits, image alt text, "Related:" and
// "Read more:" link lines, tags, newsletter prompts and author notes. Masked with spaces, so offsets stay true.

import { lookupGazetteer } from './gazetteer';
import { escapeRegExp, matchesOf } from '../match-all';
import { officeholderBySurname } from './officeholders';

/** One or two full names: "Karl Ostrom and Lena Berg". */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
const NAMES = `${NAME}(?:\\s+and\\s+${NAME})?`;
/** Lines that are furniture from their first words on (after any Markdown emphasis). */
const FURNITURE_LINE = new RegExp(
  '^(?:' +
    [
      String.raw`(?:Compiled by|Words by|Written by|Reporting by|Reporting contributed by|Additional reporting by|Edited by|Editing by)\s+\p{Lu}`,
      // "Live coverage by Name", "Analysis by Name": a kind of piece, then its writers.
      String.raw`(?:Live\s+)?(?:coverage|blog|report|story|analysis|interview|text|newsletter|explainer|feature|column|commentary|briefing|fact[- ]check)\s+(?:compiled\s+|written\s+|edited\s+)?by\s+${NAMES}(?:\s*[·|;,]|$)`,
      String.raw`(?:From|Tags|Topics|Related|Read more|Read also|See also|More|Watch|Listen|Newsletter|Source|Sources)\s*:`,
      String.raw`(?:Last\s+)?(?:Updated|Published|Posted|Modified)\b`,
      String.raw`Translated from\b`,
      // Canadian and agency copy credits the reporters it drew on: "With files from Name in Ottawa", "With files from Reuters".
      String.raw`With\s+(?:files|reporting)\s+from\b`,
      // Continental papers' bylines: "From our correspondent Name — ROME", "From our special envoy Name".
      String.raw`From\s+our\s+(?:[\p{L}-]+\s+){0,2}?(?:correspondent|reporter|envoy)\b`,
      String.raw`(?:Sign up|Subscribe|Follow (?:us|the latest|our)|Forwarded this|Know someone|Got a story|Share this|Click here)\b`,
      String.raw`ENDS?$`,
    ].join('|') +
    ')',
  'iu',
);
/** A byline or dateline anywhere in a short line: "… · By Name", "· Compiled by Name", "| Published 23 January". */
const BYLINE_PART = /[·|•]\s*(?:By|Compiled by|Published|Posted|(?:Last\s+)?Updated)[\s:]|[·|•]\s*\d+\s*min(?:ute)?s?\s+read\b/iu;
/** Prompts and notes that are not reporting, wherever they sit in a short line. */
const PROMPT = /\b(?:sign up|subscribe|in your inbox|our (?:free )?(?:\w+ )?newsletter|our (?:telegram )?channel|mobile app(?:lication)?|views expressed|writes (?:about|on|for)\b|reply to this email|contributed (?:reporting )?to this (?:report|story|article)|email (?:us|tips)|the (?:author|writer) is (?:a|an|the)\b|listen to this article|this article was (?:amended|updated|corrected))/i;
/** An author's note: "Jane Roe is a senior correspondent covering Europe." */
const AUTHOR_NOTE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+is\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,5}?(?:correspondent|reporter|editor|columnist|journalist|contributor|writer|commentator)\b/u;
/** A byline without "By": "Sarah Roe, Eastern Europe correspondent", "Jan Nowak · Defence editor". */
// Or two of them: "Sarah Roe, Political correspondent, and Jan Nowak, Europe reporter".
const ROLE_BYLINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[,·|–—-]\s*(?:[\p{L}-]+\s+){0,5}?(?:correspondent|reporter|editor|columnist|writer)s?(?:,?\s+and\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[,·|–—-]\s*(?:[\p{L}-]+\s+){0,5}?(?:correspondent|reporter|editor|columnist|writer)s?)?$/iu;
/** A copyright credit: "© Name / Agency", "Copyright Agency 2025". */
const COPYRIGHT = /(?:©|\(c\)|\bCopyright\b)[^\n]*$/iu;
/** A credit at the end of a caption: "Photo: Name/Agency", "Picture by Name". */
// Also a caption's "Source: Office / Photographer" (with its colon: "a source said" is reporting).
const CREDIT = /(?:\(|\b)(?:Photo(?:graph)?s?|Picture|Image|Credit|Illustration|Video|Source(?=:))(?:\s+by)?\s*:?\s+(?=\S)(?:[^.*_\n]|\.(?!\s))*?(?:\)|(?=[*_]*\s*$))/giu;
// The words every credit and every copyright line holds (same flags): most lines have none and are not searched.
const CREDIT_WORD = /Photo|Picture|Image|Credit|Illustration|Video|Source:/iu;
/** A caption's credit in brackets, a name and its agency: "(Sean Kilpatrick/The Canadian Press)", at the caption's end. */
const BRACKET_CREDIT = /\((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*\/\s*[^()/\n]{2,60}\)(?=[*_]*\s*$)/u;
const COPYRIGHT_WORD = /©|\(c\)|Copyright/iu;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const SHORT_LINE = 240;
/** "By Name, Political Editor" alone on a short line; "By Tuesday, Vance was…" is a sentence. */
const BYLINE = /^By\s+(?:(?:our|a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:correspondent|reporter|staff|editor|desk|team)\b|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|then|now|the|a|an)\b)\p{Lu})[^.!?]*$/u;

/** A heading over a list of links to other pieces: "What we're reading", "Further reading", "Most read". */
const READING_HEADING = /^(?:What (?:we|I)(?:['’]re| are| am) (?:reading|watching|listening to)|(?:Further|Recommended|Suggested|Essential) reading|Most (?:read|popular|viewed)|More (?:from|on) (?:this|our|the)\b.*|Elsewhere|In other news|Also worth (?:reading|a read))\s*:?$/i;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/;
/** A heading over an analysis's source notes ("**Notes**", "Footnotes"), whose items ("[3] Interview with …") cite
 *  where a statement came from: credits, not reporting. */
const NOTES_HEADING = /^(?:Notes|Footnotes|Endnotes|References)\s*:?$/i;
const NOTE_ITEM = /^\s*(?:\[\d+\]|\d+[.)])\s+/;

/** The page's own title in its prompts: "You're reading Europe Unpacked.", "Thanks for reading The Alliance Letter". */
const OWN_NAME = /\b(?:You(?:['’]re| are) reading|Thanks? (?:you )?for reading|Welcome to)\s+((?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){1,3})/gu;

/** A transcript's question label with its questioner and outlet in brackets: "**Q: [Name, Outlet]**", "Q (Name):",
 *  "QUESTION [Name, Outlet]:" — reporters and their outlets, never entities (group 1 is the label, kept). */
const QUESTIONER = /^([ \t*_>]*(?:Q|QUESTION|Question|REPORTER|Reporter|JOURNALIST|Journalist)[ \t]*:?[ \t]*)([[(][^\])\n]{2,80}[\])])/gmu;

/** A byline of names alone set in italics above the story: "*Marten Kowal, Anna Berg*" (no role, no "By"). */
const NAMES_ONLY = new RegExp(String.raw`^${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,3}$`, 'u');
const EMPHASISED = /^[ \t]*[*_][^*_\n]+[*_][ \t]*$/;
/** Lines longer than this are the story's text: the header (headline, standfirst, byline) is over. */
const BODY_LINE = 160;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Space within a line: a credit never runs on to the next paragraph ("Our correspondent\n\nRussian President…"). */
const H = String.raw`[^\S\n]`;
/** A staff name as credits write it, in capitals too ("MARTIN OSEI (PRESENTER)"). */
const STAFF_NAME = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our)\b)\p{Lu}[\p{L}'’-]+(?:${H}+\p{Lu}[\p{L}'’-]+){1,2}`;
// Where a page names who made it: "· Interview by Name", "Presented by Name." and "By Name, Europe desk" in a credit
// line, "Presenter: Name", "NAME (PRESENTER):" in a transcript, "our correspondent Name". Only at a line's start, after
// a separator, or after a sentence of a line set wholly in italics (a standfirst or a credit), never "a summit
// hosted by Name" in a paragraph.
// Also a newsletter's standfirst: "This week by Name and Name.", "Today's edition by Name".
const STAFF_LEAD = String.raw`(?:(?:Live${H}+)?(?:[Cc]overage|[Ii]nterview|[Ee]dited|[Pp]resented|[Hh]osted|[Rr]eporting|[Ww]ritten|[Cc]ompiled|[Ww]ords|[Pp]hotos?|[Pp]ictures?|[Tt]ext|[Ee]dition|[Ii]ssue|[Tt]his${H}+(?:week|edition|issue))${H}+by|By)${H}+`;
// Writers filed from several places: "By A and B in Brussels and C in Frankfurt".
const FILED_IN = String.raw`(?:${H}+in${H}+\p{Lu}[\p{L}-]+)?`;
const STAFF_AT = new RegExp(String.raw`(?:^[ \t*_]*|[·|•]${H}*|(?<=^[ \t*_]*[*_][^*_\n]*[.?!]${H}+))${STAFF_LEAD}(${STAFF_NAME})(?:${H}+and${H}+(${STAFF_NAME}))?${FILED_IN}(?:${H}+and${H}+(${STAFF_NAME}))?`, 'gmu');
const STAFF_ROLE = new RegExp(String.raw`\b(?:[Pp]resenter|[Aa]nchor|[Ii]nterviewer|[Mm]oderator|[Rr]apporteur|PRESENTER|ANCHOR|INTERVIEWER)${H}*:${H}*(?:\*\*|__)?(${STAFF_NAME})|(${STAFF_NAME})${H}*\((?:[Pp]resenter|[Hh]ost|[Aa]nchor|[Ii]nterviewer|[Rr]eporter|[Cc]orrespondent|PRESENTER|HOST|ANCHOR|INTERVIEWER|REPORTER|CORRESPONDENT)\)|\b[Oo]ur${H}+(?:[\p{L}-]+${H}+){0,2}?(?:correspondent|reporter),?${H}+(${STAFF_NAME})`, 'gu');
// A programme's credits list its staff under a label: "Correspondents: A (London), B (Kyiv). Producer: C."
const STAFF_ITEM = String.raw`${STAFF_NAME}(?:${H}*\([^()\n]{1,30}\))?`;
const STAFF_LIST = new RegExp(String.raw`\b(?:[Pp]roducers?|[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?|[Cc]amera|PRODUCERS?|CORRESPONDENTS?|REPORTERS?)${H}*:${H}*(${STAFF_ITEM}(?:${H}*(?:,|and)${H}*${STAFF_ITEM})*)`, 'gu');
const STAFF_ITEM_NAME = new RegExp(STAFF_NAME, 'gu');
// "Explainer · Name · 23 February": the kind of piece, then its writer between separators.
const STAFF_KIND = new RegExp(String.raw`^[ \t*_]*(?:Explainer|Analysis|Opinion|Comment|Column|Interview|Newsletter|Briefing|Feature|Fact[- ]check|Q&A|Live)${H}*[·|•]${H}*(${STAFF_NAME})${H}*(?=[·|•,*_]|$)`, 'gmu');
const STAFF_WORD = /\bby\s|[·|•]|presenter|anchor|interviewer|moderator|rapporteur|\((?:host|reporter|correspondent)\)|\bour\s.*(?:correspondent|reporter)|(?:producers?|correspondents?|reporters?|editors?|camera)\s*:/i;

/** The names a page gives its own reporters, presenters and editors: no entities wherever the article names them. */
function staffNames(text: string): string[] {
  if (!STAFF_WORD.test(text)) return [];
  const names = new Set<string>();
  const listed = matchesOf(text, STAFF_LIST).map((m) => [m[0], ...matchesOf(m[1], STAFF_ITEM_NAME).map((n) => n[0])]);
  for (const m of [...matchesOf(text, STAFF_AT), ...matchesOf(text, STAFF_ROLE), ...matchesOf(text, STAFF_KIND), ...listed]) {
    for (const name of m.slice(1)) {
      // A politician signing a piece is still the politician ("By Keir Starmer").
      if (name && !officeholderBySurname(name.split(/\s+/).pop()!)) names.add(name);
    }
  }
  return [...names];
}

/** `text` with its page furniture replaced by spaces (same length, same line breaks). */
export function maskFurniture(text: string): string {
  let out = text.replace(IMAGE, blank).replace(QUESTIONER, (_, label: string, who: string) => label + blank(who));
  // A newsletter's or a blog's own name is no entity wherever it appears (its headline included).
  for (const [, name] of matchesOf(text, OWN_NAME)) if (!lookupGazetteer(name)) out = out.split(name).join(blank(name));
  // Inside a reading list (its heading, then list items up to the first other line) every item is a link.
  let reading = false;
  let notes = false;
  let header = true;
  out = out.replace(/[^\n]+/g, (line) => {
    // Emphasis anywhere in the line is markup, not words: "By **Gary Penhallow**, Political Editor".
    const bare = line.replace(/^[\s*_#>(]+|[\s*_)]+$/g, '').replace(/(\*\*|__)([^*_\n]+)\1/g, '$2');
    if (!bare) return line;
    if (header && bare.length > BODY_LINE) header = false;
    if (header && EMPHASISED.test(line) && NAMES_ONLY.test(bare) && !bare.split(/\s*(?:,|and|&)\s*/).some((n) => officeholderBySurname(n.split(/\s+/).pop()!))) return blank(line);
    if (READING_HEADING.test(bare)) {
      reading = true;
      return blank(line);
    }
    if (NOTES_HEADING.test(bare)) {
      notes = true;
      return line;
    }
    if ((reading && LIST_ITEM.test(line)) || (notes && NOTE_ITEM.test(line))) return blank(line);
    reading = false;
    notes = false;
    if (FURNITURE_LINE.test(bare) || (bare.length < 120 && (BYLINE.test(bare) || ROLE_BYLINE.test(bare))) || (bare.length < SHORT_LINE && (BYLINE_PART.test(bare) || PROMPT.test(bare) || AUTHOR_NOTE.test(bare)))) return blank(line);
    if (COPYRIGHT_WORD.test(line) && COPYRIGHT.test(line) && line.length - (COPYRIGHT.exec(line)?.index ?? 0) < SHORT_LINE) line = line.replace(COPYRIGHT, blank);
    // Captions keep their words; only the credit goes ("Leaders at the table. Photo: Name/Pool").
    if (line.includes('/')) line = line.replace(BRACKET_CREDIT, blank);
    if (!CREDIT_WORD.test(line)) return line;
    return line.replace(CREDIT, (credit) => (/^\(|[/]|\b(?:Pool|Handout|Getty|AFP|Reuters|AP|EPA|via|press service|TV grab)\b|^\S+\s*:/i.test(credit) ? blank(credit) : credit));
  });
  const staff = staffNames(text);
  if (staff.length) out = out.replace(new RegExp(String.raw`(?<![\p{L}])(?:${staff.map(escapeRegExp).join('|')})(?![\p{L}])`, 'giu'), blank);
  return out;
}
