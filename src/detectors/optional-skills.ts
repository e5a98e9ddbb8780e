import type {OptionalItem} from '../model/profession.js'
import type {Detector} from '../sections/detector.js'
import {readOptionalList} from '../segment/optional-list.js'
import {ownLabels} from '../segment/own-labels.js'

/**
 * Optional knowledge and skills: a list, a comma-separated line, or (on
 * copy-pasted pages) one run-on line of labels with no separators, which is
 * segmented. Each label gets a kind: a verb phrase is a skill, a noun phrase
 * knowledge; labels the document lists as essential keep that kind.
 */
export const optionalSkills: Detector<OptionalItem[]> = {
  id: 'optional-skills',
  description: 'Optional knowledge and skills',
  field: 'optionalSkills',
  extract(section, context) {
    const document = ownLabels(context.profession)

    return readOptionalList(section.blocks, {document, lexicons: context.lexicons, source: context.source}).map((label, index) => {
      context.locate([index], label.position)
      if (label.confidence < 1) context.rate([index], Math.round(label.confidence * 1000) / 1000)
      return {name: label.name, kind: label.kind}
    })
  }
}
