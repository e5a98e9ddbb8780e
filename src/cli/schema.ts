import {Argument, type Command} from 'commander'
import type {ExitCode, Io} from './io.js'

/**
 * Add `schema` to the program: print the JSON Schema of the profession model
 * (default) or of the configuration file. The schemas are built when the
 * command runs (they need zod).
 *
 * @param program
 *   The program.
 * @param io
 *   Streams.
 * @param done
 *   Receives the exit code.
 */
export function addSchemaCommand(program: Command, io: Io, done: (code: ExitCode) => void): Command {
  return program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the profession model or of the configuration')
    .addArgument(new Argument('[which]', 'which schema').choices(['profession', 'config']).default('profession'))
    .addHelpText(
      'after',
      `
The package ships both as schema/profession.schema.json and
schema/config.schema.json.

Examples:
  $ profession-parser schema > profession.schema.json
  $ profession-parser schema config`
    )
    .action(async (which: 'profession' | 'config') => {
      const {printSchema} = await import('./schema-command.js')
      done(await printSchema(which, io))
    })
}
