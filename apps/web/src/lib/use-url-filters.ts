import { type ChangeEvent, useEffect, useState } from 'react';
import { useNavigationType, useSearchParams } from 'react-router-dom';
import type { FilterCodec } from './filters.ts';
import { useDebounced } from './use-debounced.ts';

/**
 * A list's filters, kept in the URL so a filtered list can be shared and survives back/forward.
 * Choices apply at once (`update`); the free-text fields named in `textFields` are typed locally
 * (`textInput`) and reach the URL, and so the API, once typing pauses. The page cursor belongs to
 * one set of filters: new filters start again from the first page.
 */
export function useUrlFilters<K extends string, F extends Partial<Record<K, string>>>(
  codec: FilterCodec<F>,
  textFields: readonly K[],
) {
  const [params, setParams] = useSearchParams();
  const filters = codec.read(params);
  const textOf = (source: Partial<Record<K, string>>) => {
    const text: Partial<Record<K, string>> = {};
    for (const field of textFields) text[field] = source[field] ?? '';
    return text;
  };
  const [typed, setTyped] = useState(() => textOf(filters));
  const settled = useDebounced(typed, 300);
  const navigationType = useNavigationType();

  // Back/forward changes the URL under the inputs: show what it says (typing pushes the other way).
  const urlText = textFields.map((field) => filters[field] ?? '').join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the URL's text only
  useEffect(() => {
    if (navigationType === 'POP') setTyped(textOf(filters));
  }, [urlText]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only typed text drives this effect
  useEffect(() => {
    if (textFields.some((field) => (settled[field] ?? '') !== (filters[field] ?? ''))) {
      setParams(codec.write({ ...codec.read(params), ...settled }), { replace: true });
    }
  }, [settled]);

  const filterKey = codec.write(filters).toString();
  const [page, setPage] = useState<{ key: string; after: string | null }>({ key: filterKey, after: null });

  return {
    filters,
    /** Applies a chosen filter at once, as a new history entry. */
    update: (patch: Partial<F>) => setParams(codec.write({ ...codec.read(params), ...patch })),
    /** Props for the text input of one free-text field. */
    textInput: (field: K) => ({
      value: typed[field] ?? '',
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const { value } = event.target;
        setTyped((current) => ({ ...current, [field]: value }));
      },
    }),
    after: page.key === filterKey ? page.after : null,
    setAfter: (cursor: string) => setPage({ key: filterKey, after: cursor }),
  };
}
