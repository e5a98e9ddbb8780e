import type {Profession} from '../model/profession.js'

/**
 * The profession as the CLI prints and writes it: 2-space indented JSON,
 * newline-terminated so files and terminals end cleanly.
 *
 * @param profession
 *   The parsed profession.
 */
export function professionJson(profession: Profession): string {
  return JSON.stringify(profession, null, 2) + '\n'
}
