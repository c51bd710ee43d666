// Entity resolution within an article and against the catalog: a bare surname, a spelling variant, a demonym or a
// seat of government joins the entity it names; new entities get a stable slug id; "the plan" joins its antecedent.
import type { Entity } from '../types';
import { fold as foldName } from './fold';
import { entityId } from './entity-id';
import { catalogIndex, sameFirstName, sameSurname } from './catalog-index';
import { GIVEN_NAME_HONORIFICS, isFirstName } from './lexicon';
import { officeholderByGivenName, officeholderBySurname } from './officeholders';
import { gazetteerSurfaces } from './gazetteer';
import { CONCEPTS, conceptOf } from './proposals';
import type { Mention, RawMention, ResolvedEntity } from './types';

interface Person {
  first: string;
  surname: string;
  names: string[];
}

const isPatronymic = (p: string[]) => p.length === 2 && /(?:ovich|evich|ovna|evna|ichna)$/.test(p[1]);
const parts = (name: string) => foldName(name).split(' ').filter((w) => !['bin', 'ibn', 'al', 'von', 'van', 'der', 'de', 'da'].includes(w) || false);
// "The debate" in a report on the deployment debate is that debate.
const FORCE_HEADS = new Set(['force', 'mission', 'contingent', 'operation', 'contribution', 'deployment', 'participation', 'debate', 'discussion']);
const OWN_KIND_HEADS = new Set(['loan']);
const DOCUMENT_HEADS = new Set(['draft', 'blueprint', 'text', 'document']);
const DOCUMENT_OF = /\b(?:plan|draft|proposal|blueprint|framework|memorandum|initiative)\b/i;
const INDEFINITE = /^an?\s/i;
const FORCE_WORD = /\bforces?\b|troops|soldiers|peacekeep|contingent/i;
const ACT_VERB = /^\S+(?:\s+(?:part\s+with))?\s+(?:(?:its|their|our|his|her|any|more|own|some|additional|a few|a single|one)\s+)*/i;
const ACT_BARE = /^(\S+)\s+((?:[\p{L}-]+\s+){1,2})(troops|soldiers|forces|peacekeepers)$/u;
const isForce = (m: RawMention) => /force|troops|soldiers|peacekeep|contingent|mission|deploy/i.test(m.name ?? m.text);

/** Resolve every mention to an entity key; returns the kept mentions (sorted) and the entities they name. */
// An extractor resolves every article against the same catalog: its index is built once, not per article.
const indexed = new WeakMap<readonly Entity[], { index: ReturnType<typeof catalogIndex>; byId: Map<string, Entity> }>();
const indexOf = (catalog: readonly Entity[]) => indexed.get(catalog) ?? indexed.set(catalog, { index: catalogIndex(catalog), byId: new Map(catalog.map((e) => [e.id, e])) }).get(catalog)!;

