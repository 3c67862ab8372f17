/**
 * A small typed fake of the Word API subset in src/word/wordApi.ts, with what office-addin-mock
 * lacks: collections, getByTag, and a document state. It behaves like Office.js where it matters
 * for round-trip counting: writes become visible in `committed` only at `sync()`, and a
 * collection's `items` can be read only after `load()` *and* a `sync()`.
 */
import type {
  WordContentControl,
  WordContentControlCollection,
  WordContext,
  WordParagraph,
  WordRange,
} from "../../src/word/wordApi";

export interface ParagraphState {
  text: string;
  style: string;
}
export interface ControlState {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  paragraphs: ParagraphState[];
}
export interface DocState {
  controls: ControlState[];
  /** Paragraphs outside any control (the user's own text, or an anchor not yet wrapped). */
  looseParagraphs: number;
  selectedControlId: number | null;
}

class NotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

export class FakeWord {
  staged: DocState;
  committed: DocState;
  syncCount = 0;
  private nextId: number;
  private pendingLoads: (() => void)[] = [];
  readonly context: WordContext;

  constructor(initial: ControlState[] = []) {
    this.staged = {
      controls: initial.map((c) => structuredClone(c)),
      looseParagraphs: 1,
      selectedControlId: null,
    };
    this.committed = structuredClone(this.staged);
    this.nextId = Math.max(0, ...initial.map((c) => c.id)) + 1;
    this.context = {
      document: new FakeDocument(this),
      sync: async () => {
        this.committed = structuredClone(this.staged);
        const loads = this.pendingLoads;
        this.pendingLoads = [];
        for (const fulfil of loads) fulfil();
        this.syncCount += 1;
      },
    };
  }

  queueLoad(fulfil: () => void): void {
    this.pendingLoads.push(fulfil);
  }

  newControl(): ControlState {
    const control: ControlState = {
      id: this.nextId++,
      tag: "",
      title: "",
      appearance: "",
      paragraphs: [{ text: "", style: "Normal" }],
    };
    this.staged.controls.push(control);
    return control;
  }

  stagedControl(id: number): ControlState {
    const c = this.staged.controls.find((x) => x.id === id);
    if (!c) throw new Error(`ItemNotFound: content control ${id} no longer exists`);
    return c;
  }
}

class FakeDocument {
  constructor(private readonly fake: FakeWord) {}
  getSelection(): WordRange {
    return new FakeSelection(this.fake);
  }
  get contentControls(): WordContentControlCollection {
    return new FakeCollection(this.fake, null);
  }
}

class FakeParagraph implements WordParagraph {
  constructor(
    private readonly fake: FakeWord,
    private readonly target: ParagraphState | null,
  ) {}
  get styleBuiltIn(): string {
    throw new NotLoadedError("paragraph.styleBuiltIn");
  }
  set styleBuiltIn(style: string) {
    if (this.target) this.target.style = style;
  }
  insertContentControl(): WordContentControl {
    if (this.target) throw new Error("fake: only the selection's new paragraph can be wrapped");
    this.fake.staged.looseParagraphs -= 1;
    return new FakeControl(this.fake, this.fake.newControl().id, null);
  }
}

class FakeSelection implements WordRange {
  constructor(private readonly fake: FakeWord) {}
  get styleBuiltIn(): string {
    throw new NotLoadedError("range.styleBuiltIn");
  }
  set styleBuiltIn(_style: string) {
    throw new Error("fake: styling the selection is not expected");
  }
  insertParagraph(_text: string, location: "After"): WordParagraph {
    expect(location).toBe("After");
    this.fake.staged.looseParagraphs += 1;
    return new FakeParagraph(this.fake, null);
  }
}

class FakeTextRange implements WordRange {
  constructor(private readonly target: ParagraphState) {}
  get styleBuiltIn(): string {
    throw new NotLoadedError("range.styleBuiltIn");
  }
  set styleBuiltIn(style: string) {
    this.target.style = style;
  }
  insertParagraph(): WordParagraph {
    throw new Error("fake: not expected");
  }
}

type Snapshot = Pick<ControlState, "id" | "tag" | "title">;

class FakeControl implements WordContentControl {
  constructor(
    private readonly fake: FakeWord,
    private readonly controlId: number,
    private readonly loaded: Snapshot | null,
  ) {}
  private read<K extends keyof Snapshot>(key: K): Snapshot[K] {
    if (!this.loaded) throw new NotLoadedError(`contentControl.${key}`);
    return this.loaded[key];
  }
  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(tag: string) {
    this.fake.stagedControl(this.controlId).tag = tag;
  }
  get title(): string {
    return this.read("title");
  }
  set title(title: string) {
    this.fake.stagedControl(this.controlId).title = title;
  }
  get appearance(): string {
    throw new NotLoadedError("contentControl.appearance");
  }
  set appearance(appearance: string) {
    this.fake.stagedControl(this.controlId).appearance = appearance;
  }
  insertText(text: string, location: "Replace"): WordRange {
    expect(location).toBe("Replace");
    const paragraph = { text, style: "Normal" };
    this.fake.stagedControl(this.controlId).paragraphs = [paragraph];
    return new FakeTextRange(paragraph);
  }
  insertParagraph(text: string, location: "End"): WordParagraph {
    expect(location).toBe("End");
    const paragraph = { text, style: "Normal" };
    this.fake.stagedControl(this.controlId).paragraphs.push(paragraph);
    return new FakeParagraph(this.fake, paragraph);
  }
  select(): void {
    this.fake.staged.selectedControlId = this.controlId;
  }
  delete(keepContent: boolean): void {
    const c = this.fake.stagedControl(this.controlId);
    this.fake.staged.controls = this.fake.staged.controls.filter((x) => x !== c);
    if (keepContent) this.fake.staged.looseParagraphs += c.paragraphs.length;
  }
}

class FakeCollection implements WordContentControlCollection {
  private loadedItems: WordContentControl[] | null = null;
  constructor(
    private readonly fake: FakeWord,
    private readonly tag: string | null,
  ) {}
  get items(): WordContentControl[] {
    if (!this.loadedItems) throw new NotLoadedError("collection.items");
    return this.loadedItems;
  }
  load(_propertyNames: string): unknown {
    this.fake.queueLoad(() => {
      this.loadedItems = this.fake.committed.controls
        .filter((c) => this.tag === null || c.tag === this.tag)
        .map((c) => new FakeControl(this.fake, c.id, { id: c.id, tag: c.tag, title: c.title }));
    });
    return this;
  }
  getByTag(tag: string): WordContentControlCollection {
    return new FakeCollection(this.fake, tag);
  }
}
