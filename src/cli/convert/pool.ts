import type {Finished} from './document.js'
import {workerLimits} from './heap.js'
import type {Task} from './job.js'
import {crashed, type Runner} from './runner.js'
import type {RunConfig} from './settings.js'

/** What the main thread posts to a worker for each document. */
export interface WorkerMessage {
  task: Task
  /** The first pass's vocabulary; shared memory, so posting it per task copies nothing. */
  vocabulary?: SharedArrayBuffer | undefined
}

/**
 * Run tasks on a pool of worker threads (piscina). Each worker loads the
 * parser and the `--lexicon` files once, when it starts, and reads, parses
 * and writes its documents itself; only report text and JSON Lines records
 * come back.
 *
 * @param config
 *   The run's configuration, handed to each worker once.
 * @param threads
 *   How many workers.
 */
export async function createPoolRunner(config: RunConfig, threads: number): Promise<Runner> {
  const {Piscina} = await import('piscina')
  const pool = new Piscina<WorkerMessage, Finished>({
    filename: new URL('../worker.js', import.meta.url).href,
    workerData: config,
    minThreads: threads,
    maxThreads: threads,
    // The main thread keeps its own bounded window: piscina's queue never grows past it.
    maxQueue: Number.POSITIVE_INFINITY,
    // Workers live for the whole run; no point in tearing them down between passes.
    idleTimeout: Number.POSITIVE_INFINITY,
    // Memory against CPU time: see `workerLimits`.
    resourceLimits: workerLimits(config.workerHeap ?? 0),
    // Nothing reads piscina's per-task histograms.
    recordTiming: false
  })
  let vocabulary: SharedArrayBuffer | undefined

  return {
    threads,
    async run(task) {
      try {
        return await pool.run({task, vocabulary})
      } catch (error) {
        return crashed(task, error, config)
      }
    },
    learned(learned) {
      vocabulary = learned.share()
    },
    async close() {
      await pool.destroy()
    }
  }
}
