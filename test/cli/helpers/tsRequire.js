"use strict";
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher for child processes */
// Lets a child process of a test `require` the TypeScript sources, transpiled on the fly (no
// type check): tests can then kill or signal a real process without a build step.
const fs = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};
