import type {Finished} from './document.js'
import {workerLimits} from './heap.js'
import type {Task} from './job.js'
import {crashed, type Runner} from './runner.js'
import type {RunConfig} from './settings.js'

/** What the main thread posts to a worker: a few documents at once (see `tasksPerMessage`). */
export interface WorkerMessage {
  tasks: Task[]
  /** The first pass's vocabulary; shared memory, so posting it per message copies nothing. */
  vocabulary?: SharedArrayBuffer | undefined
}

/**
 * Documents sent to a worker in one message, at most. With one piscina task
 * per document, each worker waited for the main thread between documents
 * (about an eighth of its time, in profiles), and the main thread's own
 * garbage, most of it piscina's per task, grew its heap by some 10 MiB in a
 * batch of 15,200 documents. Measured on 2 cores, `--jsonl` of 15,200
 * documents: 8 at a time took 6% less time than 1, and the main thread's
 * heap peaked at 51 MiB instead of 61 (4 at a time saved the memory too,
 * not the time).
 */
export const tasksPerMessage = 8

/**
 * Run tasks on a pool of worker threads (piscina). Each worker loads the
 * parser and the `--lexicon` files once, when it starts, and reads, parses
 * and writes its documents itself; only report text and JSON Lines records
 * come back. Tasks started in the same turn of the event loop go to a
 * worker together, `perMessage` at a time.
 *
 * @param config
 *   The run's configuration, handed to each worker once.
 * @param threads
 *   How many workers.
 * @param perMessage
 *   Documents per message, at most: `tasksPerMessage`, or 1 for
 *   `--fail-fast`, which should stop soon after the first failure rather
 *   than finish the messages already sent.
 */
export async function createPoolRunner(config: RunConfig, threads: number, perMessage = tasksPerMessage): Promise<Runner> {
  const {Piscina} = await import('piscina')
  const pool = new Piscina<WorkerMessage, Finished[]>({
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
  let pending: Array<{task: Task; resolve: (finished: Finished) => void}> = []
  let scheduled = false

  /** Send one message of tasks; never rejects. */
  async function send(tasks: Task[]): Promise<Finished[]> {
    try {
      return await pool.run({tasks, vocabulary})
    } catch (error) {
      // A worker died (out of memory, say) on one of them: each again on its own,
      // so only the one that kills a worker is lost.
      if (tasks.length === 1) return [crashed(tasks[0]!, error, config)]
      return Promise.all(tasks.map(async (task) => (await send([task]))[0]!))
    }
  }

  function flush(): void {
    scheduled = false
    while (pending.length > 0) {
      const group = pending.slice(0, perMessage)
      pending = pending.slice(perMessage)
      void send(group.map((entry) => entry.task)).then((finished) => {
        for (const [index, entry] of group.entries()) entry.resolve(finished[index]!)
      })
    }
  }

  return {
    threads,
    window: 4 * threads * perMessage,
    run(task) {
      return new Promise<Finished>((resolve) => {
        pending.push({task, resolve})
        if (pending.length >= perMessage) flush()
        else if (!scheduled) {
          scheduled = true
          setImmediate(flush)
        }
      })
    },
    learned(learned) {
      vocabulary = learned.share()
    },
    async close() {
      await pool.destroy()
    }
  }
}
