#!/usr/bin/env node
import module from 'node:module'

// Node 22.1+ caches compiled code between runs, and most of a one-file run
// is compiling modules. Node 20 has no such cache; the call is skipped there.
const {enableCompileCache} = module as {enableCompileCache?: () => unknown}
enableCompileCache?.()

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// Imported after the cache is on, so the CLI's own modules use it.
const {main} = await import('./main.js')

// `exitCode`, not `exit()`: stdout may still be draining into a pipe.
process.exitCode = await main(process.argv.slice(2))
