// Relations stated in a sentence: role appositions give REPRESENTS; trigger patterns give SUPPORTS, OPPOSES,
// PROPOSED and MET_WITH between the actor before the trigger and the proposal or actor after it.
import type { RelationType } from '../types';
import type { Mention, Sentence } from './types';
import { ROLE_HEADS, ROLE_MODIFIERS } from './lexicon';
import { CONCEPTS } from './proposals';
import { TRIGGERS, NEGATION, HEDGE } from './triggers';

export interface SentenceRelation {
  type: RelationType;
  source: string;
  target: string;
  role?: string;
  qualifier?: string;
}

const ACTOR = new Set(['PERSON', 'COUNTRY', 'INSTITUTION']);
const BODY = new Set(['COUNTRY', 'INSTITUTION']);
const isActor = (m: Mention) => ACTOR.has(m.type) && !m.location;
const conceptNames = new Set(CONCEPTS.map((c) => c.name));

/** An office written as words ("Defense Minister", "former Commanding General"), or undefined. */
function office(words: string): string | undefined {
  const ws = words.trim().replace(/\.$/, '').split(/\s+/).filter(Boolean);
  if (!ws.length || ws.length > 5) return undefined;
  const lower = ws.map((w) => w.toLowerCase().replace(/\.$/, ''));
  if (!lower.every((w) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w))) return undefined;
  const ofWhat = lower.length > 2 && lower[lower.length - 2] === 'of' && /^(?:state|defen[cs]e|staff)$/.test(lower[lower.length - 1]);
  if (!ROLE_HEADS.has(lower[lower.length - 1]) && !ofWhat) return undefined;
  const role = words.trim();
  return role[0].toUpperCase() + role.slice(1);
}

