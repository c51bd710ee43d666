// Benchmark builds only (BENCH_PEERS=1, see next.config.js): a route handler that reads the body and answers at
// once, so bench:api can print what `next start` itself costs per request (the ceiling of any route).
export async function POST(request: Request) {
  await request.text();
  return Response.json({ ok: true });
}
