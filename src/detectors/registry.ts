import type {Detector} from '../sections/detector.js'
import {boilerplate} from './boilerplate.js'
import {description} from './description.js'
import {jobTitles} from './job-titles.js'
import {knowledge} from './knowledge.js'
import {optionalSkills} from './optional-skills.js'
import {personality} from './personality.js'
import {relatedProfessions} from './related-professions.js'
import {skills} from './skills.js'
import {tasks} from './tasks.js'
import {title} from './title.js'

/**
 * The built-in detectors, in the order headings are tried and values
 * extracted. Order matters:
 *
 * - `boilerplate` first, so promotional lines never reach a section;
 * - `related-professions`, `knowledge`, `skills` in page order: heading-less
 *   item groups are shared among them in this order;
 * - `optional-skills` after `knowledge` and `skills`, whose names it uses;
 * - `title` last, because it falls back to the first line of the document
 *   when no other detector recognises that line as a heading.
 */
export const builtinDetectors: readonly Detector[] = Object.freeze([
  boilerplate,
  personality,
  tasks,
  relatedProfessions,
  knowledge,
  skills,
  optionalSkills,
  jobTitles,
  description,
  title
] as Detector[])
