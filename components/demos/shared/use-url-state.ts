/**
 * React binding of url-state.ts: `const { state, update, warnings } = useUrlState(Schema, 'op', defaults)`.
 * The first render uses `defaults` (the server-rendered HTML has no URL), then the URL is applied after mount, so
 * hydration never mismatches. `update(patch)` merges a patch and writes every field back with history.replaceState (debounced 150 ms).
 * `complete(state, presentFields)` (field names, not URL keys) may fill fields that depend on others (e.g. a start point for a function from the URL).
 * `hydrated` turns true once the URL has been read (render controls only then if they must not flash defaults).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrlState, presentFields, readUrlParams, writeUrlState, type UrlSchema, type UrlShape, type UrlState } from './url-state';

const URL_WRITE_DELAY_MS = 150;

export interface UrlStateHook<T> {
  state: T;
  update: (patch: Partial<T>) => void;
  warnings: string[];
  hydrated: boolean;
}

export function useUrlState<S extends UrlShape>(
  schema: UrlSchema<S>,
  prefix: string,
  defaults: UrlState<S>,
  complete?: (state: UrlState<S>, present: ReadonlySet<string>) => UrlState<S>,
): UrlStateHook<UrlState<S>> {
  type State = UrlState<S>;
  const [state, setState] = useState<State>(defaults);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const dirty = useRef(false);

  useEffect(() => {
    const params = readUrlParams();
    const parsed = parseUrlState(schema, prefix, params, defaults);
    const present = presentFields(schema, prefix, params);
    setState(complete === undefined ? parsed.state : complete(parsed.state, present));
    setWarnings(parsed.warnings);
    setHydrated(true);
    // Read the URL once per mount; later changes come from the demo itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!dirty.current) return;
    // Debounced: browsers throttle (and warn about) hundreds of replaceState calls while a slider is dragged.
    const timer = setTimeout(() => writeUrlState(schema, prefix, state), URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [schema, prefix, state]);

  const update = useCallback((patch: Partial<State>) => {
    dirty.current = true;
    setState((old) => ({ ...old, ...patch }));
  }, []);

  return { state, update, warnings, hydrated };
}
