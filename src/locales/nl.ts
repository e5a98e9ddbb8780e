import type {LocalePack} from './locale.js'

/**
 * Dutch (Nederlands): the headings of Dutch careers pages and profiles
 * ("Beroep <naam>", "Persoonlijkheidstype", "Kennis", "Vaardigheden",
 * "Optionele kennis en vaardigheden", "Veelvoorkomende functietitels") and
 * the Dutch names of the Holland types, read onto the canonical English
 * names the model holds.
 */
export const nl: LocalePack = {
  id: 'nl',
  name: 'Nederlands',
  headings: {
    personality: [
      'persoonlijkheidstype',
      'persoonlijkheidstypen',
      'persoonlijkheidstypes',
      'persoonlijkheid',
      'hollandcode',
      'holland-code',
      'hollandtype',
      'riasec-code',
      'riasec-type',
      'interesses'
    ],
    tasks: ['werkzaamheden', 'belangrijkste werkzaamheden'],
    knowledge: ['kennis', 'essentiële kennis', 'vereiste kennis', 'benodigde kennis', 'kennisgebieden'],
    skills: [
      'vaardigheden',
      'essentiële vaardigheden',
      'vereiste vaardigheden',
      'benodigde vaardigheden',
      'vaardigheden en competenties',
      'essentiële vaardigheden en competenties',
      'competenties'
    ],
    'optional-skills': [
      'optionele kennis en vaardigheden',
      'optionele vaardigheden en kennis',
      'optionele kennis, vaardigheden en competenties',
      'optionele vaardigheden',
      'optionele kennis',
      'aanvullende kennis en vaardigheden',
      'aanvullende vaardigheden',
      'overige kennis en vaardigheden'
    ],
    'job-titles': [
      'veelvoorkomende functietitels',
      'veel voorkomende functietitels',
      'functietitels',
      'andere functietitels',
      'alternatieve functietitels',
      'alternatieve benamingen',
      'ook bekend als',
      'synoniemen'
    ],
    description: ['beschrijving', 'omschrijving', 'over het beroep', 'overzicht', 'samenvatting']
  },
  headingPrefixes: {
    tasks: ['taken', 'belangrijkste taken', 'typische taken'],
    'related-professions': ['verwante beroepen', 'gerelateerde beroepen', 'vergelijkbare beroepen'],
    title: ['beroep']
  },
  hollandTypes: {
    Realistic: ['Realistisch'],
    Investigative: ['Onderzoekend'],
    Artistic: ['Artistiek'],
    Social: ['Sociaal'],
    Enterprising: ['Ondernemend'],
    Conventional: ['Conventioneel']
  },
  conjunctions: ['en'],
  boilerplate: [
    'wil je weten welk beroep',
    'wil je weten welke beroepen',
    'doe de gratis',
    'doe onze gratis',
    'gratis beroepentest',
    'gratis beroepstest',
    'gratis persoonlijkheidstest',
    'holland code beroepentest',
    'ontdek welk beroep bij je past'
  ]
}
