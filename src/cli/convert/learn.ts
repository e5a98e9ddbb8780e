import type {Step} from './job.js'

/**
 * Hand the parsed document to the vocabulary being learned, then drop the
 * result: the first pass of `--learn` keeps nothing per document, so a large
 * batch is never held in memory.
 */
export const learn: Step = (job, settings) => {
  if (!job.result || !settings.learn) return
  settings.learn(job.result)
  job.result = undefined
}
