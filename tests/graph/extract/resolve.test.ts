import { describe, it, expect } from 'vitest';
import { extractText, person } from './helpers';

describe('#resolveMentions', () => {
  it('should resolve a later bare surname and a possessive to the full name met before', () => {
    const r = extractText('Finnish President Alexander Stubb arrived. Stubb said the force was needed. Stubb’s aides agreed.');
    const stubb = r.mentions.filter((m) => m.key === 'alexander-stubb');
    expect(stubb.map((m) => m.text)).toEqual(['Alexander Stubb', 'Stubb', 'Stubb']);
  });

  it('should merge spelling variants of one person (one edit apart) and keep one id', () => {
    const r = extractText('Minister Hanno Pevklur spoke first. Later, Defense Minister Hanno Pevkur said more. Pevkur left.');
    expect(r.ids.filter((id) => id.startsWith('hanno'))).toHaveLength(1);
  });

  it('should resolve demonyms used as actors and capitals standing for governments', () => {
    const r = extractText('The British rejected the plan. French officials backed a reassurance force. Moscow warned against any deployment of Western troops.');
    expect(r.ids).toEqual(expect.arrayContaining(['united-kingdom', 'france', 'russia']));
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:france:reassurance-force', 'OPPOSES:russia:european-peacekeeping-force']));
  });

  it('should not read a demonym that only describes something as an actor', () => {
    expect(extractText('Ukrainian soldiers trained with French rifles.').ids).toEqual([]);
  });

  it('should merge with known entities by alias, accent-folded name and surname', () => {
    const catalog = [person('andris-spruds', 'Andris Sprūds', ['Sprūds']), person('jose-manuel-albares', 'José Manuel Albares', ['Albares'])];
    const r = extractText('Latvian Defence Minister Andris Spruds spoke. Jose Manuel Albares listened. Albares agreed.', catalog);
    expect(r.ids).toEqual(expect.arrayContaining(['andris-spruds', 'jose-manuel-albares']));
    expect(r.entities.every((e) => e.known || e.type !== 'PERSON')).toBe(true);
  });

  it('should give new entities stable slug ids, spelling out letters accents cannot strip', () => {
    const r = extractText('Norwegian Prime Minister Jonas Gahr Støre met Kęstutis Budrys.');
    expect(r.ids).toEqual(expect.arrayContaining(['jonas-gahr-store', 'kestutis-budrys', 'norway']));
  });

  it('should read a given name with its patronymic as the namesake met last, in both modes', () => {
    const text = 'Pavel Korin spoke to Pavel Dranov on Tuesday. Pavel Sergeyevich supported the peacekeeping force.';
    for (const catalog of [[], [person('pavel-dranov', 'Pavel Dranov', ['Dranov'])]]) {
      const r = extractText(text, catalog);
      expect(r.ids).not.toContain('pavel-sergeyevich');
      expect(r.relation('SUPPORTS', 'pavel-dranov', 'european-peacekeeping-force')).toBeDefined();
    }
    // With nobody of that given name before it, it stays a person of its own.
    expect(extractText('Anna Petrovna supported the peacekeeping force.').ids).toContain('anna-petrovna');
  });
});
