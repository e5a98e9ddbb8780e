import type {LocalePack} from './locale.js'

/**
 * English: the built-in default, and what a document is read as when
 * auto-detection finds no other language. The words the careers pages and
 * Markdown profiles of the corpus use, with their common variants.
 */
export const en: LocalePack = {
  id: 'en',
  name: 'English',
  headings: {
    personality: [
      'personality type',
      'personality types',
      'personality',
      'holland code',
      'holland codes',
      'holland type',
      'holland types',
      'riasec',
      'riasec code',
      'riasec type',
      'interests'
    ],
    tasks: ['duties', 'main duties'],
    knowledge: ['knowledge', 'essential knowledge', 'required knowledge', 'knowledge areas', 'core knowledge'],
    skills: [
      'skills',
      'essential skills',
      'required skills',
      'core skills',
      'skills and competences',
      'skills and competencies',
      'essential skills and competences',
      'essential skills and competencies',
      'competences',
      'competencies',
      'essential competences'
    ],
    'optional-skills': [
      'optional knowledge and skills',
      'optional skills and knowledge',
      'optional knowledge, skills and competences',
      'optional skills and competences',
      'optional skills and competencies',
      'optional skills',
      'optional knowledge',
      'other knowledge and skills',
      'additional knowledge and skills',
      'additional skills'
    ],
    'job-titles': [
      'common job titles',
      'job titles',
      'other job titles',
      'alternative job titles',
      'alternative titles',
      'alternative names',
      'alternative labels',
      'also known as',
      'other titles',
      'synonyms',
      'titles'
    ],
    description: ['description', 'about', 'about the profession', 'overview', 'summary', 'profile', 'what they do']
  },
  headingPrefixes: {
    tasks: ['tasks', 'main tasks', 'typical tasks'],
    'related-professions': ['related professions', 'related occupations', 'similar professions'],
    title: ['profession']
  },
  hollandTypes: {
    Realistic: ['Realistic'],
    Investigative: ['Investigative'],
    Artistic: ['Artistic'],
    Social: ['Social'],
    Enterprising: ['Enterprising'],
    Conventional: ['Conventional']
  },
  conjunctions: ['and'],
  // "Would you like to know what kind of career and professions suit you
  // best? Take our free Holland code career test and find out."
  boilerplate: [
    'would you like to know what kind of career',
    'take our free',
    'take the free',
    'holland code career test',
    'free career test',
    'free personality test',
    'find out which career suits you',
    'find out which profession suits you'
  ]
}
