/** The `spaser` command line (PRODUCT §7). Exit codes: 0 done, 1 unusable file, 2 usage error. */
import { type CliIo, EXIT_OK, EXIT_USAGE } from "./io";

export const USAGE = `spaser — pilotage du SPASER 2026-2030 du Département du Nord

Commandes :
  spaser refresh [CLASSEUR] [--semester 2026-S1] [--out FICHIER] [--report FICHIER.json] [--in-place]
      actualise le classeur de pilotage (par défaut : le classeur d’exemple)
  spaser template --out FICHIER.xlsx
      crée un classeur de pilotage vierge
  spaser clauses list [--json] | show ID | render ID --set nom=valeur… | export --out FICHIER.docx | hours …
      bibliothèque de clauses sociales et environnementales
  spaser clauses check FICHIER.docx --lancement AAAA-MM-JJ --montant M --nature NATURE [--json]
      contrôle les clauses SPASER d’un document Word (ou d’un jeu prévu : --clauses ID,ID…)
  spaser decp import FICHIER [--into CLASSEUR] [--acheteur SIRET] [--out FICHIER | --in-place] [--report FICHIER.json]
      remplit le registre des marchés à partir des DECP
  spaser bilan [CLASSEUR] [--annee 2026] [--out FICHIER.docx] [--donnees FICHIER.csv] [--date AAAA-MM-JJ]
      établit le bilan annuel du SPASER (document Word et données L2111-3 en CSV)

Aide d’une commande : spaser <commande> --help
`;

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  // Workbooks are inflated with node:zlib in the CLI (the browser uses DecompressionStream).
  (await import("../xlsx/reader/nodeInflate")).useNodeZlib();
  // Each command loads only its own modules: `refresh` must not pay for docx or the DECP readers.
  switch (command) {
    case "refresh":
      return (await import("./refreshCommand")).runRefreshCommand(rest, io);
    case "template":
      return (await import("./templateCommand")).runTemplateCommand(rest, io);
    case "clauses":
      return (await import("./clausesCommand")).runClausesCommand(rest, io);
    case "decp":
      return (await import("./decpCommand")).runDecpCommand(rest, io);
    case "bilan":
      return (await import("./bilanCommand")).runBilanCommand(rest, io);
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return EXIT_OK;
    case undefined:
      io.stderr(USAGE);
      return EXIT_USAGE;
    default:
      io.stderr(`Commande inconnue : « ${command}\u00a0».\n\n${USAGE}`);
      return EXIT_USAGE;
  }
}

/** Entry point used by bin/spaser.js. */
export function run(args: string[]): Promise<number> {
  return runCli(args, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  });
}
