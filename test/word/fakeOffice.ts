/**
 * Office's settings and requirement sets through office-addin-mock (it mocks plain Office
 * objects well; Word collections are in fakeWord.ts). The settings store is kept outside the
 * mock so tests can see what was actually saved in the document.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { DocumentSettings, RequirementChecker } from "../../src/word/wordApi";

export interface FakeOffice {
  readonly settings: DocumentSettings;
  readonly requirements: RequirementChecker;
  /** Values as last saved into the document by saveAsync. */
  readonly saved: Map<string, unknown>;
  saveCount: number;
  failNextSave: boolean;
}

export function fakeOffice(
  supported: readonly string[] = ["1.1", "1.3"],
  initial: Record<string, unknown> = {},
): FakeOffice {
  const live = new Map<string, unknown>(
    Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]),
  );
  const state = {
    saved: new Map(live),
    saveCount: 0,
    failNextSave: false,
  };
  const mock = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "WordApi" && supported.includes(version ?? "1.1"),
      },
      document: {
        settings: {
          get: (name: string) => structuredClone(live.get(name) ?? null),
          set: (name: string, value: unknown) => void live.set(name, structuredClone(value)),
          remove: (name: string) => void live.delete(name),
          saveAsync: (
            callback: (r: { status: string; error: { message: string } | null }) => void,
          ) => {
            if (state.failNextSave) {
              state.failNextSave = false;
              callback({ status: "failed", error: { message: "document en lecture seule" } });
              return;
            }
            state.saved = new Map([...live].map(([k, v]) => [k, structuredClone(v)]));
            state.saveCount += 1;
            callback({ status: "succeeded", error: null });
          },
        },
      },
    },
  });
  return {
    settings: mock.context.document.settings as DocumentSettings,
    requirements: mock.context.requirements as RequirementChecker,
    get saved() {
      return state.saved;
    },
    get saveCount() {
      return state.saveCount;
    },
    set saveCount(n: number) {
      state.saveCount = n;
    },
    get failNextSave() {
      return state.failNextSave;
    },
    set failNextSave(v: boolean) {
      state.failNextSave = v;
    },
  };
}
