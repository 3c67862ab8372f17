/**
 * First module of every pane bundle (webpack.config.js puts it before the entry): turns zod's
 * JIT off. Zod 4 compiles object parsers with `new Function`, after probing whether eval is
 * allowed; under the pages' CSP (no 'unsafe-eval') the probe is blocked, which parses fine but
 * fires a `securitypolicyviolation` on the first schema parsed. `jitless` skips both.
 */
import { config } from "zod";

config({ jitless: true });
