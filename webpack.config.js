/**
 * Builds the add-in's pages into dist/: excel.html, word.html and index.html (the routing page of
 * the manifest's DefaultSettings), plus the icons and manifest.xml with the production origin.
 *
 *   npm run build        → production build (SPASER_HOST_URL=https://… sets the origin in dist/manifest.xml)
 *   npm run dev-server   → https://localhost:3000 (uses the Office dev certificates in
 *                          ~/.office-addin-dev-certs when present, else a self-signed certificate)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Origin written in the source manifest.xml, replaced at build time. */
const DEV_ORIGIN = "https://localhost:3000";
const crypto = require("crypto");

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** The page's Office.js (src/panes/common/officeCdn.ts holds the same URL for the loader). */
const OFFICE_JS_URL = `${OFFICE_CDN}/lib/1/hosted/office.js`;
/**
 * The hosts Office.js itself loads scripts from or talks to, beyond its own CDN (Microsoft
 * documents no canonical list; office-js issue #1005 and office-js-docs-pr issue #721 are the
 * reference):
 * - officeapis.public.onecdn.static.microsoft: the CDN Microsoft's documentation now gives for
 *   office.js on the unified Microsoft 365 domain; Office.js may move its host files there;
 * - ajax.aspnetcdn.com: MicrosoftAjax.js, which Office.js loads on some hosts (#1005, #5733);
 *   a blocked secondary script means `Office.onReady` never resolves (office-js #6040).
 */
const OFFICE_SCRIPT_HOSTS = [
  OFFICE_CDN,
  "https://officeapis.public.onecdn.static.microsoft",
  "https://ajax.aspnetcdn.com",
];
/** Office.js's telemetry (#1005): a refused request is harmless but reported as a violation. */
const OFFICE_CONNECT_HOSTS = [...OFFICE_SCRIPT_HOSTS, "https://browser.pipe.aria.microsoft.com"];
/** The ES5 bootstrap, copied as is (not bundled), first script of every page. */
const BOOTSTRAP_SOURCE = path.resolve(__dirname, "src/panes/common/bootstrap.es5.js");
/** Zod's JIT off before any schema is built (src/panes/common/zodJitless.ts). */
const ZOD_JITLESS = "./src/panes/common/zodJitless.ts";

/** The production origin: an https URL without path, query or trailing slash. */
function hostOrigin(value) {
  const raw = (value || DEV_ORIGIN).trim().replace(/\/+$/, "");
  const url = new URL(raw);
  if (url.protocol !== "https:")
    throw new Error(`SPASER_HOST_URL doit être une adresse https : ${raw}`);
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `SPASER_HOST_URL doit être une origine sans chemin (https://hote[:port]) : ${raw}`,
    );
  }
  return url.origin;
}

/** manifest.xml with every URL moved to the given origin. */
function rewriteManifest(xml, origin) {
  return xml.split(DEV_ORIGIN).join(hostOrigin(origin));
}

/**
 * The pages' Content-Security-Policy. Scripts: our own bundles, Office.js and the hosts it loads
 * from (no inline, no eval: zod runs jitless). Styles: Griffel (Fluent UI) and Office.js inject
 * <style> elements, hence 'unsafe-inline' in style-src only. Requests: our origin (lazy chunks),
 * Office.js's hosts and its telemetry; the dev server adds its websocket.
 */
function contentSecurityPolicy(dev) {
  const connect = ["'self'", ...OFFICE_CONNECT_HOSTS].concat(
    dev ? ["wss://localhost:3000", "ws://localhost:3000"] : [],
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_SCRIPT_HOSTS.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
  );
}

/** The bootstrap's file name, with a hash of its content so that a new version is never cached. */
function bootstrapFile() {
  const hash = crypto
    .createHash("sha256")
    .update(fs.readFileSync(BOOTSTRAP_SOURCE))
    .digest("hex")
    .slice(0, 8);
  return `bootstrap.${hash}.js`;
}

function page(name, chunk, title, template, dev) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    title,
    bootstrapSrc: bootstrapFile(),
    officeJsUrl: OFFICE_JS_URL,
    chunks: [chunk],
    // In <head>, after the template's bootstrap and Office.js tags, deferred.
    inject: "head",
    scriptLoading: "defer",
    // Written by the templates as the first element of <head>.
    contentSecurityPolicy: contentSecurityPolicy(dev),
  });
}

function config(_env, argv) {
  const dev = argv.mode !== "production";
  const origin = hostOrigin(process.env.SPASER_HOST_URL);
  const pageTemplate = path.resolve(__dirname, "src/panes/common/page.html");
  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the CSP forbids eval in every build.
    devtool: dev ? "source-map" : false,
    entry: {
      excel: [ZOD_JITLESS, "./src/panes/excel/index.tsx"],
      word: [ZOD_JITLESS, "./src/panes/word/index.tsx"],
      router: "./src/panes/router/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules so that webpack can tree-shake; type-checking is `npm run typecheck`'s job.
              transpileOnly: true,
              compilerOptions: { module: "esnext", noEmit: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page("excel", "excel", "Pilotage SPASER", pageTemplate, dev),
      page("word", "word", "Clauses SPASER", pageTemplate, dev),
      page(
        "index",
        "router",
        "SPASER Nord",
        path.resolve(__dirname, "src/panes/router/index.html"),
        dev,
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: BOOTSTRAP_SOURCE, to: bootstrapFile() },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString("utf8"), origin),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: { type: "https", options: devCertificates() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: false },
    },
  };
}

module.exports = config;
module.exports.rewriteManifest = rewriteManifest;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.hostOrigin = hostOrigin;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
