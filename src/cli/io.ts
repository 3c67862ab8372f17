/** What a CLI command may touch: its output streams and working directory (tests pass fakes). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Exit codes (PRODUCT §7). */
export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 1;
export const EXIT_USAGE = 2;
/**
 * The workbook was written but the `--report` file could not be (exit 3 is the launcher's
 * « Erreur interne »): a script gets neither « all done » nor « nothing written ».
 */
export const EXIT_REPORT_NOT_WRITTEN = 4;
