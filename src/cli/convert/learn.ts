import {lessonOf} from './lesson.js'
import type {Step} from './job.js'

/**
 * Keep what the parsed document teaches, then drop the result: the first
 * pass of `--learn` sends only its lesson back, so a large batch is never
 * held in memory.
 */
export const learn: Step = (job) => {
  if (!job.result) return
  job.lesson = lessonOf(job.result)
  job.result = undefined
}
