import type {ResourceLimits} from 'node:worker_threads'

/**
 * `--worker-heap` when not given, in MiB: 0, V8's own limits, the fastest.
 * Measured with `convert --jsonl` of 15,200 documents (the dev corpus 38
 * times) on 2 workers: V8's own limits peak at 280–315 MiB; `1024` at
 * 199–219 MiB, for about 1.85 times the CPU time (see `workerLimits`) —
 * too dear a default, so a cap is for who needs the memory. The main
 * thread, which only orders and writes, holds some 65 MiB of the peak for
 * 11 MiB of live data.
 */
export const defaultWorkerHeap = 0

/** The lowest `--worker-heap` besides 0, in MiB: a worker needs some 20 MiB to load the parser. */
export const minimumWorkerHeap = 64

/**
 * The heap limits of each worker thread.
 *
 * Parsing Markdown makes some 3.5 MB of garbage per document, and about 3%
 * of it outlives a scavenge into the old generation whatever the size of
 * the young one (measured with semi-spaces of 4 to 32 MiB). With a large
 * limit V8 lets that garbage grow to about four times the live data (16–19
 * MiB per worker) before a full collection; below 2 GiB the factor falls
 * with the limit, to about 1.6 at 1 GiB, so a worker holds about 50 MiB
 * instead of 85. Full collections then come about three times as often,
 * and each costs more than its pause: the parser's closures are made anew
 * per document, so V8 drops their optimised code at every full collection
 * and compiles it again.
 *
 * With a limit, the young generation is kept to 12 MiB (4 MiB semi-spaces),
 * which saves another 8 MiB per worker; without one, it is 24 MiB, where an
 * 8 MiB semi-space measured no slower than V8's 16 and keeps 20 MiB less per
 * worker (4 MiB cost a third more CPU at V8's own old-generation limit).
 *
 * @param heap
 *   `--worker-heap`: old-generation limit in MiB, or 0 for V8's own.
 */
export function workerLimits(heap: number): ResourceLimits {
  return heap > 0
    ? {maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 12}
    : {maxYoungGenerationSizeMb: 24}
}
