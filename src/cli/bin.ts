#!/usr/bin/env node
import {main} from './main.js'

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// `exitCode`, not `exit()`: stdout may still be draining into a pipe.
process.exitCode = await main(process.argv.slice(2))
