/** "Load more" for a cursor connection; graphcache's relayPagination appends the next page. */
export function LoadMore({
  pageInfo,
  fetching,
  onLoad,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  fetching: boolean;
  onLoad: (after: string) => void;
}) {
  const { endCursor } = pageInfo;
  if (!pageInfo.hasNextPage || !endCursor) return null;
  return (
    <button type="button" className="load-more" disabled={fetching} onClick={() => onLoad(endCursor)}>
      {fetching ? 'Loading…' : 'Load more'}
    </button>
  );
}
