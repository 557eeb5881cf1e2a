import { describe, expect, it } from 'vitest';
import { layoutNetwork } from './network-layout.ts';

const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, radius: 10 }));

describe('layoutNetwork', () => {
  it('places every node inside the box, without overlaps', () => {
    const placed = layoutNetwork(
      nodes,
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ],
      400,
      300,
    );
    expect([...placed.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    const all = [...placed.values()];
    for (const node of all) {
      expect(node.x).toBeGreaterThanOrEqual(node.radius);
      expect(node.x).toBeLessThanOrEqual(400 - node.radius);
      expect(node.y).toBeGreaterThanOrEqual(node.radius);
      expect(node.y).toBeLessThanOrEqual(300 - node.radius);
    }
    for (const [i, p] of all.entries()) {
      for (const q of all.slice(i + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(p.radius + q.radius);
    }
  });

  it('keeps labels inside the box', () => {
    const wide = [
      { id: 'a', radius: 5, halfLabel: 80 },
      { id: 'b', radius: 5, halfLabel: 80 },
    ];
    for (const node of layoutNetwork(wide, [], 300, 300).values()) {
      expect(node.x).toBeGreaterThanOrEqual(80);
      expect(node.x).toBeLessThanOrEqual(220);
    }
  });

  it('keeps linked nodes closer than unlinked ones and ignores dangling links', () => {
    const placed = layoutNetwork(
      nodes,
      [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'zz' },
      ],
      600,
      600,
    );
    const dist = (x: string, y: string) => {
      const p = placed.get(x);
      const q = placed.get(y);
      return p && q ? Math.hypot(p.x - q.x, p.y - q.y) : Number.NaN;
    };
    expect(dist('a', 'b')).toBeLessThan(dist('c', 'd'));
  });

  it('is deterministic', () => {
    const links = [{ source: 'a', target: 'c' }];
    expect([...layoutNetwork(nodes, links, 300, 300)]).toEqual([...layoutNetwork(nodes, links, 300, 300)]);
  });
});
