/**
 * The subset of Office.js (Word, WordApi 1.1 plus styleBuiltIn from 1.3) that the adapter uses,
 * as structural types. The real `Word.RequestContext` satisfies them (checked below by the
 * compiler), and tests pass a small fake with collections, which office-addin-mock lacks.
 */

export type InsertEnd = "End";

export interface WordParagraph {
  /** WordApi 1.3; set only when supported. */
  styleBuiltIn: string;
  insertContentControl(): WordContentControl;
}

export interface WordRange {
  styleBuiltIn: string;
  insertParagraph(text: string, location: "After"): WordParagraph;
}

export interface WordContentControl {
  readonly id: number;
  tag: string;
  title: string;
  appearance: string;
  insertText(text: string, location: "Replace"): WordRange;
  insertParagraph(text: string, location: InsertEnd): WordParagraph;
  select(): void;
  delete(keepContent: boolean): void;
}

export interface WordContentControlCollection {
  readonly items: WordContentControl[];
  load(propertyNames: string): unknown;
  getByTag(tag: string): WordContentControlCollection;
}

export interface WordContext {
  readonly document: {
    getSelection(): WordRange;
    readonly contentControls: WordContentControlCollection;
  };
  sync(): Promise<unknown>;
}

/** Office's requirement-set checker (`Office.context.requirements`). */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** `Office.context.document.settings`: saved inside the document. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(
    callback: (result: { status: unknown; error?: { message: string } | null }) => void,
  ): void;
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
