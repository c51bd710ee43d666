// Defaults of the extraction pipeline, in one place.

/** Relations below this confidence are kept as candidates in the output, not added to the graph. */
export const CONFIDENCE_THRESHOLD = 0.6;

/** Several pieces of evidence for one relation raise its confidence (noisy-or), short of certainty. */
export const combineConfidence = (a: number, b: number): number => Math.min(0.99, Math.round((1 - (1 - a) * (1 - b)) * 100) / 100);
