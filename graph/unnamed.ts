// Under tsx (which the CLIs, the ingest and the bench run) esbuild's keepNames names every closure as it is made: a
// `const f = () => …` inside a function costs a `__name` call (an Object.defineProperty, about half a microsecond)
// each time the function runs. The extractor's per-sentence and per-statement helpers were made some 1,200 times an
// article. A closure passed through `unnamed` gets no inferred name, so esbuild adds no call; the web server's build
// pays nothing either way.

/** `f` itself, left without an inferred name (see above). */
export const unnamed = <F>(f: F): F => f;
