/**
 * Office's settings and requirement sets through office-addin-mock (it mocks plain Office
 * objects well; Word collections are in fakeWord.ts). Like Office, each add-in instance holds
 * its own in-memory copy of the settings, loaded when it starts: `saveAsync` writes the whole
 * copy into the document, `refreshAsync` reloads it from there. `coauthor()` opens the same
 * document in a second instance (co-authoring in Word on the web).
 */
import { OfficeMockObject } from "office-addin-mock";
import type { DocumentSettings, RequirementChecker } from "../../src/word/wordApi";

export interface FakeOffice {
  readonly settings: DocumentSettings;
  readonly requirements: RequirementChecker;
  /** Values as last saved into the document by saveAsync (by any instance). */
  readonly saved: Map<string, unknown>;
  saveCount: number;
  refreshCount: number;
  failNextSave: boolean;
  /** Another add-in instance on the same document, with its own copy loaded now. */
  coauthor(): FakeOffice;
}

interface SharedDocument {
  saved: Map<string, unknown>;
}

type Callback = (r: { status: string; error: { message: string } | null }) => void;

const copy = (m: Map<string, unknown>): Map<string, unknown> =>
  new Map([...m].map(([k, v]) => [k, structuredClone(v)]));

export function fakeOffice(
  supported: readonly string[] = ["1.1", "1.3"],
  initial: Record<string, unknown> = {},
  shared?: SharedDocument,
): FakeOffice {
  const doc: SharedDocument = shared ?? {
    saved: new Map(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)])),
  };
  let live = copy(doc.saved);
  const state = { saveCount: 0, refreshCount: 0, failNextSave: false };
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
          saveAsync: (callback: Callback) => {
            if (state.failNextSave) {
              state.failNextSave = false;
              callback({ status: "failed", error: { message: "document en lecture seule" } });
              return;
            }
            doc.saved = copy(live);
            state.saveCount += 1;
            callback({ status: "succeeded", error: null });
          },
          refreshAsync: (callback: Callback) => {
            live = copy(doc.saved);
            state.refreshCount += 1;
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
      return doc.saved;
    },
    get saveCount() {
      return state.saveCount;
    },
    set saveCount(n: number) {
      state.saveCount = n;
    },
    get refreshCount() {
      return state.refreshCount;
    },
    set refreshCount(n: number) {
      state.refreshCount = n;
    },
    get failNextSave() {
      return state.failNextSave;
    },
    set failNextSave(v: boolean) {
      state.failNextSave = v;
    },
    coauthor: () => fakeOffice(supported, {}, doc),
  };
}
