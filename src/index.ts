/**
 * profession-parser: parse ESCO-based profession profiles — copy-pasted
 * careers pages, Markdown profiles and saved HTML pages — into one typed,
 * validated model, and write them back as canonical Markdown.
 *
 * @packageDocumentation
 */

export {builtinDetectors} from './detectors/registry.js'
export {collectItems, collectLabels} from './extract/items.js'
export type {CollectedItem, CollectOptions} from './extract/items.js'
export {format} from './format/format.js'
export {formatProfession} from './format/format-profession.js'
export type {FormatProfessionOptions} from './format/format-profession.js'
export {LocaleError} from './locales/locale.js'
export type {LocalePack} from './locales/locale.js'
export {builtinLocales, registerLocale, registeredLocales} from './locales/registry.js'
export type {MessageInit, Report, Severity} from './messages/report.js'
export {HollandTypeSchema} from './model/holland.js'
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
export {hollandCode, hollandType, hollandTypes} from './model/riasec.js'
export type {HollandType} from './model/riasec.js'
export {parse} from './parse.js'
export type {ParseOptions, ParseResult, SectionInfo} from './parse.js'
export {formatFromPath, sniffFormat} from './read/format.js'
export type {FormatOption} from './read/format.js'
export {parseFile} from './read/parse-file.js'
export {NotAFileError} from './read/read-file.js'
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
export {DetectorError} from './sections/check.js'
export {combineDetectors} from './sections/combine.js'
export {defineDetector} from './sections/define.js'
export {getExtension} from './sections/extension.js'
export {learnLexicon} from './segment/learn.js'
export {createLexicon} from './segment/lexicon.js'
export type {Lexicon, LexiconEntry} from './segment/lexicon.js'
export {LexiconError, parseLexicon} from './segment/lexicon-file.js'
export type {LexiconOptions} from './segment/lexicon-file.js'
export {loadLexicon} from './segment/load-lexicon.js'
export {tokenizeText} from './tokenize/tokenize-text.js'
export {ConfigError} from './validate/config/check.js'
export type {Config, ConfigRuleEntry} from './validate/config/schema.js'
export {configJsonSchema, professionJsonSchema} from './validate/json-schema.js'
export type {Level} from './validate/level.js'
export type {LineIndex} from './validate/lines.js'
export {builtinRules} from './validate/registry.js'
export {createRule} from './validate/rule.js'
export type {Rule, RuleContext, RuleDefinition, RuleReport} from './validate/rule.js'
export type {Subject, SubjectKind} from './validate/subject.js'
export {validate} from './validate/validate.js'
export type {ValidateOptions} from './validate/validate.js'
