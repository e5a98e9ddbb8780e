import type {Profession} from '../model/profession.js'
import type {Lexicon, LexiconEntry} from '../segment/lexicon.js'

/**
 * Link items to the taxonomy: every essential and optional item whose name a
 * lexicon knows (as a preferred or alternative label, case- and
 * whitespace-insensitively) and whose entry has a URI gets `uri` and
 * `skillType`; an optional item's `kind` then comes from the skill type. An
 * item no lexicon knows gets no link — never a forced nearest match.
 */
export function link(profession: Profession, lexicons: readonly Lexicon[]): void {
  if (!lexicons.some(hasUris)) return

  for (const item of [...profession.knowledge, ...profession.skills]) {
    const entry = find(item.name, lexicons)
    if (entry?.uri) {
      item.uri = entry.uri
      if (entry.skillType) item.skillType = entry.skillType
    }
  }

  for (const item of profession.optionalSkills) {
    const entry = find(item.name, lexicons)
    if (entry?.uri) {
      item.uri = entry.uri
      if (entry.skillType) item.skillType = entry.skillType
      if (entry.kind) item.kind = entry.kind
    }
  }
}

function find(name: string, lexicons: readonly Lexicon[]): LexiconEntry | undefined {
  for (const lexicon of lexicons) {
    const entry = lexicon.get(name)
    if (entry?.uri) return entry
  }

  return undefined
}

const withUris = new WeakMap<Lexicon, boolean>()

function hasUris(lexicon: Lexicon): boolean {
  let known = withUris.get(lexicon)
  if (known === undefined) {
    known = false
    for (const entry of lexicon.entries()) {
      if (entry.uri) {
        known = true
        break
      }
    }

    withUris.set(lexicon, known)
  }

  return known
}
