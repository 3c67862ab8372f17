import { useRef, useState, type ReactNode } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Bilan } from "../../../bilan/model";
import { saveBytes } from "../../common/saveBytes";
import {
  AUTO_YEAR,
  BilanEssentials,
  BilanYearField,
  downloadBilanCsv,
  loadBilanEngine,
  type BilanEngine,
} from "../../common/BilanEssentials";
import { bilanOfFile } from "../../excel/host/browserHost";
import { fileEngine } from "../../excel/host/fileEngine";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  input: { display: "none" },
});

interface Opened {
  readonly name: string;
  /** The workbook's bytes, sent to the file engine's worker for the bilan. */
  readonly bytes: Uint8Array;
  readonly years: number[];
}

/**
 * « Bilan »: pick the pilot workbook (.xlsx), choose the year, see the essentials, then insert
 * the bilan after the cursor (Word) or download it as a .docx (browser mode).
 */
export function BilanSection({ office }: { readonly office: boolean }): ReactNode {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [year, setYear] = useState(AUTO_YEAR);
  const [bilan, setBilan] = useState<Bilan | null>(null);
  const [lines, setLines] = useState<ReturnType<BilanEngine["bilanEssentials"]>>([]);
  const [busy, setBusy] = useState<null | "lecture" | "bilan" | "insertion" | "document">(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = async (step: NonNullable<typeof busy>, work: () => Promise<void>): Promise<void> => {
    setBusy(step);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  const open = (file: File): Promise<void> =>
    run("lecture", async () => {
      setBilan(null);
      setOpened(null);
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Read in the file engine's worker, as the Excel pane's browser mode reads: the page is
      // never held by a large workbook (only the years come back, then only the bilan's model).
      const { found } = await fileEngine().run({ kind: "bilan-years", bytes, fileName: file.name });
      if ("error" in found) throw new Error(found.error);
      setOpened({ name: file.name, bytes, years: found.years });
      setYear(AUTO_YEAR);
    });

  const build = (): Promise<void> =>
    run("bilan", async () => {
      if (!opened) return;
      const [outcome, e] = await Promise.all([
        bilanOfFile(fileEngine(), opened.bytes, opened.name, {
          date: new Date(),
          ...(year === AUTO_YEAR ? {} : { year: Number(year) }),
        }),
        loadBilanEngine(),
      ]);
      if (!outcome.ok) throw new Error(outcome.message);
      setBilan(outcome.bilan);
      setLines(e.bilanEssentials(outcome.bilan));
    });

  const insert = (): Promise<void> =>
    run("insertion", async () => {
      if (!bilan) return;
      if (!Office.context.requirements.isSetSupported("WordApi", "1.3"))
        throw new Error(
          "Cette version de Word ne permet pas d’insérer des tableaux et des images depuis le complément (WordApi 1.3)\u00a0: téléchargez le bilan depuis le volet Excel «\u00a0Bilan annuel\u00a0» ou en mode navigateur.",
        );
      const e = await loadBilanEngine();
      const done = await Word.run((context) => e.insertBilan(context, bilan, e.rasteriseInBrowser));
      setNotice(
        `Bilan ${bilan.year} inséré après le curseur${"\u00a0"}: ${done.paragraphs} paragraphes, ${done.tables} tableaux, ${done.pictures} graphiques.`,
      );
    });

  const download = (): Promise<void> =>
    run("document", async () => {
      if (!bilan) return;
      const e = await loadBilanEngine();
      const fileName = e.bilanFileName(bilan.workbook, bilan.year, "docx");
      saveBytes(await e.bilanDocxInBrowser(bilan), fileName, e.DOCX_MIME);
      setNotice(`Le document «${"\u00a0"}${fileName}${"\u00a0"}» est proposé au téléchargement.`);
    });

  return (
    <section className={styles.root} aria-labelledby="bilan-titre">
      <Text as="h2" weight="semibold" size={400} id="bilan-titre">
        Bilan annuel du SPASER
      </Text>
      <Caption1>
        Choisissez le classeur de pilotage (.xlsx)&nbsp;: le bilan de l’année est établi à partir de
        ses indicateurs et de son registre des marchés. Le fichier reste sur cet ordinateur.
      </Caption1>
      <div className={styles.row}>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Classeur de pilotage"
          tabIndex={-1}
          data-testid="bilan-file"
          onChange={(ev) => {
            const file = ev.target.files?.[0];
            if (file) void open(file);
            ev.target.value = "";
          }}
        />
        <Button
          appearance={opened ? "secondary" : "primary"}
          disabled={busy !== null}
          onClick={() => input.current?.click()}
        >
          {opened ? "Changer de classeur" : "Choisir le classeur de pilotage"}
        </Button>
        {busy === "lecture" && <Spinner size="tiny" label="Lecture du classeur…" />}
        {opened && <Caption1>{`Classeur${"\u00a0"}: ${opened.name}`}</Caption1>}
      </div>
      {opened && (
        <div className={styles.row}>
          <BilanYearField
            years={opened.years}
            value={year}
            disabled={busy !== null}
            onChange={(value) => {
              setYear(value);
              setBilan(null);
            }}
          />
          <Button
            appearance={bilan ? "secondary" : "primary"}
            disabled={busy !== null}
            onClick={() => void build()}
            icon={busy === "bilan" ? <Spinner size="tiny" /> : undefined}
            data-testid="bilan-build"
          >
            Établir le bilan
          </Button>
        </div>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {bilan && (
        <>
          <BilanEssentials title={`L’essentiel ${bilan.year}`} lines={lines} />
          <div className={styles.row}>
            {office ? (
              <Button
                appearance="primary"
                disabled={busy !== null}
                onClick={() => void insert()}
                icon={busy === "insertion" ? <Spinner size="tiny" /> : undefined}
              >
                Insérer le bilan dans le document
              </Button>
            ) : (
              <Button
                appearance="primary"
                disabled={busy !== null}
                onClick={() => void download()}
                icon={busy === "document" ? <Spinner size="tiny" /> : undefined}
                data-testid="bilan-download"
              >
                Télécharger le bilan (.docx)
              </Button>
            )}
            <Button appearance="subtle" onClick={() => void downloadBilanCsv(bilan)}>
              Données L2111-3 (.csv)
            </Button>
          </div>
        </>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`Bilan ${bilan?.year ?? ""}`}</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
