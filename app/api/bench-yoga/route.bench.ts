// Benchmark builds only (BENCH_PEERS=1, see next.config.js): graphql-yoga in a route handler of this app, the
// like-for-like peer of /api/graphql for bench:api.
import { createPeerYoga } from '@/scripts/yoga-schema';

const yoga = createPeerYoga('/api/bench-yoga');

export const POST = (request: Request) => yoga.handleRequest(request, {});
