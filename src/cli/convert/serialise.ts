import {professionJson} from '../json.js'
import {worstSeverity} from '../message-line.js'
import {plainMessage} from './messages.js'
import type {Step} from './job.js'

/**
 * Turn a document without errors into the text that goes out: its JSON for
 * a file or standard output, its JSON Lines record for `--jsonl`. A
 * document with an error message gets neither — outputs only hold models
 * that parsed — and its messages say why on stderr.
 */
export const serialise: Step = (job, settings) => {
  const result = job.result
  if (!result || worstSeverity(result.messages) === 'error') return
  if (job.target !== undefined || settings.stdout) job.json = professionJson(result.profession)
  if (settings.jsonl) {
    const record = {path: job.source.path, profession: result.profession, messages: result.messages.map(plainMessage)}
    job.line = JSON.stringify(record) + '\n'
  }
}
