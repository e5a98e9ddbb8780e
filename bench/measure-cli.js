/**
 * Run the built CLI in this process and report its peak memory: the
 * process's maximum resident set size, which covers the main thread and the
 * worker threads (threads share the process's memory). Prints one line,
 * `@bench {"code":0,"maxRss":123456789}`, on stderr after the CLI's own output.
 *
 *     node bench/measure-cli.js convert corpus --jsonl out.jsonl
 */
import {main} from '../dist/cli/main.js'

const code = await main(process.argv.slice(2))
const maxRss = process.resourceUsage().maxRSS * 1024
process.stderr.write(`\n@bench ${JSON.stringify({code, maxRss})}\n`)
process.exitCode = code