/** REPRESENTS from appositions; marks the body mentions as appositive so they are not read as subjects. */
export function roleRelations(text: string, ms: Mention[]): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  ms.forEach((p, i) => {
    if (p.type !== 'PERSON') return;
    const before = ms[i - 1];
    // A: "Estonia's Defense Minister Hanno Pevkur", "Polish Prime Minister Donald Tusk", "Kremlin spokesman Dmitry Peskov".
    if (before && BODY.has(before.type)) {
      const gap = /^(?:[’']s)?\s+([\p{L}.\s-]+?)\s+$/u.exec(text.slice(before.end, p.start));
      const role = gap && office(gap[1]);
      if (role) {
        before.appositive = true;
        out.push({ type: 'REPRESENTS', source: p.key, target: before.key, role });
      }
    }
    const after = ms[i + 1];
    if (!after || !BODY.has(after.type)) return;
    const gap = text.slice(p.end, after.start);
    // B: "Hanno Pevkur, Estonia's defense minister".
    if (/^(?:[’']s)?,\s+(?:the\s+)?$/.test(gap)) {
      const tail = /^[’']s\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\b/u.exec(text.slice(after.end));
      const role = tail && [3, 2, 1].map((n) => office(tail[1].split(/\s+/).slice(0, n).join(' '))).find(Boolean);
      if (role) {
        after.appositive = true;
        out.push({ type: 'REPRESENTS', source: p.key, target: after.key, role });
      }
    }
    // C: "Keir Starmer, Prime Minister of the United Kingdom", "Ben Hodges, the former Commanding General of U.S. Army Europe".
    const of = /^,\s+(?:the\s+)?([\p{L}.\s-]+?)\s+(?:of|at)\s+(?:the\s+)?$/u.exec(gap);
    const role = of && office(of[1]);
    if (role) {
      after.appositive = true;
      out.push({ type: 'REPRESENTS', source: p.key, target: after.key, role });
    }
  });
  return out;
}

/** Actors joined to `m` by "and" / commas just before it ("Britain and France"). */
function coordinated(text: string, ms: Mention[], m: Mention, direction: -1 | 1): Mention[] {
  const group = [m];
  let i = ms.indexOf(m);
  for (;;) {
    let step = i + direction;
    while (ms[step]?.appositive) step += direction;
    const next = ms[step];
    if (!next || !isActor(next)) break;
    // "Trump and Russian President Vladimir Putin": an apposition between the two does not break the coordination.
    const raw = direction < 0 ? text.slice(next.end, ms[i].start) : text.slice(ms[i].end, next.start);
    const gap = step === i + direction ? raw : raw.replace(/(?:\s+(?:[\p{Lu}][\p{L}.’'-]*|of|the))+\s*$/u, ' ');
    if (!/^(?:[’']s)?\s*(?:,|,?\s+and|,?\s+or|\s+as well as)\s+(?:the\s+)?$/.test(gap) && !/^,\s*$/.test(gap)) break;
    group.push(next);
    i = step;
  }
  return group;
}

/** Actors inside an introductory adverbial ("In December, before Trump took office, ...") are not the subject. */
function adverbial(text: string, from: number, m: Mention): boolean {
  const segmentStart = Math.max(from, text.lastIndexOf(',', m.start) + 1);
  const segment = text.slice(segmentStart, m.start).trim();
  return /^(?:before|after|when|while|although|though|since|if|because|once|until|unlike|despite|during|amid|as)\b/i.test(segment) && text.indexOf(',', m.end) !== -1;
}

/** "U.S. security priorities": a country name used as an adjective before a noun is not an actor. */
function modifierUse(text: string, m: Mention): boolean {
  if (/^[’']s\b/.test(text.slice(m.end, m.end + 3))) return true;
  if (m.type !== 'COUNTRY' || m.source === 'demonym') return false;
  const next = /^\s+([a-z]+)/.exec(text.slice(m.end))?.[1];
  return next !== undefined && MODIFIED_NOUNS.test(next);
}
const MODIFIED_NOUNS = /^(?:security|military|defen[cs]e|priorities|policy|policies|forces|troops|army|commitments?|support|involvement|aid|interests|strategy|administration|position|stance|economy|officials|government|leadership|intelligence|air|ground|border|borders|capabilities|partners|allies|pressure|statements)$/;

export interface RelationContext {
  /** The last person who acted in an earlier sentence, for "he" / "she". */
  lastPerson?: Mention;
}

/** Relations stated by trigger patterns in one sentence. */
export function triggerRelations(text: string, sentence: Sentence, ms: Mention[], ctx: RelationContext): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  const consumed = new Set<Mention>();
  const inside = (start: number, end: number) => ms.some((m) => m.start < end && start < m.end && !(m.type === 'PROPOSAL' && m.act));
  const clauseStart = (pos: number) =>
    Math.max(sentence.start, ...[';', '—', ' – ', ': '].map((c) => [text.lastIndexOf(c, pos - 1), c.length]).filter(([at]) => at >= 0).map(([at, n]) => at + n).filter((x) => x <= pos));

  const subjectsBefore = (pos: number): Mention[] => {
    const from = clauseStart(pos);
    const actors = ms.filter((m) => isActor(m) && !m.appositive && m.end <= pos && m.start >= from && pos - m.end < 160 && !adverbial(text, from, m) && !modifierUse(text, m));
    const pronoun = /\b(?:he|she)\b[^,.;]*$/i.exec(text.slice(from, pos));
    const last = actors[actors.length - 1];
    if (pronoun && (!last || last.end <= from + pronoun.index)) {
      const earlier = [...ms].reverse().find((m) => m.type === 'PERSON' && !m.appositive && m.end <= from + pronoun.index);
      const antecedent = earlier ?? ctx.lastPerson;
      if (antecedent) return [antecedent];
    }
    if (!last) return [];
    const subjects = coordinated(text, ms, last, -1);
    // "Pistorius said that Germany may consider...": the speaker holds the stance too.
    const speaker = actors.find((a) => a.type === 'PERSON' && a !== last && /\b(?:said|says|stated|confirmed|emphasi[sz]ed|stressed|added|argued|noted|announced|insisted)(?:\s+(?:on|in)\s+[\w.]+(?:\s+\d+)?)?\s+(?:that\s+)?(?:the\s+)?$/.test(text.slice(a.end, last.start)));
    if (speaker) subjects.push(speaker);
    return subjects;
  };
  const polarityCues = (from: number, to: number) => {
    const window = text.slice(from, to);
    const negations = [...window.matchAll(NEGATION)].length;
    return { flip: negations % 2 === 1, hedge: HEDGE.exec(window)?.[0] };
  };
  const emit = (type: RelationType, subjects: Mention[], target: Mention, polarity: number, hedge?: string) => {
    let kind = type;
    if (type === 'SUPPORTS' || type === 'OPPOSES') kind = polarity > 0 ? 'SUPPORTS' : 'OPPOSES';
    else if (type === 'PROPOSED' && polarity < 0) kind = 'OPPOSES';
    for (const s of subjects) if (s.key !== target.key) out.push({ type: kind, source: s.key, target: target.key, ...(hedge ? { qualifier: hedge } : {}) });
  };

  for (const trigger of TRIGGERS) {
    for (const m of sentence.text.matchAll(trigger.pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (!trigger.objectInside && inside(start, end)) continue;
      if (trigger.type === 'MET_WITH') {
        const after = ms.filter((x) => isActor(x) && !x.appositive && x.start >= end && x.start - end < 80);
        if (!after.length) continue;
        const objects = coordinated(text, ms, after[0], 1);
        const subjects = trigger.between ? objects.slice(0, 1) : subjectsBefore(start);
        for (const o of trigger.between ? objects.slice(1) : objects) emit('MET_WITH', subjects, o, 1);
        continue;
      }
      if (trigger.passive) {
        const object = [...ms].reverse().find((x) => x.type === 'PROPOSAL' && x.end <= start && start - x.end < 150);
        const agent = ms.find((x) => isActor(x) && !x.appositive && x.start >= end && x.start - end < 60);
        if (object && agent) emit(trigger.type, coordinated(text, ms, agent, 1), object, trigger.polarity);
        continue;
      }
      const object = trigger.objectInside
        ? ms.find((x) => x.type === 'PROPOSAL' && x.start >= start && x.end <= end)
        : ms.find((x) => x.type === 'PROPOSAL' && x.start >= end && x.start - end < 120 && !/[;]/.test(text.slice(end, x.start)));
      if (!object) continue;
      if (trigger.consequence && !/^[^.;]{0,40}?\b(?:could|would|might|will|may)\s+(?:lead to|provoke|trigger|escalate|risk|drag|undermine|cause|spark)\b/.test(text.slice(object.end, sentence.end))) continue;
      const subjects = subjectsBefore(start);
      if (!subjects.length) continue;
      consumed.add(object);
      const cues = polarityCues(Math.max(...subjects.map((s) => s.end)), start);
      let type = trigger.type;
      if (/^call/i.test(m[0]) && trigger.type === 'SUPPORTS' && !conceptNames.has(object.name ?? '') && object.source !== 'anaphor' && /\b(?:an?|for)\s+["“]?$/.test(text.slice(end - 4, object.start))) type = 'PROPOSED';
      emit(type, subjects, object, trigger.polarity * (cues.flip ? -1 : 1), cues.hedge);
    }
  }
  // "confirmed that no U.S. troops would be deployed": a denied proposal.
  for (const object of ms) {
    if (object.type !== 'PROPOSAL' || consumed.has(object)) continue;
    if (!/\bno\s+$/i.test(text.slice(object.start - 4, object.start))) continue;
    if (!/^\s+(?:would|will|should|could|can|are|is)\s+(?:be\s+)?(?:deployed|sent|stationed|involved|provided)/.test(text.slice(object.end, sentence.end))) continue;
    const subjects = subjectsBefore(object.start);
    if (subjects.length) {
      consumed.add(object);
      emit('OPPOSES', subjects, object, -1);
    }
  }
  // "Poland does not intend to send troops": the deployment phrase is itself the act.
  for (const object of ms) {
    if (!object.act || consumed.has(object)) continue;
    const subjects = subjectsBefore(object.start);
    if (!subjects.length) continue;
    const cues = polarityCues(Math.max(...subjects.map((s) => s.end)), object.start);
    emit('SUPPORTS', subjects, object, cues.flip ? -1 : 1, cues.hedge);
  }
  return out;
}
