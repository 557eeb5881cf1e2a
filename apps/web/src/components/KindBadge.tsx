const labels: Record<string, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  STATE: 'State',
  GROUP: 'Group',
  DIRECT: 'Direct quote',
  INDIRECT: 'Reported speech',
  PARTIAL: 'Partial quote',
  COUNTRY: 'Country',
  CITY: 'City',
  REGION: 'Region',
  FACILITY: 'Facility',
  OTHER: 'Other place',
};

/** Human label of an SDL enum value (ActorKind, StatementKind, LocationKind). */
export function kindLabel(kind: string): string {
  return labels[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase();
}

export function KindBadge({ kind }: { kind: string }) {
  return <span className={`badge kind-${kind}`}>{kindLabel(kind)}</span>;
}
