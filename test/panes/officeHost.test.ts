import { hostKindFromInfo, withTimeout } from "../../src/panes/common/officeHost";
import { paneForHost } from "../../src/panes/router/paneForHost";

describe("hostKindFromInfo", () => {
  it.each([
    [{ host: "Excel" }, "excel"],
    [{ host: "Word" }, "word"],
    [{ host: "PowerPoint" }, null],
    [{ host: null }, null],
    [{}, null],
    [null, null],
    [undefined, null],
  ])("%p → %p", (info, expected) => {
    expect(hostKindFromInfo(info)).toBe(expected);
  });
});

describe("paneForHost", () => {
  it("routes each Office host to its pane and leaves the browser on the index page", () => {
    expect(paneForHost("excel")).toBe("excel.html");
    expect(paneForHost("word")).toBe("word.html");
    expect(paneForHost(null)).toBeNull();
  });
});

describe("withTimeout", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("gives the fallback when the promise never settles (unreachable CDN)", async () => {
    const result = withTimeout(new Promise<string>(() => undefined), 1500, "browser");
    jest.advanceTimersByTime(1499);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(result).resolves.toBe("browser");
  });

  it("gives the value when it comes first", async () => {
    const result = withTimeout(Promise.resolve("excel"), 1500, "browser");
    await expect(result).resolves.toBe("excel");
  });

  it("gives the fallback when the promise rejects (script error)", async () => {
    const result = withTimeout(Promise.reject(new Error("réseau")), 1500, "browser");
    await expect(result).resolves.toBe("browser");
  });
});
