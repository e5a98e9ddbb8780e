import v8 from 'node:v8'
import type {ResourceLimits} from 'node:worker_threads'

/**
 * `--worker-heap` when not given, in MiB: 0, V8's own limits, the fastest.
 * Measured with `convert --jsonl` of 15,200 documents (the dev corpus 38
 * times) on 2 workers: V8's own limits peak at 197–202 MiB, `1024` at
 * 193–196 MiB for about 1.6 times the CPU time. Since Markdown is compiled without a new
 * hidden class per token (`markdown/from-markdown.ts`), little reaches a
 * worker's old generation, so a cap has little to save.
 */
export const defaultWorkerHeap = 0

/** The lowest `--worker-heap` besides 0, in MiB: a worker needs some 20 MiB to load the parser. */
export const minimumWorkerHeap = 64

/**
 * The heap limits of each worker thread.
 *
 * Parsing a document makes some 3.5 MB of garbage, nearly all collected
 * while young. With a large limit V8 lets what reaches the old generation
 * grow to about four times the live data (16–19 MiB per worker) before a
 * full collection; below 2 GiB the factor falls with the limit, to about
 * 1.6 at 1 GiB. Full collections then come more often, and each costs more
 * than its pause: the parser's closures are made anew per document, so V8
 * drops optimised code that holds on to the last document's objects at
 * every full collection, and compiles it again. Before Markdown was
 * compiled without a new hidden class per token, that made `1024` cost
 * about 1.85 times the CPU time; now a worker makes one full collection in
 * 15,200 documents, and a limit mostly bounds a document that allocates a
 * lot.
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

/**
 * Turn off V8's allocation-site pretenuring, for the whole process (the
 * flag is not per thread), before a batch starts. Pretenuring allocates the
 * objects of a site straight into the old generation once V8 has seen most
 * of them survive a young collection; that can happen to a site the parser
 * uses for every document (when collections happened to fall
 * mid-document), and from then on each document's garbage waits for a full
 * collection. The parser's objects live for one document, which is what
 * the young generation is for. Measured with `convert --jsonl` of 15,200
 * documents:
 *
 * - On 2 workers, in 9 runs out of 31 a worker's heap grew from 36 MiB to
 *   53–76 MiB with 4–9 full collections, and the run peaked at 204–259 MiB
 *   instead of 180–192. Without pretenuring, 16 runs out of 16 peaked at
 *   178–187 MiB, in the same time or less.
 * - On the main thread alone (`-j 1`): 180–199 MiB and 24.0–24.5 s with
 *   pretenuring, 118 MiB and 21.1–21.5 s without.
 *
 * `v8.setFlagsFromString` after start-up is allowed to do nothing (Node's
 * documentation warns about it); then the runs are as before.
 */
export function avoidPretenuring(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring')
}
