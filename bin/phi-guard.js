#!/usr/bin/env node
// The `phi-guard` command: a thin launcher for the bundled CLI (run `npm run build` first).
import { main } from '../dist/node/cli.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
