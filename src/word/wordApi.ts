/**
 * The subset of Office.js (Word) that the adapter uses, as structural types: WordApi 1.1, plus
 * what newer sets add where the host has them (see wordFeatures.ts): styleBuiltIn and parent
 * content controls (1.3), comments and the change-tracking mode (1.4), tracked changes (1.6).
 * The real `Word.RequestContext` satisfies them (checked below by the compiler), and tests pass
 * a small fake with collections, which office-addin-mock lacks.
 */

export type InsertEnd = "End";

export interface WordParagraph {
  /** WordApi 1.3; set only when supported. */
  styleBuiltIn: string;
  insertContentControl(): WordContentControl;
  delete(): void;
}

export interface WordRange {
  styleBuiltIn: string;
  insertParagraph(text: string, location: "After"): WordParagraph;
  /** WordApi 1.3: the innermost content control around the range, or a null object. */
  readonly parentContentControlOrNullObject: WordContentControl;
}

export interface WordLoadedItems<T> {
  readonly items: T[];
  load(propertyNames: string): unknown;
}

/** WordApi 1.4. */
export interface WordComment {
  readonly id: string;
}

/** WordApi 1.6: "Added" | "Deleted" | "Formatted" | "None". */
export interface WordTrackedChange {
  readonly type: string;
  readonly text: string;
}

export interface WordContentControl {
  readonly id: number;
  readonly isNullObject: boolean;
  tag: string;
  title: string;
  appearance: string;
  /** The control's text (loaded with the list, to compare with tracked deletions). */
  readonly text: string;
  insertText(text: string, location: "Replace"): WordRange;
  insertParagraph(text: string, location: InsertEnd | "After"): WordParagraph;
  select(): void;
  delete(keepContent: boolean): void;
  /** WordApi 1.3. */
  readonly parentContentControlOrNullObject: WordContentControl;
  /** WordApi 1.4. */
  getComments(): WordLoadedItems<WordComment>;
  /** WordApi 1.6. */
  getTrackedChanges(): WordLoadedItems<WordTrackedChange>;
  load(propertyNames: string): unknown;
}

export interface WordContentControlCollection {
  readonly items: WordContentControl[];
  load(propertyNames: string): unknown;
  getByTag(tag: string): WordContentControlCollection;
}

export interface WordDocument {
  getSelection(): WordRange;
  readonly contentControls: WordContentControlCollection;
  /** WordApi 1.4: "Off" | "TrackAll" | "TrackMineOnly". */
  changeTrackingMode: string;
  readonly body: {
    insertParagraph(text: string, location: "End"): WordParagraph;
    /** WordApi 1.6. */
    getTrackedChanges(): WordLoadedItems<WordTrackedChange>;
  };
  load(propertyNames: string): unknown;
}

export interface WordContext {
  readonly document: WordDocument;
  sync(): Promise<unknown>;
}

/** Office's requirement-set checker (`Office.context.requirements`). */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

interface SettingsResult {
  status: unknown;
  error?: { message: string } | null;
}

/**
 * `Office.context.document.settings`: an in-memory copy of the bag saved inside the document,
 * loaded when the add-in starts; `saveAsync` writes the whole bag, `refreshAsync` reloads it.
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: SettingsResult) => void): void;
  refreshAsync(callback: (result: SettingsResult) => void): void;
}

type Assert<T extends true> = T;
/** Compile-time proof that the real Office.js objects fit these shapes. */
export type RealApiFits = Assert<
  Word.RequestContext extends WordContext
    ? Office.Settings extends DocumentSettings
      ? Office.RequirementSetSupport extends RequirementChecker
        ? true
        : false
      : false
    : false
>;
