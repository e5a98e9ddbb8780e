import {
  EssentialItemSchema,
  OptionalItemSchema,
  PersonalityTypeSchema,
  ProfessionSchema,
  RelatedProfessionsSchema
} from '../../model/profession.js'

/** A key the model does not have. */
export interface UnknownKey {
  /** JSON Pointer of the key's value. */
  pointer: string
  key: string
  /** What the object it is in is called in messages. */
  where: string
  /** The keys allowed there. */
  allowed: string[]
}

const known = {
  profession: Object.keys(ProfessionSchema.shape),
  personality: Object.keys(PersonalityTypeSchema.shape),
  item: Object.keys(EssentialItemSchema.shape),
  optional: Object.keys(OptionalItemSchema.shape),
  related: Object.keys(RelatedProfessionsSchema.shape)
}

const where = {
  profession: 'the profession',
  personality: 'a personality type',
  item: 'an essential item',
  optional: 'an optional item',
  related: '`relatedProfessions`'
}

/**
 * Keys the model does not know, at any depth. zod strips them silently; the
 * published JSON Schema forbids them (`additionalProperties: false`), so
 * checking a converted profile reports them the same way.
 *
 * @param data
 *   The parsed JSON.
 */
export function unknownKeys(data: unknown): UnknownKey[] {
  const found: UnknownKey[] = []
  const visit = (value: unknown, pointer: string, kind: keyof typeof known) => {
    if (!isRecord(value)) return
    for (const key of Object.keys(value)) {
      if (!known[kind].includes(key)) {
        found.push({pointer: pointer + '/' + escape(key), key, where: where[kind], allowed: known[kind]})
      }
    }
  }

  visit(data, '', 'profession')
  if (!isRecord(data)) return found
  const lists = [
    ['personalityTypes', 'personality'],
    ['knowledge', 'item'],
    ['skills', 'item'],
    ['optionalSkills', 'optional']
  ] as const
  for (const [field, kind] of lists) {
    const list = data[field]
    if (Array.isArray(list)) for (const [index, entry] of list.entries()) visit(entry, `/${field}/${index}`, kind)
  }

  visit(data['relatedProfessions'], '/relatedProfessions', 'related')
  return found
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
