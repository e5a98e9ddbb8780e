import {builtinDetectors} from '../detectors/registry.js'
import type {Profession} from '../model/profession.js'
import type {Detector} from '../sections/detector.js'
import {serialize} from './serialize.js'
import {professionToMdast} from './to-mdast.js'

/** Options of `formatProfession`. */
export interface FormatProfessionOptions {
  /**
   * The detectors the Markdown will be parsed with, used to check that a
   * title, description or area is read back as written. Default:
   * `builtinDetectors`.
   */
  detectors?: readonly Detector[] | undefined
}

/**
 * Write a profession as canonical Markdown: `# Title`, the description, then
 * `## Personality type`, `## Knowledge`, `## Skills` (items as
 * `- **Name**: description`), `## Optional knowledge and skills`,
 * `## Common job titles`, and `## Tasks` / `## Related professions <area>`
 * when present. A title or description the parser would misread as Markdown
 * body (one that is a section name, or a promotional line) goes to YAML
 * front matter instead.
 *
 * Parsing the result gives the same profession back (optional items get
 * their `kind` from their wording, and `uri`/`skillType` from the lexicon
 * they are parsed with, as in any document).
 *
 * @param profession
 *   The profession, as `parse` returns it.
 * @param options
 *   Detectors to check placements against.
 * @returns
 *   Markdown, ending in one line feed.
 */
export function formatProfession(profession: Profession, options: FormatProfessionOptions = {}): string {
  return serialize(professionToMdast(profession, options.detectors ?? builtinDetectors))
}
