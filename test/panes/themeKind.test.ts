import { luminance, themeKind } from "../../src/panes/common/themeKind";

describe("luminance", () => {
  it("follows the WCAG formula at its ends and in between", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 10);
    expect(luminance("808080")).toBeCloseTo(0.2159, 3);
    expect(luminance("red")).toBeUndefined();
  });
});

describe("themeKind", () => {
  it("follows Office's background inside Office, whatever the system says", () => {
    expect(themeKind("#262626", false)).toBe("dark");
    expect(themeKind("#1f1f1f", false)).toBe("dark");
    expect(themeKind("#FFFFFF", true)).toBe("light");
    expect(themeKind("#E6E6E6", true)).toBe("light");
  });
  it("follows the system preference outside Office or when the colour is unreadable", () => {
    expect(themeKind(undefined, true)).toBe("dark");
    expect(themeKind(undefined, false)).toBe("light");
    expect(themeKind("", true)).toBe("dark");
  });
});
