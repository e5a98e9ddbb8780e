import {exitCodes, type ExitCode, type Io} from './io.js'

/**
 * `profession-parser schema [profession|config]`: the JSON Schema as
 * 2-space JSON on stdout.
 *
 * @param which
 *   Which schema.
 * @param io
 *   Streams.
 */
export async function printSchema(which: 'profession' | 'config', io: Io): Promise<ExitCode> {
  const {configJsonSchema, professionJsonSchema} = await import('../validate/json-schema.js')
  const schema = which === 'config' ? configJsonSchema() : professionJsonSchema()
  io.stdout.write(JSON.stringify(schema, null, 2) + '\n')
  return exitCodes.ok
}
