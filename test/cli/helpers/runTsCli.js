"use strict";
/* global require, process, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher for child processes */
// Child-process launcher for tests: the `spaser` CLI from the TypeScript sources (see tsRequire).
require("./tsRequire");
const path = require("node:path");

const { run } = require(path.join(__dirname, "..", "..", "..", "src", "cli", "main.ts"));
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Erreur interne : ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  },
);
