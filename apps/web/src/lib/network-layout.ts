import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';

export interface LayoutNode {
  id: string;
  radius: number;
  /** Half the width of the node's label, kept inside the box too. */
  halfLabel?: number;
}

export interface PlacedNode extends LayoutNode {
  x: number;
  y: number;
}

/**
 * Positions nodes with a force simulation run to rest up front (no animation), so the drawing is
 * stable, and clamps them inside the box. Links naming unknown nodes are ignored.
 */
export function layoutNetwork(
  nodes: readonly LayoutNode[],
  links: readonly { source: string; target: string }[],
  width: number,
  height: number,
): Map<string, PlacedNode> {
  const simNodes = nodes.map((node, i) => {
    // Start on a circle rather than at random, so the same network always gets the same drawing.
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    return { ...node, x: width / 2 + (width / 4) * Math.cos(angle), y: height / 2 + (height / 4) * Math.sin(angle) };
  });
  const known = new Set(nodes.map((node) => node.id));
  const simLinks = links
    .filter((link) => known.has(link.source) && known.has(link.target) && link.source !== link.target)
    .map((link) => ({ source: link.source, target: link.target }));
  const simulation = forceSimulation(simNodes)
    .force(
      'link',
      forceLink<(typeof simNodes)[number], (typeof simLinks)[number]>(simLinks)
        .id((node) => node.id)
        .distance(140),
    )
    .force('charge', forceManyBody().strength(-500))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX(width / 2).strength(0.03))
    .force('y', forceY(height / 2).strength(0.05))
    // Room for the name label under each node.
    .force(
      'collide',
      forceCollide<(typeof simNodes)[number]>().radius((node) => node.radius + 24),
    )
    .stop();
  simulation.tick(300);

  // Stretch the drawing to fill the box (never shrinking it, which could make nodes overlap).
  const pad = 60;
  const xs = simNodes.map((node) => node.x);
  const ys = simNodes.map((node) => node.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.max(
    1,
    Math.min((width - 2 * pad) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1), 3),
  );
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;

  const placed = new Map<string, PlacedNode>();
  for (const node of simNodes) {
    const marginX = Math.max(node.radius, node.halfLabel ?? 0) + 4;
    const marginY = node.radius + 4;
    placed.set(node.id, {
      id: node.id,
      radius: node.radius,
      x: Math.min(width - marginX, Math.max(marginX, width / 2 + (node.x - midX) * scale)),
      y: Math.min(height - marginY - 18, Math.max(marginY, height / 2 + (node.y - midY) * scale)),
    });
  }
  return placed;
}
