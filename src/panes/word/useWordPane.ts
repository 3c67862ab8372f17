/**
 * State hook of the Word pane: where it runs (Word or a plain browser), the library browser,
 * the open clause's form, the selection basket (browser mode), the document's clauses (Office
 * mode) and the check. Rendering lives in WordPane.tsx and components/, styles in *.styles.ts,
 * pure logic in model/.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { checkDocument, type DocumentCheckResult } from "../../clauses/documentCheck";
import { renderTemplate } from "../../clauses/render";
import { findTemplate, listTemplates } from "../../clauses/registry";
import type { ClauseTemplate, ParameterValues } from "../../clauses/types";
import type { DocumentClause } from "../../word/listDocumentClauses";
import { detectOfficeHost } from "../common/loadOffice";
import { downloadSelectionDocx } from "./host/docxDownload";
import { startWordHost, type WordHost } from "./host/wordHost";
import { M } from "./messages";
import {
  type CheckDraft,
  type CheckField,
  initialCheckDraft,
  parseCheckDraft,
} from "./model/checkDraft";
import { clauseText } from "./model/clauseText";
import { EMPTY_FILTER, type ClauseFilter, filterClauses } from "./model/clauseFilter";
import { describeError } from "./model/describeError";
import {
  type DraftBook,
  draftFor,
  resetDraft,
  type ResetUndo,
  undoReset,
  withField,
  withValues,
} from "./model/draftBook";
import {
  type Feedback,
  FEEDBACK_ATTRIBUTE,
  feedback as makeFeedback,
  feedbackLifetime,
} from "./model/feedback";
import { loadFavourites, toggleFavourite } from "./model/favouritesStore";
import { browserStorage, officePartitionKey, partitioned } from "./model/paneStorage";
import { draftToParameters, type ParameterDraft } from "./model/parameterDraft";
import { loadSelection, saveSelection } from "./model/selectionStore";
import {
  addToSelection,
  inSelection,
  removeFromSelection,
  type Selection,
  selectionClauses,
} from "./model/selection";
import type { PaneTab } from "./sections";

export type { PaneTab } from "./sections";
export type WordMode = "detecting" | "office" | "browser";
export type Busy = "insert" | "download" | "check" | "document" | null;

export interface WordPaneState {
  readonly mode: WordMode;
  readonly unsupported: string | null;
  readonly tab: PaneTab;
  readonly filter: ClauseFilter;
  readonly favourites: ReadonlySet<string>;
  readonly visible: readonly ClauseTemplate[];
  readonly open: ClauseTemplate | null;
  readonly draft: ParameterDraft;
  readonly selection: Selection;
  readonly documentClauses: readonly DocumentClause[] | null;
  readonly busy: Busy;
  /** An error not tied to an action (Word could not be reached), shown at the top. */
  readonly error: string | null;
  /** The answer to the last action, shown by the action (see ActionFeedback). */
  readonly feedback: Feedback | null;
  /** Where focus goes after the view changed: the opened clause's title, or the closed clause. */
  readonly focus: FocusRequest | null;
  readonly checkDraft: CheckDraft;
  readonly checkErrors: Readonly<Partial<Record<CheckField, string>>>;
  readonly checkResult: DocumentCheckResult | null;
}

export interface WordPaneActions {
  chooseTab(tab: PaneTab): void;
  changeFilter(patch: Partial<ClauseFilter>): void;
  clearFilters(): void;
  toggleFavourite(templateId: string): void;
  openClause(templateId: string): void;
  closeClause(): void;
  changeParameter(name: string, text: string): void;
  resetParameters(): void;
  undoReset(): void;
  insert(): void;
  copy(): void;
  addToSelection(): void;
  editSelected(templateId: string): void;
  removeSelected(templateId: string): void;
  download(): void;
  reloadDocument(): void;
  selectInDocument(clause: DocumentClause): void;
  updateInDocument(clause: DocumentClause): void;
  removeFromDocument(clause: DocumentClause): void;
  changeCheck(patch: Partial<CheckDraft>): void;
  runCheck(): void;
  dismiss(): void;
  focusDone(): void;
}

export type FocusRequest =
  | { readonly target: "clause-title" }
  | { readonly target: "clause-item"; readonly templateId: string };

const TEMPLATE_IDS = listTemplates().map((t) => t.id);

