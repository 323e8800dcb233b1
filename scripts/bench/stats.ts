/** Medians with their spread: the benchmarks' way of reporting noisy timings. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function spread(xs: number[]): Spread {
  if (xs.length === 0) throw new Error("no measurements to summarize");
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}
