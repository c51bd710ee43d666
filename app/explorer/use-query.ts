'use client';
// One API answer for a key: loading, then the data or an error; a newer key aborts the older request.
import { useEffect, useState } from 'react';

export type QueryState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'done'; data: T } | { status: 'error'; message: string };

export function useQuery<T>(key: string | null, run: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const [state, setState] = useState<{ key: string | null; value: QueryState<T> }>({ key: null, value: { status: 'idle' } });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ key, value: { status: 'loading' } });
    run(controller.signal).then(
      (data) => setState({ key, value: { status: 'done', data } }),
      (error: Error) => !controller.signal.aborted && setState({ key, value: { status: 'error', message: error.message } }),
    );
    return () => controller.abort();
    // `run` is derived from `key` by the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return { status: 'idle' };
  return state.key === key ? state.value : { status: 'loading' };
}
