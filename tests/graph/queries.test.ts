import { describe, expect, it } from 'vitest';
import {
  entityRelations, getEntity, neighborhood, shortestPath, stats, paginate, encodeCursor, InvalidArgumentError, listRelations, articleRelations, entityMentions,
} from '@/graph';
import { miniGraph } from '../support/fixtures';

const kg = miniGraph();

describe('#getEntity', () => {
  it('should return null for an unknown id and follow merged ids', () => {
    expect(getEntity(kg, 'nobody')).toBeNull();
    expect(getEntity(kg, 'andris-sprunds')?.id).toBe('andris-spruds');
  });
});

describe('#entityRelations', () => {
  it('should split by direction, counting MET_WITH both ways', () => {
    const out = entityRelations(kg, 'hanno-pevkur', { direction: 'OUT' }).map((r) => r.id);
    const into = entityRelations(kg, 'hanno-pevkur', { direction: 'IN' }).map((r) => r.id);
    expect(out).toEqual(['met_with:andris-spruds:hanno-pevkur', 'represents:hanno-pevkur:estonia', 'supports:hanno-pevkur:reassurance-force']);
    expect(into).toEqual(['met_with:andris-spruds:hanno-pevkur']);
    expect(entityRelations(kg, 'reassurance-force', { direction: 'IN', type: 'SUPPORTS' })).toHaveLength(2);
  });
});

describe('#neighborhood', () => {
  it('should grow with depth, ignoring direction, and include the relations among its nodes', () => {
    const one = neighborhood(kg, 'latvia', 1);
    expect(one.nodes.map((n) => n.id).sort()).toEqual(['andris-spruds', 'latvia', 'reassurance-force']);
    expect(one.edges.map((e) => e.id).sort()).toEqual(['represents:andris-spruds:latvia', 'supports:latvia:reassurance-force']);
    const two = neighborhood(kg, 'latvia', 2);
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['hanno-pevkur', 'russia']));
    expect(two.nodes).toHaveLength(5);
  });

  it('should refuse depth outside 1–3', () => {
    expect(() => neighborhood(kg, 'latvia', 0)).toThrow(InvalidArgumentError);
    expect(() => neighborhood(kg, 'latvia', 4)).toThrow(/depth/);
  });

  it('should be empty for an unknown id', () => {
    expect(neighborhood(kg, 'nobody')).toEqual({ nodes: [], edges: [] });
  });
});

describe('#shortestPath', () => {
  it('should chain relations regardless of direction', () => {
    const path = shortestPath(kg, 'russia', 'estonia')!;
    expect(path.map((r) => r.id)).toEqual([
      'opposes:russia:reassurance-force',
      'supports:hanno-pevkur:reassurance-force',
      'represents:hanno-pevkur:estonia',
    ]);
  });

  it('should be null between unconnected or unknown entities', () => {
    expect(shortestPath(kg, 'russia', 'iceland')).toBeNull();
    expect(shortestPath(kg, 'russia', 'nobody')).toBeNull();
  });
});

describe('#paginate', () => {
  const items = Array.from({ length: 7 }, (_, i) => i);

  it('should page with opaque cursors until the end', () => {
    const first = paginate(items, 3);
    expect(first.nodes).toEqual([0, 1, 2]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const last = paginate(items, 5, first.pageInfo.endCursor);
    expect(last.nodes).toEqual([3, 4, 5, 6]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.totalCount).toBe(7);
  });

  it('should refuse a forged cursor and first outside 1–500', () => {
    expect(() => paginate(items, 3, 'bm9wZQ')).toThrow(InvalidArgumentError);
    expect(() => paginate(items, 3, `${encodeCursor(2)}!`)).toThrow(/after/);
    expect(() => paginate(items, 3, Buffer.from('offset:-1').toString('base64url'))).toThrow(/after/);
    expect(() => paginate(items, 501)).toThrow(/first/);
  });
});

describe('#stats', () => {
  it('should count entities and relations by type', () => {
    const s = stats(kg);
    expect(s).toMatchObject({ entities: 7, relations: 6, articles: 2 });
    expect(s.byRelationType.find((t) => t.type === 'SUPPORTS')?.count).toBe(2);
    expect(s.byEntityType.find((t) => t.type === 'COUNTRY')?.count).toBe(4);
  });
});

describe('#listRelations / #articleRelations / #entityMentions', () => {
  it('should filter relations by type and entity', () => {
    expect(listRelations(kg, { type: 'OPPOSES' }).slice().map((r) => r.id)).toEqual(['opposes:russia:reassurance-force']);
    expect(listRelations(kg, { entity: 'latvia' })).toHaveLength(2);
  });

  it('should list the relations an article gives evidence for and where an entity is named', () => {
    expect(articleRelations(kg, 'force-debate').map((r) => r.id).sort()).toEqual(['opposes:russia:reassurance-force', 'supports:latvia:reassurance-force']);
    expect(entityMentions(kg, 'iceland')).toEqual([{ article: 'force-debate', start: expect.any(Number), end: expect.any(Number) }]);
  });
});
