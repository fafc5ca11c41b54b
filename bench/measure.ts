// What every benchmark shares: timing (warm-up runs, then timed runs summarised as median and p95), the
// result line, and the contract between a suite and bench/run.ts.
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../db/config';

/** One line of `npm run bench` output. */
export interface BenchResult {
  name: string;
  /**
   * Times in ms and memory in MB (the target is a ceiling), or a throughput in KB/s, articles/s or rows/s, or
   * a ratio to a baseline (the target is a floor).
   */
  unit: 'ms' | 'MB' | 'KB/s' | 'articles/s' | 'rows/s' | 'ratio';
  median: number;
  p95: number;
  runs: number;
  /** The figure the median should stay at or under (ms, MB), or at or above (the others). */
  target: number;
  /** What was measured over, when a name alone does not say (e.g. the corpus's size). */
  note?: string;
}

export interface MeasureOptions {
  name: string;
  target: number;
  warmup: number;
  runs: number;
  /** Untimed work before each run (e.g. resetting the database). */
  before?: () => Promise<void> | void;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export async function measure(
  options: MeasureOptions,
  fn: () => Promise<unknown> | unknown,
): Promise<BenchResult> {
  for (let i = 0; i < options.warmup; i++) {
    await options.before?.();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await options.before?.();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name: options.name,
    unit: 'ms',
    median: round(quantile(times, 0.5)),
    p95: round(quantile(times, 0.95)),
    runs: times.length,
    target: options.target,
  };
}

/** Linear interpolation between the closest ranks of a sorted list. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** What a suite may ask of the runner: a driver on the bench's own Neo4j, started on first use. */
export interface BenchContext {
  neo4j(): Promise<{ driver: Driver; config: Neo4jConfig }>;
  /** The value of a `--name value` (or `--name=value`) option of `npm run bench`, if given. */
  option(name: string): string | undefined;
}

/** A group of benchmarks; yields each result as soon as it is measured. */
export type BenchSuite = (ctx: BenchContext) => AsyncIterable<BenchResult>;
