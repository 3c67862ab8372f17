import type { ReactNode } from "react";
import { ThemedRoot } from "../common/ThemedRoot";
import { readOfficeBackground } from "../common/useThemeKind";
import { useWordPane } from "./useWordPane";
import { WordPane } from "./WordPane";

export function WordApp(): ReactNode {
  const { mode } = useWordPane();
  return (
    <ThemedRoot officeBackground={mode === "office" ? readOfficeBackground() : undefined}>
      <WordPane mode={mode} />
    </ThemedRoot>
  );
}
