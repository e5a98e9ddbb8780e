import {workerData} from 'node:worker_threads'
import {move, transferableSymbol, valueSymbol} from 'piscina'
import {runTask, type Finished} from './convert/document.js'
import type {Settings} from './convert/job.js'
import type {WorkerMessage} from './convert/pool.js'
import {createSettings, type RunConfig} from './convert/settings.js'
import {reviveVocabulary} from './convert/vocabulary.js'
import {loadLexicons} from './lexicons.js'

/*
 * A worker thread of `convert` (see `convert/pool.ts`). Everything a
 * document needs that is the same for the whole run is set up once per
 * worker, starting as soon as the thread does, while the main thread is
 * still finding files.
 */

const config = workerData as RunConfig
const ready: Promise<Settings> = loadLexicons(config.lexiconFiles).then((lexicon) =>
  createSettings(config, lexicon)
)
// Awaited by every task; this only keeps a failure from being unhandled before the first one.
ready.catch(() => undefined)
let learned = false
// Its buffers are each their own, never a shared pool slab that a transfer would take away.
const encoder = new TextEncoder()

/**
 * Convert (or learn from) a few documents, one after the other.
 *
 * @param message
 *   The tasks, and the first pass's vocabulary once there is one.
 */
export default async function convertDocuments(message: WorkerMessage): Promise<Finished[]> {
  const settings = await ready
  if (message.vocabulary && !learned) {
    // Learned labels first, as on the main thread (`createInlineRunner`).
    settings.lexicon = [reviveVocabulary(message.vocabulary), ...settings.lexicon]
    learned = true
  }

  const results: Finished[] = []
  const transfer: ArrayBuffer[] = []
  for (const task of message.tasks) {
    const finished = await runTask(task, settings, config)
    if (typeof finished.line === 'string') {
      // A record is tens of kilobytes: as bytes in a buffer handed over (not
      // copied), it never passes through the main thread's heap on its way out.
      const bytes = encoder.encode(finished.line)
      finished.line = bytes
      transfer.push(bytes.buffer as ArrayBuffer)
    }

    results.push(finished)
  }

  if (transfer.length === 0) return results
  return move({[transferableSymbol]: transfer, [valueSymbol]: results}) as unknown as Finished[]
}
