#!/usr/bin/env node
// Committed entry point, so npm links `dvc-schema` even before dist/ is built (as in a fresh clone).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dvc-schema: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
