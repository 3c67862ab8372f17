import type { ReactNode } from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useThemeKind } from "./useThemeKind";

export interface ThemedRootProps {
  /** Office's body background colour when inside Office; undefined in browser mode. */
  readonly officeBackground: string | undefined;
  readonly children: ReactNode;
}

/** Fluent's provider with the light or dark web theme, following Office or the system. */
export function ThemedRoot({ officeBackground, children }: ThemedRootProps): ReactNode {
  const kind = useThemeKind(officeBackground);
  return (
    <FluentProvider
      theme={kind === "dark" ? webDarkTheme : webLightTheme}
      data-theme={kind}
      style={{ minHeight: "100vh" }}
    >
      {children}
    </FluentProvider>
  );
}
