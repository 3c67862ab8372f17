/**
 * The one way the CLI writes a file. Whatever happens (error, Ctrl+C, SIGKILL, full disk), the
 * target is either its previous complete version or the new complete one, never a mix:
 *
 * 1. the bytes go to `.NAME.PID.tmp` in the target's own folder (same file system, so the
 *    rename below is atomic), flushed to disk (fsync);
 * 2. an existing target lends its permission bits and, where allowed, its owner to the new file;
 * 3. with `backup`, the previous version is kept as `NAME.avant-spaser.EXT` (a hard link, so no
 *    copy is made; `-2`, `-3`… when that name is taken: a backup is never overwritten);
 * 4. the temporary file is renamed over the target and the folder is flushed (where possible).
 *
 * A symbolic link is followed: its target is replaced, the link stays. The temporary file is
 * removed on every exit path this process controls (errors, SIGINT, SIGTERM, normal exit); one
 * left behind by a killed run (its PID no longer alive) is removed by the next write in that
 * folder.
 */
import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import * as path from "node:path";

/** A write that failed, with one French sentence saying what to do. */
export class FileWriteError extends Error {
  override readonly name = "FileWriteError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface AtomicWriteOptions {
  /** Keep the previous version of an existing target beside it (`--in-place`). */
  readonly backup?: boolean;
  /** How the target is named in messages (as the user typed it); the absolute path otherwise. */
  readonly displayName?: string;
}

export interface AtomicWriteResult {
  /** The file actually written (the target of a symbolic link). */
  readonly written: string;
  /** The backup of the previous version, when one was made. */
  readonly backup?: string;
}

/** Temporary files of writes in progress, removed if the process is interrupted. */
const pendingTemps = new Set<string>();
let handlersInstalled = false;

function removePendingTempsSync(): void {
  for (const tmp of pendingTemps) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more can be done on the way out.
    }
  }
  pendingTemps.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePendingTempsSync();
  uninstallHandlers();
  // Die of the same signal, as if no handler had been there (exit status 128 + n).
  process.kill(process.pid, signal);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("exit", removePendingTempsSync);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  process.removeListener("exit", removePendingTempsSync);
}

const TEMP_NAME = /^\.(.+)\.(\d+)\.tmp$/;

