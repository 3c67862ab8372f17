/**
 * The pane's sections, in one list: the tab bar and the state hook both read it. To add a
 * section, add an entry here (a short label: five must fit one line at 320 px) and render its
 * panel in WordPane.tsx when `state.tab` is its id.
 */
import {
  ClipboardTaskListLtrRegular,
  DocumentRegular,
  DocumentTableRegular,
  type FluentIcon,
  LibraryRegular,
} from "@fluentui/react-icons";
import { M } from "./messages";

export interface SectionContext {
  readonly office: boolean;
  readonly selectionSize: number;
}

export interface PaneSection {
  readonly id: string;
  /** The visible label, one short word. */
  readonly label: (context: SectionContext) => string;
  /** The accessible name when it says more than the label; it must start with the label. */
  readonly name?: (context: SectionContext) => string;
  /** A count shown as a badge on the icon (hidden when 0). */
  readonly count?: (context: SectionContext) => number;
  readonly Icon: FluentIcon;
}

export const SECTIONS = [
  { id: "library", label: () => M.tabLibrary, Icon: LibraryRegular },
  {
    id: "document",
    label: ({ office }) => (office ? M.tabDocument : M.tabSelectionShort),
    name: ({ office, selectionSize }) => (office ? M.tabDocument : M.tabSelection(selectionSize)),
    count: ({ office, selectionSize }) => (office ? 0 : selectionSize),
    Icon: DocumentRegular,
  },
  { id: "check", label: () => M.tabCheck, Icon: ClipboardTaskListLtrRegular },
  { id: "bilan", label: () => M.tabBilan, Icon: DocumentTableRegular },
] as const satisfies readonly PaneSection[];

export type PaneTab = (typeof SECTIONS)[number]["id"];
