// Server start: take ownership of the store and load the graph before the first request (Node runtime only; not
// during `next build`, whose workers must never open the embedded database).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build' || process.env.GRAPH_FILE) return;
  const { readModel } = await import('./graph/store/read-model');
  readModel()
    .start()
    .catch((error) => console.error('store: could not load the graph at start (requests will retry):', error));
}
