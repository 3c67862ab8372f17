/*
 * The pages' first script, before Office.js and the bundle. Written in ES5 on purpose (no
 * let/const, no arrow functions, no modules, no template strings): it must parse in every webview
 * Office may use, including Internet Explorer 11 (Trident) and Edge Legacy (EdgeHTML), which
 * volume-licensed Office 2016 and 2019 still use, and where the ES2022 bundle does not even parse.
 *
 * 1. It records when the Office.js <script id="office-js"> loads or fails (window.spaserBoot
 *    .office: "pending" | "loaded" | "failed"), so that the bundle, which runs later, knows
 *    whether to wait for Office.js at all.
 * 2. In an old webview it replaces « Chargement… » with a French message saying which Office
 *    version the add-in needs, and sets window.spaserBoot.legacy so that the bundle does not mount.
 *
 * Served as is (copied, not bundled); test/panes/bootstrap.test.ts runs it in a context that
 * lacks what the bundle needs and parses it as ES5.
 */
/* global window, document */
(function (win, doc) {
  "use strict";

  var OFFICE_SCRIPT_ID = "office-js";
  var boot = { office: "pending", legacy: false, engine: "" };
  win.spaserBoot = boot;

  function isOfficeScript(target) {
    return !!target && target.id === OFFICE_SCRIPT_ID;
  }

  // Load and error events of a <script> do not bubble, but they do go through the capture phase.
  doc.addEventListener(
    "load",
    function (event) {
      if (isOfficeScript(event.target)) boot.office = "loaded";
    },
    true
  );
  doc.addEventListener(
    "error",
    function (event) {
      if (isOfficeScript(event.target)) boot.office = "failed";
    },
    true
  );

  /** What the ES2022 bundle relies on and an old webview lacks; empty when all is there. */
  function missingFeatures() {
    var missing = [];
    if (typeof Promise !== "function") missing.push("Promise");
    if (typeof Symbol !== "function") missing.push("Symbol");
    if (typeof globalThis === "undefined") missing.push("globalThis");
    if (typeof Object.fromEntries !== "function") missing.push("Object.fromEntries");
    if (typeof Object.hasOwn !== "function") missing.push("Object.hasOwn");
    if (typeof Array.prototype.at !== "function") missing.push("Array.prototype.at");
    if (typeof String.prototype.replaceAll !== "function")
      missing.push("String.prototype.replaceAll");
    return missing;
  }

  function engineName(userAgent) {
    if (/Trident\/|MSIE /.test(userAgent)) return "Internet Explorer 11";
    if (/Edge\/\d/.test(userAgent)) return "Microsoft Edge hérité (EdgeHTML)";
    return "";
  }

  var userAgent = (win.navigator && win.navigator.userAgent) || "";
  var engine = engineName(userAgent);
  var missing = missingFeatures();
  if (engine === "" && missing.length === 0) return;

  boot.legacy = true;
  boot.engine = engine || "navigateur intégré trop ancien";

  function paragraph(text, bold) {
    var p = doc.createElement("p");
    p.textContent = text;
    if (bold) p.style.fontWeight = "bold";
    return p;
  }

  function showMessage() {
    var root = doc.getElementById("root") || doc.body;
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = doc.createElement("div");
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.style.padding = "1rem";
    box.appendChild(paragraph("Cette version d’Office ne peut pas afficher le complément SPASER.", true));
    box.appendChild(
      paragraph(
        "Office affiche ce volet avec " +
          boot.engine +
          ", que le complément ne prend pas en charge. C’est le cas des versions d’Office 2016 et 2019 " +
          "en licence en volume."
      )
    );
    box.appendChild(
      paragraph(
        "Il faut Microsoft 365 ou Office 2021 (ou plus récent) sous Windows, qui utilisent " +
          "Microsoft Edge WebView2, ou bien Office sur le web ou Office sur Mac à jour."
      )
    );
    box.appendChild(
      paragraph("Transmettez ce message à votre service informatique (DSIN) pour la mise à jour.")
    );
    root.appendChild(box);
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", showMessage);
  else showMessage();
})(window, document);
