#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from TypeScript by the package's `prepare` script (run by `npm ci`).
const { run } = require("../build/src/cli/main.js");
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Erreur interne : ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  },
);
