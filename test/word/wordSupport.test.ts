import { checkWordSupport } from "../../src/word/wordSupport";
import { fakeOffice } from "./fakeOffice";

describe("checkWordSupport", () => {
  it("refuses a Word without WordApi 1.1, in French", () => {
    const r = checkWordSupport(fakeOffice([]).requirements);
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining("ne prend pas en charge les contrôles de contenu"),
    });
  });
  it("uses built-in styles only with WordApi 1.3", () => {
    expect(checkWordSupport(fakeOffice(["1.1"]).requirements)).toEqual({
      ok: true,
      builtInStyles: false,
    });
    expect(checkWordSupport(fakeOffice(["1.1", "1.3"]).requirements)).toEqual({
      ok: true,
      builtInStyles: true,
    });
  });
});