export function useWordPane(): { state: WordPaneState; actions: WordPaneActions } {
  // Unpartitioned until Office is known; partitioned with Office's key in Office (on the web).
  const [storage, setStorage] = useState(browserStorage);
  const [mode, setMode] = useState<WordMode>("detecting");
  const [unsupported, setUnsupported] = useState<string | null>(null);
  const [tab, setTab] = useState<PaneTab>("library");
  const [filter, setFilter] = useState<ClauseFilter>(EMPTY_FILTER);
  const [favourites, setFavourites] = useState<ReadonlySet<string>>(() =>
    loadFavourites(storage, TEMPLATE_IDS),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<DraftBook>({});
  const [resetUndo, setResetUndo] = useState<ResetUndo | null>(null);
  const [selection, setSelection] = useState<Selection>(() => loadSelection(storage));
  const [documentClauses, setDocumentClauses] = useState<readonly DocumentClause[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [checkDraft, setCheckDraft] = useState<CheckDraft>(() => initialCheckDraft());
  const [checkErrors, setCheckErrors] = useState<Partial<Record<CheckField, string>>>({});
  const [checkResult, setCheckResult] = useState<DocumentCheckResult | null>(null);
  const host = useRef<WordHost | null>(null);

  const open = openId ? (findTemplate(openId) ?? null) : null;
  const draft: ParameterDraft = open ? draftFor(drafts, open) : {};
  const visible = useMemo(() => filterClauses(filter, favourites), [filter, favourites]);
  const notify = useCallback((text: string) => setFeedback(makeFeedback("success", text)), []);
  const fail = useCallback((text: string) => setFeedback(makeFeedback("error", text)), []);

  // The selection survives a reload (browser mode's basket lives nowhere else).
  useEffect(() => {
    saveSelection(storage, selection);
  }, [storage, selection]);

  // Confirmations go away on their own; errors and undo offers stay. Not while the keyboard is
  // on the message (its close button): focus would fall back to the page's start.
  useEffect(() => {
    const lifetime = feedback ? feedbackLifetime(feedback) : null;
    if (!feedback || lifetime === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const expire = (): void => {
      if (document.activeElement?.closest(`[${FEEDBACK_ATTRIBUTE}]`)) {
        timer = setTimeout(expire, lifetime);
        return;
      }
      setFeedback((f) => (f?.id === feedback.id ? null : f));
    };
    timer = setTimeout(expire, lifetime);
    return () => clearTimeout(timer);
  }, [feedback]);

  /** Runs one asynchronous job with a busy flag; failures become a French message. */
  const run = useCallback(
    (kind: Exclude<Busy, null>, job: () => Promise<void>) => {
      setBusy(kind);
      setError(null);
      setFeedback(null);
      void job()
        .catch((e: unknown) => fail(describeError(e)))
        .finally(() => setBusy(null));
    },
    [fail],
  );

  const reloadDocument = useCallback(() => {
    const target = host.current;
    if (!target) return;
    run("document", async () => setDocumentClauses(await target.list()));
  }, [run]);

  useEffect(() => {
    let cancelled = false;
    const startOffice = async (): Promise<void> => {
      setMode("office");
      // Office on the web shares one origin between documents: partition what is stored.
      const key = officePartitionKey();
      if (key) {
        const store = partitioned(browserStorage(), key);
        setStorage(store);
        setFavourites(loadFavourites(store, TEMPLATE_IDS));
        setSelection(loadSelection(store));
      }
      try {
        const start = await startWordHost();
        if (cancelled) return;
        if (!start.ok) {
          setUnsupported(start.message);
          return;
        }
        host.current = start.host;
        setDocumentClauses(await start.host.list());
      } catch (e) {
        if (!cancelled) setError(describeError(e));
      }
    };
    const detection = detectOfficeHost();
    void detection.initial.then((kind) => {
      if (cancelled) return;
      if (kind === "word") {
        void startOffice();
        return;
      }
      setMode("browser");
      // Office.js may answer after the time-out on a slow network.
      void detection.late.then((late) => {
        if (!cancelled && late === "word") void startOffice();
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  /** The open clause's validated parameters, or null after showing the fields' errors. */
  const validOpen = (): { template: ClauseTemplate; values: ParameterValues } | null => {
    if (!open) return null;
    const result = draftToParameters(open, draft);
    if (!result.ok) {
      const labels = result.errors.map((e) => open.parameters[e.name]?.label ?? e.name);
      fail(M.fixParameters(labels));
      return null;
    }
    return { template: open, values: result.values };
  };

  // Stable: the components call it from an effect once they have moved focus.
  const focusDone = useCallback(() => setFocus(null), []);

  const actions: WordPaneActions = {
    chooseTab(next) {
      setTab(next);
      setFeedback(null);
      setFocus(null);
      if (next === "document" && mode === "office" && documentClauses === null) reloadDocument();
    },
    changeFilter(patch) {
      setFilter((f) => ({ ...f, ...patch }));
    },
    clearFilters() {
      setFilter((f) => ({ ...EMPTY_FILTER, query: f.query }));
    },
    toggleFavourite(templateId) {
      setFavourites((current) => toggleFavourite(storage, current, templateId));
    },
    openClause(templateId) {
      const template = findTemplate(templateId);
      if (!template) return;
      setOpenId(template.id);
      setFeedback(null);
      setResetUndo(null);
      setError(null);
      setTab("library");
      setFocus({ target: "clause-title" });
    },
    closeClause() {
      if (openId) setFocus({ target: "clause-item", templateId: openId });
      setOpenId(null);
      setFeedback(null);
      setResetUndo(null);
      setError(null);
    },
    changeParameter(name, text) {
      if (!open) return;
      setDrafts((book) => withField(book, open, name, text));
      // An edit after a reset: undoing it now would throw the edit away.
      if (resetUndo) {
        setResetUndo(null);
        setFeedback((f) => (f?.undo ? null : f));
      }
    },
    resetParameters() {
      if (!open) return;
      const { book, undo } = resetDraft(drafts, open);
      setDrafts(book);
      setResetUndo(undo);
      setFeedback(makeFeedback("success", undo ? M.resetDone : M.resetAlready, undo !== null));
    },
    undoReset() {
      if (!resetUndo) return;
      setDrafts((book) => undoReset(book, resetUndo));
      setResetUndo(null);
      notify(M.resetUndone);
    },
    insert() {
      const target = host.current;
      const valid = validOpen();
      if (!target || !valid || busy) return;
      run("insert", async () => {
        const result = await target.insert(valid.template, valid.values);
        if (!result.ok) {
          fail(result.errors.map((e) => e.message).join(" "));
          return;
        }
        notify(M.inserted(valid.template.title));
        setDocumentClauses(await target.list());
      });
    },
    copy() {
      const valid = validOpen();
      if (!valid) return;
      const rendered = renderTemplate(valid.template, valid.values);
      if (!rendered.ok) return;
      void (async () => {
        try {
          await navigator.clipboard.writeText(clauseText(rendered.clause));
          notify(M.copied(valid.template.title));
        } catch {
          fail(M.copyFailed);
        }
      })();
    },
    addToSelection() {
      const valid = validOpen();
      if (!valid) return;
      const replacing = inSelection(selection, valid.template.id);
      setSelection((s) =>
        addToSelection(s, { templateId: valid.template.id, values: valid.values }),
      );
      notify(
        replacing
          ? M.replacedInSelection(valid.template.title)
          : M.addedToSelection(valid.template.title),
      );
    },
    editSelected(templateId) {
      const template = findTemplate(templateId);
      const entry = selection.find((e) => e.templateId === templateId);
      if (!template || !entry) return;
      setOpenId(template.id);
      setDrafts((book) => withValues(book, template, entry.values));
      setFeedback(null);
      setResetUndo(null);
      setError(null);
      setTab("library");
      setFocus({ target: "clause-title" });
    },
    removeSelected(templateId) {
      setSelection((s) => removeFromSelection(s, templateId));
    },
    download() {
      if (selection.length === 0 || busy) return;
      run("download", async () => {
        await downloadSelectionDocx(selection, M.docxFileName);
        notify(M.downloaded(M.docxFileName));
      });
    },
    reloadDocument,
    selectInDocument(clause) {
      const target = host.current;
      if (!target) return;
      run("document", async () => {
        const result = await target.select(clause);
        if (result.ok) notify(M.selected(clause.title));
        else fail(result.message);
      });
    },
    updateInDocument(clause) {
      const target = host.current;
      if (!target) return;
      run("document", async () => {
        const result = await target.update(clause);
        if (result.ok)
          notify(
            result.notice ? `${M.updated(clause.title)} ${result.notice}` : M.updated(clause.title),
          );
        else fail(result.message);
        setDocumentClauses(await target.list());
      });
    },
    removeFromDocument(clause) {
      const target = host.current;
      if (!target) return;
      run("document", async () => {
        const result = await target.remove(clause);
        if (result.ok) notify(M.removed(clause.title));
        else fail(result.message);
        setDocumentClauses(await target.list());
      });
    },
    changeCheck(patch) {
      setCheckDraft((d) => ({ ...d, ...patch }));
    },
    runCheck() {
      const parsed = parseCheckDraft(checkDraft);
      if (!parsed.ok) {
        setCheckErrors(parsed.errors);
        setCheckResult(null);
        return;
      }
      setCheckErrors({});
      const target = host.current;
      run("check", async () => {
        const outcome = target
          ? await target.check(parsed.input)
          : checkDocument({
              ...parsed.input,
              clauses: selectionClauses(selection),
            });
        if (outcome.ok) setCheckResult(outcome.result);
        else {
          setCheckResult(null);
          fail(outcome.errors.join(" "));
        }
      });
    },
    dismiss() {
      setFeedback(null);
      setError(null);
    },
    focusDone,
  };

  return {
    state: {
      mode,
      unsupported,
      tab,
      filter,
      favourites,
      visible,
      open,
      draft,
      selection,
      documentClauses,
      busy,
      error,
      feedback,
      focus,
      checkDraft,
      checkErrors,
      checkResult,
    },
    actions,
  };
}