/** The temporary file name of a write of `target` by this process. */
export function tempPathFor(target: string, pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.tmp`);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes `.NAME.PID.tmp` files of `target` left by runs that were killed. */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  let entries: string[];
  try {
    entries = await fsp.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const m = TEMP_NAME.exec(entry);
    if (!m || m[1] !== base || isAlive(Number(m[2]))) continue;
    try {
      await fsp.rm(path.join(dir, entry), { force: true });
      removed.push(path.join(dir, entry));
    } catch {
      // Someone else's file we may not remove: leave it.
    }
  }
  return removed;
}

/** The real file behind `target` (symbolic links followed, even to a file not there yet). */
async function resolveTarget(target: string): Promise<string> {
  let current = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let st: fs.Stats;
    try {
      st = await fsp.lstat(current);
    } catch {
      return current;
    }
    if (!st.isSymbolicLink()) return current;
    const link = await fsp.readlink(current);
    current = path.resolve(path.dirname(current), link);
  }
  const error = new Error("too many symbolic links") as NodeJS.ErrnoException;
  error.code = "ELOOP";
  throw error;
}

/** `NAME.avant-spaser.EXT`, or `NAME.avant-spaser-2.EXT`… : the first free name. */
export async function backupPathFor(target: string): Promise<string> {
  const ext = path.extname(target);
  const stem = path.join(path.dirname(target), path.basename(target, ext));
  for (let n = 1; ; n++) {
    const candidate = `${stem}.avant-spaser${n === 1 ? "" : `-${n}`}${ext}`;
    try {
      await fsp.lstat(candidate);
    } catch {
      return candidate;
    }
  }
}

async function makeBackup(target: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const backup = await backupPathFor(target);
    try {
      // A hard link keeps the old bytes under a second name: no copy, and it cannot be partial.
      await fsp.link(target, backup);
      return backup;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      // File systems without hard links: an exclusive copy.
      try {
        await fsp.copyFile(target, backup, fs.constants.COPYFILE_EXCL);
        return backup;
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === "EEXIST") continue;
        throw copyError;
      }
    }
  }
  const error = new Error("no free backup name") as NodeJS.ErrnoException;
  error.code = "EEXIST";
  throw error;
}

async function syncFolder(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, "r");
    await handle.sync();
  } catch {
    // Not every platform lets a folder be opened or flushed (Windows): the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `data` to `target` atomically (see the file comment). Throws FileWriteError with a
 * French sentence on failure; the previous target is then untouched and no temporary file stays.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<AtomicWriteResult> {
  const shown = options.displayName ?? target;
  let real: string;
  let tmp: string | undefined;
  try {
    real = await resolveTarget(target);
    const dir = path.dirname(real);
    await fsp.mkdir(dir, { recursive: true });
    let previous: fs.Stats | undefined;
    try {
      previous = await fsp.stat(real);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    if (previous?.isDirectory()) {
      const error = new Error("is a directory") as NodeJS.ErrnoException;
      error.code = "EISDIR";
      throw error;
    }
    await removeStaleTemps(real);
    tmp = tempPathFor(real);
    installHandlers();
    pendingTemps.add(tmp);
    const handle = await fsp.open(tmp, "w", previous ? previous.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(data);
      if (previous) {
        // The umask applied at creation: give back exactly the previous bits (0640 stays 0640).
        await handle.chmod(previous.mode & 0o7777);
        const uid = process.getuid?.();
        if (uid !== undefined && (previous.uid !== uid || previous.gid !== process.getgid?.())) {
          // Only root may give a file away; a group we belong to is allowed. Best effort.
          await handle.chown(previous.uid, previous.gid).catch(async () => {
            await handle.chown(uid, previous.gid).catch(() => undefined);
          });
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    const backup = options.backup && previous ? await makeBackup(real) : undefined;
    await fsp.rename(tmp, real);
    pendingTemps.delete(tmp);
    tmp = undefined;
    await syncFolder(dir);
    return backup === undefined ? { written: real } : { written: real, backup };
  } catch (e) {
    if (tmp !== undefined) {
      pendingTemps.delete(tmp);
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
    }
    if (e instanceof FileWriteError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new FileWriteError(writeFailureMessage(code, shown), code);
  } finally {
    if (pendingTemps.size === 0) uninstallHandlers();
  }
}

/** One French sentence for a failed write of `shown`, by error code. */
export function writeFailureMessage(code: string, shown: string): string {
  const name = `«\u00a0${shown}\u00a0»`;
  switch (code) {
    case "EACCES":
    case "EROFS":
      return `Impossible d’écrire ${name}\u00a0: le dossier ou le fichier est protégé en écriture. Choisissez un autre emplacement avec --out, ou demandez les droits d’écriture.`;
    case "EPERM":
    case "EBUSY":
    case "ETXTBSY":
      return `Impossible d’écrire ${name}\u00a0: le fichier est verrouillé ou ouvert dans un autre programme (Excel\u00a0?). Fermez-le, puis relancez la commande.`;
    case "EISDIR":
      return `Impossible d’écrire ${name}\u00a0: c’est un dossier. Indiquez un nom de fichier, par exemple ${path.join(shown, "pilotage.xlsx")}.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Impossible d’écrire ${name}\u00a0: le disque est plein. Libérez de la place ou choisissez un autre emplacement avec --out\u00a0; le fichier existant n’a pas été modifié.`;
    case "ENOTDIR":
    case "ENOENT":
    case "EEXIST": // mkdir meeting a file where a folder of the path should be
      return `Impossible d’écrire ${name}\u00a0: un élément du chemin n’est pas un dossier existant. Vérifiez le chemin.`;
    case "ENAMETOOLONG":
      return `Impossible d’écrire ${name}\u00a0: le chemin est trop long. Choisissez un nom plus court.`;
    case "ELOOP":
      return `Impossible d’écrire ${name}\u00a0: le lien symbolique tourne en rond. Vérifiez où il mène.`;
    default:
      return `Impossible d’écrire ${name}${code ? ` (${code})` : ""}\u00a0: vérifiez le dossier, les droits et la place disponible.`;
  }
}
