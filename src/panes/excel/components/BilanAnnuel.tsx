import { useState, type ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ManualMapping } from "../../../core/api";
import type { Bilan } from "../../../bilan/model";
import { saveBytes } from "../../common/saveBytes";
import type { BilanMade, BilanRequest } from "../host/workbookHost";
import {
  AUTO_YEAR,
  BilanEssentials,
  BilanYearField,
  downloadBilanCsv,
  loadBilanEngine,
  type BilanEngine,
} from "../../common/BilanEssentials";

export interface BilanAnnuelProps {
  readonly mode: "office" | "browser" | "detecting";
  /** Semester ids of the pilot sheet (« 2026-S1 »…), for the year picker. */
  readonly semesters: readonly string[];
  /** The bilan's model, from the workbook open in Excel or the file opened in the browser. */
  readonly makeBilan: (request: BilanRequest) => Promise<BilanMade | null>;
  /** The mapping chosen on the mapping screen, when detection failed. */
  readonly mapping?: ManualMapping | null;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** « Bilan annuel »: builds the year's report as a .docx and offers it for download. */
export function BilanAnnuel(props: BilanAnnuelProps): ReactNode {
  const styles = useStyles();
  const [year, setYear] = useState(AUTO_YEAR);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ bilan: Bilan; fileName: string } | null>(null);
  const [lines, setLines] = useState<ReturnType<BilanEngine["bilanEssentials"]>>([]);
  const years = props.semesters.map((s) => Number(s.slice(0, 4))).filter(Number.isFinite);
  const office = props.mode === "office";

  const build = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const [made, e] = await Promise.all([
        props.makeBilan({
          date: new Date(),
          ...(year === AUTO_YEAR ? {} : { year: Number(year) }),
          ...(props.mapping ? { mapping: props.mapping } : {}),
        }),
        loadBilanEngine(),
      ]);
      if (!made) throw new Error("Ouvrez d’abord un classeur de pilotage.");
      const { outcome } = made;
      if (!outcome.ok) throw new Error(outcome.message);
      const bytes = await e.bilanDocxInBrowser(outcome.bilan);
      const fileName = e.bilanFileName(made.workbookName, outcome.bilan.year, "docx");
      saveBytes(bytes, fileName, e.DOCX_MIME);
      setLines(e.bilanEssentials(outcome.bilan));
      setDone({ bilan: outcome.bilan, fileName });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="bilan-annuel-titre">
      <Text as="h2" weight="semibold" size={400} id="bilan-annuel-titre">
        Bilan annuel
      </Text>
      <BilanYearField years={years} value={year} disabled={busy} onChange={setYear} />
      <div className={styles.actions}>
        <Button
          appearance="secondary"
          disabled={busy || props.disabled === true}
          onClick={() => void build()}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          data-testid="bilan-build"
        >
          {busy ? "Bilan en cours…" : "Établir le bilan (.docx)"}
        </Button>
        {done && (
          <Button
            appearance="subtle"
            onClick={() => void downloadBilanCsv(done.bilan)}
            data-testid="bilan-csv"
          >
            Données L2111-3 (.csv)
          </Button>
        )}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`Bilan ${done.bilan.year} établi`}</MessageBarTitle>
            {`Le document «\u00a0${done.fileName}\u00a0» est proposé au téléchargement.`}
            {office &&
              " Si Excel bloque le téléchargement, ouvrez le volet du complément dans Word, section «\u00a0Bilan\u00a0»\u00a0: il insère le bilan directement dans le document."}
          </MessageBarBody>
        </MessageBar>
      )}
      {done && <BilanEssentials title={`L’essentiel ${done.bilan.year}`} lines={lines} />}
    </section>
  );
}
