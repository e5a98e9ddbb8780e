import {bareWord} from '../language/shape.js'

/*
 * The words of run-on lines and of lexicon labels, each kept once with what
 * is learnt about it: words repeat from line to line and document to
 * document, so a word's bare form and class are worked out once, and the
 * same string object comes back each time, which makes later map lookups
 * with it cheap. The table is emptied when full, so its memory stays bounded.
 */

/** A word in comparison form: lower case, curly apostrophes straight (as `labelWords` gives it). */
export interface Word {
  text: string
  /** `text` without surrounding punctuation (see `bareWord`). */
  bare: string
  /** The tokenizer's number and class flags for `bare`, valid while `epoch` is the tokenizer's. */
  id: number
  flags: number
  epoch: number
  /**
   * Scratch for one line at a time (see `ownEvidence`): the line's stamp
   * when the word is in it, and the word's number in that line.
   */
  mark: number
  slot: number
  /** The table's generation when the word was made (see `wordGeneration`). */
  generation: number
}

/** Words kept at most; the table is emptied beyond. */
const wordLimit = 200_000
const words = new Map<string, Word>()
let generation = 0

/**
 * Bumped whenever the table is emptied: words of different generations are
 * different objects for the same text, so whoever keeps `Word`s keeps their
 * generation too.
 */
export function wordGeneration(): number {
  return generation
}

/** The word `text` (in comparison form). */
export function wordOf(text: string): Word {
  let word = words.get(text)
  if (word === undefined) {
    if (words.size >= wordLimit) {
      words.clear()
      generation++
    }

    word = {text, bare: bareWord(text), id: -1, flags: 0, epoch: -1, mark: 0, slot: 0, generation}
    words.set(text, word)
  }

  return word
}

