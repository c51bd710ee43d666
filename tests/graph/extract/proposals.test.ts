import type { Entity } from '@/graph';
import { describe, it, expect } from 'vitest';
import { findProposals } from '@/graph/extract/proposals';
import { extractText } from './helpers';

const names = (text: string) => findProposals({ start: 0, end: text.length, text }).filter((m) => m.source === 'proposal').map((m) => m.name);

describe('#findProposals', () => {
  it('should name plans and ideas: a reassurance force, a U.S. backstop, the coalition of the willing, troop numbers', () => {
    expect(names('They backed a reassurance force.')).toEqual(['Reassurance force']);
    expect(names('Most agree that a U.S. "backstop" is essential.')).toEqual(['U.S. backstop']);
    expect(names('The coalition of the willing met.')).toEqual(['Coalition of the willing']);
    expect(names('He proposed deploying 30,000 troops.')).toEqual(['Force of 30,000 troops']);
    expect(names('a force of 100,000 to 150,000 troops')).toEqual(['Force of 100,000–150,000 troops']);
  });

  it('should normalise the ways of saying a European deployment to one proposal', () => {
    const r = extractText('Paris backs European peacekeepers. Madrid opposes sending troops. Rome supports a European force.');
    expect(r.ids.filter((id) => r.entities.find((e) => e.id === id)?.type === 'PROPOSAL')).toEqual(['european-peacekeeping-force']);
  });

  it('should merge with a known proposal through its aliases', () => {
    const r = extractText('Sweden supports boots on the ground.', [{ id: 'european-force', type: 'PROPOSAL', name: 'European force for Ukraine', aliases: ['boots on the ground'] }]);
    expect(r.triples).toEqual(['SUPPORTS:sweden:european-force']);
  });

  it('should resolve "the plan" to the proposal met before', () => {
    const r = extractText('Belgium called for a demilitarised zone. Germany backed the plan.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:germany:demilitarised-zone']));
  });

  it('should count a body named inside a proposal as named, without letting it act there', () => {
    const r = extractText('Finland still wants to join NATO, the minister said, and Norway backs a US backstop.');
    expect(r.ids).toEqual(expect.arrayContaining(['nato', 'united-states', 'finland', 'norway']));
    expect(r.triples.filter((t) => /:(?:nato|united-states):/.test(t))).toEqual([]);
  });

  it('should not let a catalog alias that says another concept (a ceasefire under a peace deal) take its mentions', () => {
    const catalog: Entity[] = [{ id: 'peace-deal', type: 'PROPOSAL', name: 'Russia–Ukraine peace deal', aliases: ['peace deal', 'ceasefire', 'ceasefire agreement'] }];
    const r = extractText('Ivo Marek said Latvia supports a ceasefire. He also backs a peace deal.', catalog);
    expect(r.ids).toEqual(expect.arrayContaining(['ceasefire', 'peace-deal']));
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:ivo-marek:ceasefire', 'SUPPORTS:ivo-marek:peace-deal']));
  });
});
