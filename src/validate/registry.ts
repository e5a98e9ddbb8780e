import type {Rule} from './rule.js'
import {binaryContent} from './rules/binary-content.js'
import {boilerplate} from './rules/boilerplate.js'
import {detectorError} from './rules/detector-error.js'
import {duplicateItem} from './rules/duplicate-item.js'
import {emptyDocument} from './rules/empty-document.js'
import {emptySection} from './rules/empty-section.js'
import {frontMatterYaml} from './rules/front-matter-yaml.js'
import {htmlTooDeep} from './rules/html-too-deep.js'
import {invalidUtf8} from './rules/invalid-utf8.js'
import {jsonSyntax} from './rules/json-syntax.js'
import {markdownTable} from './rules/markdown-table.js'
import {markdownTooComplex} from './rules/markdown-too-complex.js'
import {markdownTooDeep} from './rules/markdown-too-deep.js'
import {missingDescription} from './rules/missing-description.js'
import {missingTitle} from './rules/missing-title.js'
import {noSections} from './rules/no-sections.js'
import {placeholderText} from './rules/placeholder-text.js'
import {professionSchema} from './rules/profession-schema.js'
import {requiredSections} from './rules/required-sections.js'
import {titleMismatch} from './rules/title-mismatch.js'
import {unassignedContent} from './rules/unassigned-content.js'
import {uncertainSegmentation} from './rules/uncertain-segmentation.js'
import {unknownHollandType} from './rules/unknown-holland-type.js'
import {unreadableFile} from './rules/unreadable-file.js'
import {unrecognisedHeading} from './rules/unrecognised-heading.js'

/**
 * The built-in rules, sorted by id. Rules tagged `parser` or `json` set the
 * severity of messages the parser or the JSON reader raise; the others
 * check the result. Every rule has `docs/rules/<id>.md` and
 * `test/validate/rules/<id>.test.ts` (a test fails when one is missing).
 */
export const builtinRules: readonly Rule[] = Object.freeze([
  binaryContent,
  boilerplate,
  detectorError,
  duplicateItem,
  emptyDocument,
  emptySection,
  frontMatterYaml,
  htmlTooDeep,
  invalidUtf8,
  jsonSyntax,
  markdownTable,
  markdownTooComplex,
  markdownTooDeep,
  missingDescription,
  missingTitle,
  noSections,
  placeholderText,
  professionSchema,
  requiredSections,
  titleMismatch,
  unassignedContent,
  uncertainSegmentation,
  unknownHollandType,
  unreadableFile,
  unrecognisedHeading
] as Rule[])

/** The ids of the built-in rules, sorted. */
export const ruleIds: readonly string[] = builtinRules.map((rule) => rule.id)
