import type {Profession} from '../model/profession.js'
import {createLexicon, type Lexicon} from './lexicon.js'

/**
 * What one document teaches the segmenter: its essential knowledge and
 * skill names are labels it knows (with their kinds), and its descriptions
 * show which words go together and which are verbs (skill descriptions open
 * with one: "Manage employees …").
 */
export function documentLexicon(profession: Readonly<Partial<Profession>>, into?: Lexicon): Lexicon {
  const lexicon = into ?? createLexicon([])
  for (const item of profession.knowledge ?? []) {
    lexicon.add({label: item.name, kind: 'knowledge'})
    if (item.description) lexicon.addText(item.description)
  }

  for (const item of profession.skills ?? []) {
    lexicon.add({label: item.name, kind: 'skill'})
    if (item.description) lexicon.addText(item.description, {imperative: true})
  }

  if (profession.description) lexicon.addText(profession.description)
  return lexicon
}
