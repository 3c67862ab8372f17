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
