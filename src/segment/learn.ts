import type {Profession} from '../model/profession.js'
import type {ParseResult} from '../parse.js'
import {createLexicon, type Lexicon} from './lexicon.js'

/**
 * What one document teaches the segmenter: its essential knowledge and
 * skill names are labels it knows, with their kinds — which words start and
 * end labels, which pairs go together. With `text`, its descriptions too:
 * which words go together in prose, and which are verbs (skill descriptions
 * open with one: "Manage employees …"). Reading the prose costs more than it
 * helps a single document (it is measured: under half a point of F1), so a
 * document's own lexicon leaves it out; a learned batch keeps it.
 */
export function documentLexicon(
  profession: Readonly<Partial<Profession>>,
  into?: Lexicon,
  options: {text?: boolean} = {}
): Lexicon {
  const lexicon = into ?? createLexicon([])
  const text = options.text === true
  for (const item of profession.knowledge ?? []) {
    lexicon.add({label: item.name, kind: 'knowledge'})
    if (text && item.description) lexicon.addText(item.description)
  }

  for (const item of profession.skills ?? []) {
    lexicon.add({label: item.name, kind: 'skill'})
    if (text && item.description) lexicon.addText(item.description, {imperative: true})
  }

  if (text && profession.description) lexicon.addText(profession.description)
  return lexicon
}

/**
 * Learn a vocabulary from a batch of parsed documents, for a second pass
 * that segments each optional line with it (`parse(text, {lexicon})`):
 * optional items of one profession are very often essential items of
 * another. Takes every essential item (with its kind), every optional item
 * that needed no segmentation (from lists and separated lines), and the
 * descriptions' words and phrases.
 *
 * @param results
 *   Results of `parse`, in any number; pass `into` to keep adding to one lexicon.
 */
export function learnLexicon(results: Iterable<ParseResult>, into?: Lexicon): Lexicon {
  const lexicon = into ?? createLexicon([])
  for (const result of results) {
    documentLexicon(result.profession, lexicon, {text: true})
    for (const [index, item] of result.profession.optionalSkills.entries()) {
      if (result.confidence['/optionalSkills/' + index] === undefined) {
        lexicon.add({label: item.name, kind: item.kind})
      }
    }
  }

  return lexicon
}
