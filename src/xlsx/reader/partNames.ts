/** OPC part names and relationship targets (no zip library needed). */

/** Resolves a relationship target (relative, or absolute from the package root) against its source part. */
export function resolveTarget(sourcePath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePath.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A target as written may be percent-encoded (`my%20sheet.xml`): both spellings to try. */
export function targetSpellings(path: string): string[] {
  if (!path.includes("%")) return [path];
  try {
    return [path, decodeURIComponent(path)];
  } catch {
    return [path];
  }
}
