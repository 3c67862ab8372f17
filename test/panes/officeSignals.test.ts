import { looksLikeOffice } from "../../src/panes/common/officeSignals";

describe("looksLikeOffice", () => {
  const plain = {
    inFrame: false,
    url: "http://127.0.0.1:8080/excel.html",
    hasWebviewBridge: false,
  };

  it("says no for a plain browser tab, so that browser mode shows at once", () => {
    expect(looksLikeOffice(plain)).toBe(false);
    expect(looksLikeOffice({ ...plain, url: "https://x/excel.html?host_info=1" })).toBe(false);
  });

  it.each([
    ["Office on the web (iframe)", { ...plain, inFrame: true }],
    [
      "Office's _host_Info query",
      { ...plain, url: "https://x/excel.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0" },
    ],
    [
      "Office's _host_Info after another parameter",
      { ...plain, url: "https://x/excel.html?a=1&_host_Info=Word$Mac" },
    ],
    ["a desktop webview bridge", { ...plain, hasWebviewBridge: true }],
  ])("says yes for %s", (_, signals) => {
    expect(looksLikeOffice(signals)).toBe(true);
  });
});
