"use strict";
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher for child processes */
// Lets a child process of a test `require` the TypeScript sources, transpiled on the fly (no
// type check): tests can then kill or signal a real process without a build step. Transpiled
// files are cached in the temporary folder (keyed by path, size and time), so that only the
// first child of a test run pays for it.
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ts = require("typescript");

const cacheDir = path.join(os.tmpdir(), "spaser-ts-require-cache");
fs.mkdirSync(cacheDir, { recursive: true });

require.extensions[".ts"] = (module, filename) => {
  const st = fs.statSync(filename);
  const key = crypto
    .createHash("sha1")
    .update(`${filename}\0${st.size}\0${st.mtimeMs}\0${ts.version}`)
    .digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, "utf8");
  } catch {
    const source = fs.readFileSync(filename, "utf8");
    output = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    }).outputText;
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, output);
    fs.renameSync(tmp, cached);
  }
  module._compile(output, filename);
};
