/**
 * State of the DECP panel: the chosen file (kept aside, streamed only when the import starts),
 * the buyer filter, the import's steps and its result. The host is asked at start time, so
 * that a workbook opened meanwhile is the one completed.
 */
import { useReducer, useRef } from "react";
import { saveBytes } from "../../common/saveBytes";
import { chunksOfStream } from "../../../decp/textChunks";
import type { WorkbookHost } from "../host/workbookHost";
import { M } from "../messages";
import { describeError } from "../model/describeError";
import {
  decpReducer,
  initialDecpState,
  isDecpFileName,
  readyToImport,
  type DecpPanelState,
} from "../model/decpImport";

export interface DecpImportActions {
  open(): void;
  close(): void;
  workbookChanged(): void;
  chooseFile(file: File): void;
  typeSiret(siret: string): void;
  checkSiret(): void;
  start(): void;
  download(): void;
}

export function useDecpImport(
  currentHost: () => WorkbookHost | null,
  onImported: (host: WorkbookHost) => void,
): { decp: DecpPanelState; decpActions: DecpImportActions } {
  const [decp, dispatch] = useReducer(decpReducer, initialDecpState);
  const file = useRef<File | null>(null);
  const latest = useRef(decp);
  latest.current = decp;

  const decpActions: DecpImportActions = {
    open: () => dispatch({ type: "opened" }),
    close: () => dispatch({ type: "closed" }),
    workbookChanged: () => dispatch({ type: "workbookChanged" }),
    chooseFile(chosen) {
      file.current = isDecpFileName(chosen.name) ? chosen : null;
      dispatch({ type: "fileChosen", name: chosen.name });
    },
    typeSiret: (siret) => dispatch({ type: "siretTyped", siret }),
    checkSiret: () => dispatch({ type: "siretChecked" }),
    start() {
      dispatch({ type: "siretChecked" });
      const ready = readyToImport(latest.current);
      const source = file.current;
      const host = currentHost();
      if (!ready.ok || !source) return;
      if (!host) {
        dispatch({ type: "failed", message: M.decp.noWorkbook });
        return;
      }
      dispatch({ type: "started" });
      void (async () => {
        try {
          const outcome = await host.importDecp(
            {
              fileName: source.name,
              chunks: () => chunksOfStream(source.stream()),
              file: source,
              ...(ready.acheteur ? { acheteur: ready.acheteur } : {}),
            },
            (step) => dispatch({ type: "step", step }),
          );
          dispatch({ type: "succeeded", outcome });
          onImported(host);
        } catch (error) {
          dispatch({ type: "failed", message: describeError(error) });
        }
      })();
    },
    download() {
      const made = latest.current.outcome?.download;
      if (made) saveBytes(made.bytes, made.fileName);
    },
  };
  return { decp, decpActions };
}
