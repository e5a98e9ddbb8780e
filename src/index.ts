/**
 * profession-parser: parse ESCO-based profession profiles — copy-pasted
 * careers pages and Markdown profiles — into one typed, validated model.
 *
 * @packageDocumentation
 */

export {builtinDetectors} from './detectors/registry.js'
export {collectItems, collectLabels} from './extract/items.js'
export type {CollectedItem, CollectOptions} from './extract/items.js'
export type {MessageInit, Report, Severity} from './messages/report.js'
export {hollandCode, hollandType, hollandTypes, HollandTypeSchema} from './model/holland.js'
export type {HollandType} from './model/holland.js'
export {
  EssentialItemSchema,
  ItemKindSchema,
  OptionalItemSchema,
  PersonalityTypeSchema,
  ProfessionSchema,
  RelatedProfessionsSchema
} from './model/profession.js'
export type {
  EssentialItem,
  ItemKind,
  OptionalItem,
  PersonalityType,
  Profession,
  RelatedProfessions
} from './model/profession.js'
export {parse} from './parse.js'
export type {ParseOptions, ParseResult, SectionInfo} from './parse.js'
export {formatFromPath, sniffFormat} from './read/format.js'
export type {FormatOption} from './read/format.js'
export {parseFile} from './read/parse-file.js'
export type {Block} from './sections/block.js'
export type {
  DetectContext,
  Detector,
  ExtractContext,
  Format,
  FrontMatter,
  HeadingMatch,
  ProfessionField,
  Section
} from './sections/detector.js'
export {tokenizeText} from './tokenize/tokenize-text.js'
