import type {Lexicon} from '../../segment/lexicon.js'
import {createJob, type Job, type Settings} from './job.js'
import {learnSteps, runJobs} from './pipeline.js'

/** What the first pass of `--learn` found. */
export interface Vocabulary {
  /** The labels learned from the batch. */
  lexicon: Lexicon
  /** How many documents were read and parsed to learn them. */
  documents: number
}

/**
 * The first pass of `--learn`: run every convertible document through
 * `learnSteps` and feed each result into one lexicon as it comes, so no
 * result outlives its document. Nothing is reported or written: the second
 * pass reads every document again and reports on it.
 *
 * @param jobs
 *   The batch; jobs that already failed (no output name) are left out. They
 *   are not changed: the pass runs on fresh jobs for the same sources.
 * @param settings
 *   What the steps share; its lexicons guide the first pass's parses too.
 */
export async function learnVocabulary(jobs: readonly Job[], settings: Settings): Promise<Vocabulary> {
  const {learnLexicon} = await import('../../segment/learn.js')
  const vocabulary: Vocabulary = {lexicon: learnLexicon([]), documents: 0}
  const learning: Settings = {
    ...settings,
    learn(result) {
      learnLexicon([result], vocabulary.lexicon)
      vocabulary.documents++
    }
  }

  const sources = jobs.filter((job) => !job.failure).map((job) => createJob(job.source))
  await runJobs(sources, learning, () => undefined, learnSteps)
  return vocabulary
}
