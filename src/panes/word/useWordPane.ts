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
import { browserStorage, loadFavourites, toggleFavourite } from "./model/favouritesStore";
import { draftToParameters, initialDraft, type ParameterDraft } from "./model/parameterDraft";
import {
  addToSelection,
  inSelection,
  removeFromSelection,
  type Selection,
  selectionClauses,
} from "./model/selection";

export type WordMode = "detecting" | "office" | "browser";
export type PaneTab = "library" | "document" | "check" | "bilan";
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
  readonly notice: string | null;
  readonly error: string | null;
  readonly checkDraft: CheckDraft;
  readonly checkErrors: Readonly<Partial<Record<CheckField, string>>>;
  readonly checkResult: DocumentCheckResult | null;
}

export interface WordPaneActions {
  chooseTab(tab: PaneTab): void;
  changeFilter(patch: Partial<ClauseFilter>): void;
  toggleFavourite(templateId: string): void;
  openClause(templateId: string): void;
  closeClause(): void;
  changeParameter(name: string, text: string): void;
  resetParameters(): void;
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
}

const TEMPLATE_IDS = listTemplates().map((t) => t.id);

export function useWordPane(): { state: WordPaneState; actions: WordPaneActions } {
  const storage = useMemo(browserStorage, []);
  const [mode, setMode] = useState<WordMode>("detecting");
  const [unsupported, setUnsupported] = useState<string | null>(null);
  const [tab, setTab] = useState<PaneTab>("library");
  const [filter, setFilter] = useState<ClauseFilter>(EMPTY_FILTER);
  const [favourites, setFavourites] = useState<ReadonlySet<string>>(() =>
    loadFavourites(storage, TEMPLATE_IDS),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<ParameterDraft>({});
  const [selection, setSelection] = useState<Selection>([]);
  const [documentClauses, setDocumentClauses] = useState<readonly DocumentClause[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checkDraft, setCheckDraft] = useState<CheckDraft>(() => initialCheckDraft());
  const [checkErrors, setCheckErrors] = useState<Partial<Record<CheckField, string>>>({});
  const [checkResult, setCheckResult] = useState<DocumentCheckResult | null>(null);
  const host = useRef<WordHost | null>(null);

  const open = openId ? (findTemplate(openId) ?? null) : null;
  const visible = useMemo(() => filterClauses(filter, favourites), [filter, favourites]);

  /** Runs one asynchronous job with a busy flag; failures become a French message. */
  const run = useCallback((kind: Exclude<Busy, null>, job: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    void job()
      .catch((e: unknown) => setError(describeError(e)))
      .finally(() => setBusy(null));
  }, []);

  const reloadDocument = useCallback(() => {
    const target = host.current;
    if (!target) return;
    run("document", async () => setDocumentClauses(await target.list()));
  }, [run]);

  useEffect(() => {
    let cancelled = false;
    const startOffice = async (): Promise<void> => {
      setMode("office");
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
      setNotice(null);
      setError(M.fixParameters);
      return null;
    }
    return { template: open, values: result.values };
  };

  const actions: WordPaneActions = {
    chooseTab(next) {
      setTab(next);
      if (next === "document" && mode === "office" && documentClauses === null) reloadDocument();
    },
    changeFilter(patch) {
      setFilter((f) => ({ ...f, ...patch }));
    },
    toggleFavourite(templateId) {
      setFavourites((current) => toggleFavourite(storage, current, templateId));
    },
    openClause(templateId) {
      const template = findTemplate(templateId);
      if (!template) return;
      setOpenId(template.id);
      setDraft(initialDraft(template));
      setNotice(null);
      setError(null);
      setTab("library");
    },
    closeClause() {
      setOpenId(null);
      setNotice(null);
      setError(null);
    },
    changeParameter(name, text) {
      setDraft((d) => ({ ...d, [name]: text }));
    },
    resetParameters() {
      if (open) setDraft(initialDraft(open));
    },
    insert() {
      const target = host.current;
      const valid = validOpen();
      if (!target || !valid || busy) return;
      run("insert", async () => {
        const result = await target.insert(valid.template, valid.values);
        if (!result.ok) {
          setError(result.errors.map((e) => e.message).join(" "));
          return;
        }
        setNotice(M.inserted(valid.template.title));
        setDocumentClauses(await target.list());
      });
    },
    copy() {
      const valid = validOpen();
      if (!valid) return;
      const rendered = renderTemplate(valid.template, valid.values);
      if (!rendered.ok) return;
      void (async () => {
        setError(null);
        try {
          await navigator.clipboard.writeText(clauseText(rendered.clause));
          setNotice(M.copied(valid.template.title));
        } catch {
          setNotice(null);
          setError(M.copyFailed);
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
      setError(null);
      setNotice(
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
      setDraft(initialDraft(template, entry.values));
      setNotice(null);
      setError(null);
      setTab("library");
    },
    removeSelected(templateId) {
      setSelection((s) => removeFromSelection(s, templateId));
    },
    download() {
      if (selection.length === 0 || busy) return;
      run("download", async () => {
        await downloadSelectionDocx(selection, M.docxFileName);
        setNotice(M.downloaded(M.docxFileName));
      });
    },
    reloadDocument,
    selectInDocument(clause) {
      const target = host.current;
      if (!target) return;
      run("document", async () => {
        const result = await target.select(clause);
        if (result.ok) setNotice(M.selected(clause.title));
        else setError(result.message);
      });
    },
    updateInDocument(clause) {
      const target = host.current;
      if (!target) return;
      run("document", async () => {
        const result = await target.update(clause);
        if (result.ok)
          setNotice(
            result.notice ? `${M.updated(clause.title)} ${result.notice}` : M.updated(clause.title),
          );
        else setError(result.message);
        setDocumentClauses(await target.list());
      });
    },
    removeFromDocument(clause) {
      const target = host.current;
      if (!target) return;
      run("document", async () => {
        const result = await target.remove(clause);
        if (result.ok) setNotice(M.removed(clause.title));
        else setError(result.message);
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
          setError(outcome.errors.join(" "));
        }
      });
    },
    dismiss() {
      setNotice(null);
      setError(null);
    },
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
      notice,
      error,
      checkDraft,
      checkErrors,
      checkResult,
    },
    actions,
  };
}
