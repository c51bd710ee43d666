// Next.js configuration. NEXT_DIST_DIR lets parallel builds (tests, benchmarks) keep separate outputs.
/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The core reads data/ and schema.graphql at run time: keep them in the server's file trace.
  outputFileTracingIncludes: { '/**': ['./data/graph.json', './schema.graphql'] },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
