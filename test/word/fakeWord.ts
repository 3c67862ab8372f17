/**
 * A small typed fake of the Word API subset in src/word/wordApi.ts, with what office-addin-mock
 * lacks: collections, getByTag, and a document state. It behaves like Office.js where it matters
 * for round-trip counting: writes become visible in `committed` only at `sync()`, and a loaded
 * property can be read only after `load()` *and* a `sync()`.
 *
 * And like Word where the issue-10 review found the add-in would meet it:
 * - track changes (`trackChanges`): `delete(false)` does not remove a control, it marks its
 *   text as a pending tracked deletion (office-js #1299); the control still lists; tracked
 *   changes (WordApi 1.6) report it; `acceptDeletions()` / `rejectDeletions()` settle them;
 * - review comments inside a control (`comments`): `insertText(…, "Replace")` drops them
 *   (office-js #2574);
 * - nested controls: with the cursor inside a control (`cursorIn`), a paragraph inserted "After"
 *   the selection and wrapped lands inside it (`parentId`); `parentContentControlOrNullObject`
 *   gives the innermost control around the cursor or around a control.
 */
import type {
  WordComment,
  WordContentControl,
  WordContentControlCollection,
  WordContext,
  WordDocument,
  WordLoadedItems,
  WordParagraph,
  WordRange,
  WordTrackedChange,
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
  /** Review comments anchored in the control's text. */
  comments?: string[];
  /** The control whose content holds this one (nested controls). */
  parentId?: number;
  /** Deleted with track changes on: still there, its whole text a pending tracked deletion. */
  deleted?: boolean;
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

const controlText = (c: ControlState): string => c.paragraphs.map((p) => p.text).join("\n");

export class FakeWord {
  staged: DocState;
  committed: DocState;
  syncCount = 0;
  /** Track changes on (Document.changeTrackingMode "TrackAll"). */
  trackChanges = false;
  /** The control the cursor is in (null: plain text). */
  cursorIn: number | null = null;
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

  /** A new empty control, placed after `afterId` (or last), inside `parentId`. */
  newControl(parentId: number | undefined, afterId?: number): ControlState {
    const control: ControlState = {
      id: this.nextId++,
      tag: "",
      title: "",
      appearance: "",
      paragraphs: [{ text: "", style: "Normal" }],
      ...(parentId !== undefined ? { parentId } : {}),
    };
    const at = afterId === undefined ? -1 : this.staged.controls.findIndex((c) => c.id === afterId);
    if (at < 0) this.staged.controls.push(control);
    else this.staged.controls.splice(at + 1, 0, control);
    return control;
  }

  stagedControl(id: number): ControlState {
    const c = this.staged.controls.find((x) => x.id === id);
    if (!c) throw new Error(`ItemNotFound: content control ${id} no longer exists`);
    return c;
  }

  /** A reviewer accepts every pending deletion: the controls go. */
  acceptDeletions(): void {
    this.staged.controls = this.staged.controls.filter((c) => !c.deleted);
    this.committed = structuredClone(this.staged);
  }

  /** A reviewer rejects every pending deletion: the controls are back. */
  rejectDeletions(): void {
    for (const c of this.staged.controls) delete c.deleted;
    this.committed = structuredClone(this.staged);
  }

  trackedChangesOf(c: ControlState): WordTrackedChange[] {
    return c.deleted ? [{ type: "Deleted", text: controlText(c) }] : [];
  }
}

class LoadedItems<T> implements WordLoadedItems<T> {
  private loaded: T[] | null = null;
  constructor(
    private readonly fake: FakeWord,
    private readonly read: () => T[],
    private readonly what: string,
  ) {}
  get items(): T[] {
    if (!this.loaded) throw new NotLoadedError(this.what);
    return this.loaded;
  }
  load(): unknown {
    this.fake.queueLoad(() => (this.loaded = this.read()));
    return this;
  }
}

class FakeDocument implements WordDocument {
  private mode: string | null = null;
  readonly body: WordDocument["body"];
  constructor(private readonly fake: FakeWord) {
    this.body = {
      insertParagraph: (_text: string, location: "End") => {
        expect(location).toBe("End");
        fake.staged.looseParagraphs += 1;
        return new FakeParagraph(fake, null);
      },
      getTrackedChanges: () =>
        new LoadedItems(
          fake,
          () => fake.committed.controls.flatMap((c) => fake.trackedChangesOf(c)),
          "body.trackedChanges",
        ),
    };
  }
  getSelection(): WordRange {
    return new FakeSelection(this.fake);
  }
  get contentControls(): WordContentControlCollection {
    return new FakeCollection(this.fake, null);
  }
  get changeTrackingMode(): string {
    if (this.mode === null) throw new NotLoadedError("document.changeTrackingMode");
    return this.mode;
  }
  set changeTrackingMode(mode: string) {
    this.fake.trackChanges = mode !== "Off";
  }
  load(): unknown {
    this.fake.queueLoad(() => (this.mode = this.fake.trackChanges ? "TrackAll" : "Off"));
    return this;
  }
}

/** A paragraph inserted but not yet wrapped: where its control will go. */
interface Slot {
  readonly parentId: number | undefined;
  readonly afterId: number | undefined;
}

class FakeParagraph implements WordParagraph {
  /** The control wrapping this paragraph, once wrapped. */
  private wrapped: ControlState | undefined;
  constructor(
    private readonly fake: FakeWord,
    private readonly target: ParagraphState | null,
    private readonly slot: Slot = { parentId: undefined, afterId: undefined },
  ) {}
  get styleBuiltIn(): string {
    throw new NotLoadedError("paragraph.styleBuiltIn");
  }
  set styleBuiltIn(style: string) {
    if (this.target) this.target.style = style;
  }
  insertContentControl(): WordContentControl {
    if (this.target) throw new Error("fake: only a new empty paragraph can be wrapped");
    this.fake.staged.looseParagraphs -= 1;
    const control = this.fake.newControl(this.slot.parentId, this.slot.afterId);
    this.wrapped = control;
    return new FakeControl(this.fake, () => this.fake.staged.controls.find((c) => c === control));
  }
  /** Deletes the paragraph, with the control wrapping it (tracked when track changes is on). */
  delete(): void {
    if (this.target) throw new Error("fake: deleting a paragraph of a control is not expected");
    const wrapped = this.wrapped;
    if (!wrapped) {
      this.fake.staged.looseParagraphs -= 1;
      return;
    }
    if (this.fake.trackChanges) {
      wrapped.deleted = true;
      return;
    }
    this.fake.staged.controls = this.fake.staged.controls.filter((c) => c !== wrapped);
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
    // After the cursor's paragraph: still inside the control the cursor is in.
    const inside = this.fake.cursorIn ?? undefined;
    return new FakeParagraph(this.fake, null, { parentId: inside, afterId: inside });
  }
  get parentContentControlOrNullObject(): WordContentControl {
    const id = this.fake.cursorIn;
    return new FakeControl(this.fake, () =>
      id === null ? undefined : this.fake.committed.controls.find((c) => c.id === id),
    );
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
  get parentContentControlOrNullObject(): WordContentControl {
    throw new Error("fake: not expected");
  }
}

type Snapshot = Pick<ControlState, "id" | "tag" | "title"> & { text: string };

/**
 * A content-control proxy: `locate` finds its state (committed, for reads) at sync time; it is
 * a null object when that finds nothing.
 */
class FakeControl implements WordContentControl {
  private loaded: (Snapshot & { isNull: boolean }) | null = null;
  private readonly controlId: number | null;

  constructor(
    private readonly fake: FakeWord,
    private readonly locate: () => ControlState | undefined,
    snapshot?: ControlState,
  ) {
    this.controlId = snapshot?.id ?? null;
    if (snapshot)
      this.loaded = {
        id: snapshot.id,
        tag: snapshot.tag,
        title: snapshot.title,
        text: controlText(snapshot),
        isNull: false,
      };
  }
  /** The staged state this proxy writes to. */
  private state(): ControlState {
    const id = this.controlId ?? this.locate()?.id;
    if (id === undefined) throw new Error("fake: writing to a null content control");
    return this.fake.stagedControl(id);
  }
  private read<K extends keyof Snapshot>(key: K): Snapshot[K] {
    if (!this.loaded) throw new NotLoadedError(`contentControl.${key}`);
    return this.loaded[key];
  }
  get isNullObject(): boolean {
    if (!this.loaded) throw new NotLoadedError("contentControl.isNullObject");
    return this.loaded.isNull;
  }
  load(): unknown {
    this.fake.queueLoad(() => {
      const c = this.locate();
      this.loaded = c
        ? { id: c.id, tag: c.tag, title: c.title, text: controlText(c), isNull: false }
        : { id: 0, tag: "", title: "", text: "", isNull: true };
    });
    return this;
  }
  get id(): number {
    return this.read("id");
  }
  get text(): string {
    return this.read("text");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(tag: string) {
    this.state().tag = tag;
  }
  get title(): string {
    return this.read("title");
  }
  set title(title: string) {
    this.state().title = title;
  }
  get appearance(): string {
    throw new NotLoadedError("contentControl.appearance");
  }
  set appearance(appearance: string) {
    this.state().appearance = appearance;
  }
  insertText(text: string, location: "Replace"): WordRange {
    expect(location).toBe("Replace");
    const paragraph = { text, style: "Normal" };
    const c = this.state();
    c.paragraphs = [paragraph];
    // Replacing the text removes the comments anchored in it (office-js #2574).
    delete c.comments;
    return new FakeTextRange(paragraph);
  }
  insertParagraph(text: string, location: "End" | "After"): WordParagraph {
    const c = this.state();
    if (location === "After") {
      this.fake.staged.looseParagraphs += 1;
      return new FakeParagraph(this.fake, null, { parentId: c.parentId, afterId: c.id });
    }
    expect(location).toBe("End");
    const paragraph = { text, style: "Normal" };
    c.paragraphs.push(paragraph);
    return new FakeParagraph(this.fake, paragraph);
  }
  select(): void {
    this.fake.staged.selectedControlId = this.state().id;
  }
  delete(keepContent: boolean): void {
    const c = this.state();
    if (this.fake.trackChanges) {
      // Tracked: the control stays, its text marked deleted (office-js #1299).
      c.deleted = true;
      return;
    }
    this.fake.staged.controls = this.fake.staged.controls.filter((x) => x !== c);
    if (keepContent) this.fake.staged.looseParagraphs += c.paragraphs.length;
  }
  get parentContentControlOrNullObject(): WordContentControl {
    return new FakeControl(this.fake, () => {
      const me = this.locate();
      return me?.parentId === undefined
        ? undefined
        : this.fake.committed.controls.find((c) => c.id === me.parentId);
    });
  }
  getComments(): WordLoadedItems<WordComment> {
    return new LoadedItems(
      this.fake,
      () => (this.locate()?.comments ?? []).map((_, i) => ({ id: String(i + 1) })),
      "comments",
    );
  }
  getTrackedChanges(): WordLoadedItems<WordTrackedChange> {
    return new LoadedItems(
      this.fake,
      () => {
        const c = this.locate();
        return c ? this.fake.trackedChangesOf(c) : [];
      },
      "trackedChanges",
    );
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
        .map(
          (c) =>
            new FakeControl(
              this.fake,
              () => this.fake.committed.controls.find((x) => x.id === c.id),
              c,
            ),
        );
    });
    return this;
  }
  getByTag(tag: string): WordContentControlCollection {
    return new FakeCollection(this.fake, tag);
  }
}
