// Latency sampling for the benchmarks: run an operation over sample inputs, report median and p95 in ms.
export interface Latency {
  median: number;
  p95: number;
  n: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Warm up on the first inputs, then time one call per input (cycled until `samples`). */
export function measure<T>(inputs: readonly T[], run: (input: T) => unknown, samples: number, warmup = 50): Latency {
  for (let i = 0; i < warmup; i++) run(inputs[i % inputs.length]);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const input = inputs[i % inputs.length];
    const start = performance.now();
    run(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), n: samples };
}

export const ms = (v: number) => (v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1));