export function resolveMentions(raw: RawMention[], candidates: RawMention[], catalog: readonly Entity[]): { mentions: Mention[]; entities: Map<string, ResolvedEntity> } {
  const { index, byId } = indexOf(catalog);

  // People: full names form clusters; later variants and bare surnames join them.
  const people: Person[] = [];
  const personOf = (text: string): Person | undefined => {
    const p = parts(text);
    const surname = p[p.length - 1];
    if (p.length === 1) return people.find((x) => sameSurname(x.surname, surname));
    return people.find((x) => (sameFirstName(x.first, p[0]) || x.names.some((n) => foldName(n).endsWith(foldName(text)) || foldName(text).endsWith(foldName(n)))) && sameSurname(x.surname, surname));
  };
  for (const m of raw) {
    if (m.type !== 'PERSON' || m.source === 'catalog') continue;
    const p = parts(m.text);
    if (p.length < 2 || isPatronymic(p)) continue;
    const known = personOf(m.text);
    // Each spelling once: a person named a thousand times must not be compared a thousand times over.
    if (known) {
      if (!known.names.includes(m.text)) known.names.push(m.text);
    }
    else people.push({ first: p[0], surname: p[p.length - 1], names: [m.text] });
  }
  const all = [...raw];
  // Mentions are in text order; a pointer finds the ones a candidate could overlap (linear, not quadratic).
  const sortedRaw = [...raw].sort((a, b) => a.start - b.start);
  let r = 0;
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    while (r < sortedRaw.length && sortedRaw[r].end <= c.start - 200) r++;
    let overlaps = false;
    for (let k = r; k < sortedRaw.length && sortedRaw[k].start < c.end; k++) if (c.start < sortedRaw[k].end) overlaps = true;
    if (overlaps) continue;
    if (personOf(c.text) || (catalog.length && index.bySurname(undefined, c.text))) all.push({ ...c, type: 'PERSON', source: 'surname', name: c.text });
    else {
      // A lone surname of a known officeholder ("Zelensky", "Putin") names that person even where no full name is given.
      const full = !isFirstName(c.text) && officeholderBySurname(c.text);
      if (!full) continue;
      const p = parts(full);
      people.push({ first: p[0], surname: p[p.length - 1], names: [full] });
      all.push({ ...c, type: 'PERSON', source: 'surname', name: c.text });
    }
  }
  all.sort((a, b) => a.start - b.start);

  const entities = new Map<string, ResolvedEntity>();
  const add = (key: string, m: RawMention, name: string) => {
    const known = byId.get(key);
    const entity = entities.get(key) ?? { id: key, type: known ? (known.type as ResolvedEntity['type']) : m.type, name: known?.name ?? name, aliases: [...(known?.aliases ?? [])], known: Boolean(known) };
    // An act ("put troops on the ground") is also named by what it puts: "troops on the ground".
    const object = m.act ? m.text.replace(ACT_VERB, '') : '';
    // And by the act itself without whose troops they are: "sending Italian troops" is "sending troops".
    const bare = m.act ? ACT_BARE.exec(m.text) : null;
    const plain = bare && bare[2] ? `${bare[1]} ${bare[3]}` : '';
    for (const surface of [m.text.replace(/^(?:the|a|an)\s+/i, ''), ...(object !== m.text && object.includes(' ') ? [object] : []), ...(plain ? [plain] : [])]) {
      if (foldName(surface) !== foldName(entity.name) && !entity.aliases.some((a) => foldName(a) === foldName(surface))) entity.aliases.push(surface);
    }
    // A concept's entity answers to the concept's other names too ("European force"), as a catalog entry would.
    if (m.type === 'PROPOSAL' && !known) for (const synonym of CONCEPTS.find((c) => c.name === m.name)?.synonyms ?? []) {
      if (foldName(synonym) !== foldName(entity.name) && !entity.aliases.some((a) => foldName(a) === foldName(synonym))) entity.aliases.push(synonym);
    }
    entities.set(key, entity);
  };
  // The spelling used most often names the person ("Pevkur" over a one-off "Pevklur").
  const spellings = new Map<string, number>();
  for (const m of all) if (m.type === 'PERSON') spellings.set(foldName(m.text).split(' ').pop()!, (spellings.get(foldName(m.text).split(' ').pop()!) ?? 0) + 1);
  const canonicalPerson = (person: Person) => {
    const full = person.names.filter((n) => parts(n).length >= 2);
    const votes = (n: string) => spellings.get(foldName(n).split(' ').pop()!) ?? 0;
    return full.sort((a, b) => votes(b) - votes(a))[0] ?? person.names[0];
  };
  const link = (m: RawMention): { key: string; name: string } | undefined => {
    if (m.entity) return { key: m.entity, name: byId.get(m.entity)?.name ?? m.text };
    // "Sir Keir": a given name after its honorific names a person already met (or known); alone it is no entity.
    if (m.type === 'PERSON' && m.honorific && GIVEN_NAME_HONORIFICS.has(m.honorific.toLowerCase()) && parts(m.text).length === 1) {
      const given = foldName(m.text);
      const person = people.find((x) => sameFirstName(x.first, given));
      if (person) {
        const name = canonicalPerson(person);
        return { key: index.byName(name, 'PERSON')?.id ?? entityId(name), name };
      }
      const known = catalog.find((e) => e.type === 'PERSON' && sameFirstName(foldName(e.name).split(' ')[0], given));
      if (known) return { key: known.id, name: known.name };
      // "Sir Keir" in a text that never gives his surname: the one public figure of that given name.
      const full = officeholderByGivenName(m.text);
      if (full) {
        const p = parts(full);
        people.push({ first: p[0], surname: p[p.length - 1], names: [full] });
        return { key: index.byName(full, 'PERSON')?.id ?? entityId(full), name: full };
      }
      if (!personOf(m.text)) return undefined;
    }
    // "Vladimir Vladimirovich": given name and patronymic, the respectful Russian form, name the namesake met last.
    if (m.type === 'PERSON' && isPatronymic(parts(m.text))) {
      const given = parts(m.text)[0];
      const namesake = all.filter((x) => x.type === 'PERSON' && x.end <= m.start && parts(x.text).length > 1 && !isPatronymic(parts(x.text)) && sameFirstName(parts(x.text)[0], given)).pop();
      if (namesake) return link(namesake);
    }
    if (m.type === 'PERSON') {
      const person = personOf(m.text);
      const name = person ? canonicalPerson(person) : m.text;
      const variants = person?.names ?? [m.text];
      const known = variants.map((v) => index.byName(v, 'PERSON')).find(Boolean) ?? index.bySurname(person?.first, parts(name).pop() ?? name);
      return { key: known?.id ?? entityId(name), name };
    }
    if (m.type === 'PROPOSAL') {
      const concept = CONCEPTS.find((c) => c.name === m.name);
      const surfaces = [m.name ?? m.text, m.text, ...(concept?.synonyms ?? [])];
      const known = surfaces.map((s) => index.byName(s, 'PROPOSAL')).find(Boolean);
      return { key: known?.id ?? entityId(m.name ?? m.text), name: m.name ?? m.text };
    }
    const name = m.name ?? m.text;
    const known = [name, m.text, ...gazetteerSurfaces(name)].map((s) => index.byName(s, m.type)).find(Boolean);
    return { key: known?.id ?? entityId(name), name };
  };

  const mentions: Mention[] = [];
  for (const m of all) {
    if (m.source === 'anaphor') {
      // In reports on a deployment debate "the plan" and "the idea" are nearly always the deployment: prefer a force.
      const wantsForce = FORCE_HEADS.has(m.head ?? '');
      const recent: Mention[] = [];
      // A proposal only described by common nouns ("a temporary administration") is not what "the plan" refers back to.
      for (let k = mentions.length - 1; k >= 0 && mentions[k].start >= m.start - 2000; k--) if (mentions[k].type === 'PROPOSAL' && !mentions[k].described && !mentions[k].aside) recent.push(mentions[k]);
      // "this proposal" right after another one names that one, force or not.
      const near = !wantsForce && /^(?:this|that)\s/i.test(m.text) && recent[0] && m.start - recent[0].end < 300 ? recent[0] : undefined;
      // "the loan": a head that names a kind of thing other than a force or a plan refers back to one of its own kind only.
      const ownKind = OWN_KIND_HEADS.has(m.head ?? '');
      // "ready to contribute to a force" after a monitoring mission: an indefinite force is a force, never a mission met before.
      const aForce = m.head === 'force' && INDEFINITE.test(m.text);
      // "the text", "the draft": a document refers back to a plan written down, never to a force.
      const document = DOCUMENT_HEADS.has(m.head ?? '');
      const antecedent = document ? recent.find((x) => DOCUMENT_OF.test(x.name ?? x.text)) : ownKind ? recent.find((x) => new RegExp(String.raw`\b${m.head}s?\b`, 'i').test(x.name ?? x.text)) : aForce ? recent.find((x) => FORCE_WORD.test(x.name ?? x.text)) : near ?? recent.find(isForce) ?? (wantsForce ? undefined : recent[0]);
      // A catalog name found by the matcher carries no concept name: it says which concept it is by its words.
      if (antecedent) mentions.push({ ...m, key: antecedent.key, name: antecedent.name ?? (antecedent.source === 'catalog' ? conceptOf(antecedent.text) : undefined) });
      continue;
    }
    // "the American plan" after "a 28-point plan": the plan the article named before (pipeline.ts planAntecedents).
    if (m.backTo && m.planAt !== undefined) {
      const plan = mentions.find((x) => x.start === m.planAt && x.type === 'PROPOSAL');
      if (plan) {
        mentions.push({ ...m, key: plan.key, name: plan.name });
        continue;
      }
    }
    const linked = link(m);
    if (!linked) continue;
    add(linked.key, m, linked.name);
    mentions.push({ ...m, key: linked.key });
  }
  return { mentions, entities };
}
