// Next.js configuration. NEXT_DIST_DIR lets parallel builds (tests, benchmarks) keep separate outputs.
const production = process.env.NODE_ENV === 'production';

/**
 * Content-Security-Policy for every page and the API. Everything loads from our own origin:
 * - scripts: 'self' plus 'unsafe-inline', because Next streams hydration data as inline <script> tags and
 *   nonces would force every page to render dynamically; 'unsafe-eval' only in development (React refresh);
 * - styles: inline styles are used by React `style` props, sigma and GraphiQL;
 * - images: data:/blob: for sigma's PNG export and GraphiQL icons; fonts: data: for GraphiQL;
 * - workers: blob: for the ForceAtlas2 layout worker and GraphiQL/Monaco editor workers;
 * - connect: 'self' (the explorer and the console call /api/graphql); no framing, no plugins.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${production ? '' : ' ws: wss:'}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // HTTPS only once deployed: a development server on http://localhost must stay reachable.
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The core reads data/ and schema.graphql at run time: keep them in the server's file trace.
  outputFileTracingIncludes: { '/**': ['./schema.graphql', './graph/store/migrations/*.sql', './data/articles/*', './data/catalog/*'] },
  // PGlite loads its WebAssembly and data files from its own package directory; node-postgres has optional natives.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  // `route.bench.ts` files are benchmark peers (npm run bench:api), built only when BENCH_PEERS=1.
  pageExtensions: [...(process.env.BENCH_PEERS === '1' ? ['bench.ts'] : []), 'tsx', 'ts', 'jsx', 'js'],
  reactStrictMode: true,
  async headers() {
    // Every path, through an unnamed group: Next drops unnamed params, so the header values are used as they are.
    // A named one ('/:path*') makes Next compile every value containing ':' (the CSP's data:, blob:) as a
    // path-to-regexp template on every request, ~80 µs of CPU per request.
    return [{ source: '/(.*)', headers: securityHeaders }];
  },
};

export default nextConfig;
