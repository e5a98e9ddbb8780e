import {z} from 'zod'
import {HollandTypeSchema} from './holland.js'
import {hollandCode} from './riasec.js'

/*
 * The JSON shape of a profession is a contract other tools read: change it only
 * with a major version. Every TypeScript type is derived from these schemas.
 */

/** A Holland personality type pair (or triple) with its letter code. */
export const PersonalityTypeSchema = z
  .object({
    code: z
      .string()
      .regex(/^[RIASEC]{1,6}$/)
      .describe('Initials of `types`, in the same order, e.g. "EA"'),
    types: z
      .array(HollandTypeSchema)
      .min(1)
      .describe('The Holland types, in the order the document gives them')
  })
  .refine((value) => value.code === hollandCode(value.types), {
    message: 'code must be the initials of types, in order',
    path: ['code']
  })
  .describe('A Holland (RIASEC) personality type combination')

/** Link to a taxonomy concept, set when a lexicon with URIs knows the label. */
const link = {
  uri: z.string().min(1).optional().describe('Concept URI from the lexicon (ESCO `conceptUri`)'),
  skillType: z
    .string()
    .min(1)
    .optional()
    .describe('Skill type from the lexicon as written (ESCO: `knowledge` or `skill/competence`)')
}

/** An essential knowledge or skill item. */
export const EssentialItemSchema = z
  .object({
    name: z.string().min(1).describe('Label, in the case the document uses'),
    description: z.string().min(1).optional().describe('What the item means'),
    ...link
  })
  .describe('An essential knowledge or skill item')

/** Whether an optional item is knowledge or a skill. */
export const ItemKindSchema = z
  .enum(['knowledge', 'skill'])
  .describe('Knowledge (a noun phrase) or skill (a verb phrase)')

/** An item of the "optional knowledge and skills" list. */
export const OptionalItemSchema = z
  .object({
    name: z.string().min(1).describe('Label, in the case the document uses'),
    kind: ItemKindSchema,
    ...link
  })
  .describe('An optional knowledge or skill item')

/** The "related professions" section of older page layouts. */
export const RelatedProfessionsSchema = z
  .object({
    area: z.string().describe('The area named in the heading, e.g. "Arts"'),
    professions: z.array(z.string().min(1)).describe('Related profession names')
  })
  .describe('Professions related to this one, from older page layouts')

/** A profession profile: the model every input format is parsed into. */
export const ProfessionSchema = z
  .object({
    title: z.string().min(1).describe('Name of the profession'),
    description: z.string().describe('What people in the profession do'),
    personalityTypes: z
      .array(PersonalityTypeSchema)
      .describe('Holland personality type combinations'),
    knowledge: z.array(EssentialItemSchema).describe('Essential knowledge'),
    skills: z.array(EssentialItemSchema).describe('Essential skills'),
    optionalSkills: z
      .array(OptionalItemSchema)
      .describe('Optional knowledge and skills'),
    jobTitles: z
      .array(z.string().min(1))
      .describe('Common job titles, one per entry'),
    tasks: z
      .array(z.string().min(1))
      .optional()
      .describe('Tasks of the profession, from older page layouts'),
    relatedProfessions: RelatedProfessionsSchema.optional(),
    extensions: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Values of the detectors a user added, by detector id, each of the shape its detector\'s schema gives; absent when there are none'
      )
  })
  .describe('A profession profile')

/** A Holland personality type combination with its letter code. */
export type PersonalityType = z.infer<typeof PersonalityTypeSchema>
/** An essential knowledge or skill item. */
export type EssentialItem = z.infer<typeof EssentialItemSchema>
/** Whether an optional item is knowledge or a skill. */
export type ItemKind = z.infer<typeof ItemKindSchema>
/** An item of the optional knowledge and skills list. */
export type OptionalItem = z.infer<typeof OptionalItemSchema>
/** Professions related to this one (older layouts). */
export type RelatedProfessions = z.infer<typeof RelatedProfessionsSchema>
/** A profession profile. */
export type Profession = z.infer<typeof ProfessionSchema>
