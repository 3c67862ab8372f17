/**
 * « À propos » of both panes: what the add-in is, and the « Diagnostic » that the DSIN runs
 * first when it deploys the add-in — the adapter's operations on a scratch sheet (Excel) or a
 * scratch paragraph (Word), the document left as it was, and a report to copy and send back.
 * Outside Office it says that it needs Office. Self-contained: each pane mounts it in one line.
 */
import { type ReactNode, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { DiagnosticHost } from "./runDiagnostic";

export const ABOUT_MESSAGES = {
  title: "À propos",
  product:
    "Complément SPASER Nord : pilotage du SPASER 2026-2030 du Département du Nord dans Excel, clauses sociales et environnementales dans Word.",
  diagnosticTitle: "Diagnostic",
  diagnosticIntro:
    "Vérifie que ce complément fonctionne dans votre version d’Office : il essaie ses opérations sur une feuille ou un paragraphe d’essai, puis remet le document dans son état.",
  needsOffice:
    "Le diagnostic a besoin d’Office : ouvrez ce volet depuis Excel ou Word (application de bureau ou Office sur le web) pour le lancer.",
  run: "Lancer le diagnostic",
  running: "Diagnostic en cours…",
  reportLabel: "Rapport du diagnostic",
  copy: "Copier le rapport",
  copied: "Rapport copié dans le presse-papiers.",
  copyFailed: "La copie a échoué : sélectionnez le texte du rapport et copiez-le.",
  sendBack:
    "Copiez ce rapport et joignez-le à votre demande auprès de la DSIN ou de l’équipe du projet.",
  failed: (detail: string): string => `Le diagnostic n’a pas pu aller à son terme : ${detail}`,
} as const;

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: "12rem" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface AboutSectionProps {
  readonly host: DiagnosticHost;
  /** Whether the pane runs in Office (else browser mode: the diagnostic is not offered). */
  readonly office: boolean;
}

export function AboutSection({ host, office }: AboutSectionProps): ReactNode {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const M = ABOUT_MESSAGES;

  const run = async (): Promise<void> => {
    setBusy(true);
    setStatus(null);
    try {
      const { runDiagnostic } = await import(
        /* webpackChunkName: "diagnostic" */ "./runDiagnostic"
      );
      setReport(await runDiagnostic(host));
    } catch (error) {
      setStatus(M.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  const copy = async (): Promise<void> => {
    if (report === null) return;
    try {
      await navigator.clipboard.writeText(report);
      setStatus(M.copied);
    } catch {
      setStatus(M.copyFailed);
    }
  };

  return (
    <details className={styles.section} data-testid="about-section">
      <summary className={styles.summary}>{M.title}</summary>
      <Body1>{M.product}</Body1>
      <Subtitle2 as="h2">{M.diagnosticTitle}</Subtitle2>
      {!office ? (
        <Body1 data-testid="diagnostic-needs-office">{M.needsOffice}</Body1>
      ) : (
        <>
          <Caption1>{M.diagnosticIntro}</Caption1>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void run()}>
              {M.run}
            </Button>
            {busy && <Spinner size="tiny" label={M.running} />}
          </div>
          {report !== null && (
            <>
              <Textarea
                className={styles.report}
                aria-label={M.reportLabel}
                readOnly
                value={report}
                resize="vertical"
                data-testid="diagnostic-report"
              />
              <div className={styles.row}>
                <Button onClick={() => void copy()}>{M.copy}</Button>
              </div>
              <Caption1>{M.sendBack}</Caption1>
            </>
          )}
        </>
      )}
      {status && <Body1 role="status">{status}</Body1>}
    </details>
  );
}
