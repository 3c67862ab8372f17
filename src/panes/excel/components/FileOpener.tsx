import { useRef, useState, type DragEvent, type ReactNode } from "react";
import { Button, Caption1, mergeClasses } from "@fluentui/react-components";
import { M } from "../messages";
import { useFileOpenerStyles } from "./FileOpener.styles";

export interface FileOpenerProps {
  readonly fileName: string | null;
  readonly disabled: boolean;
  /** Once a workbook is open, opening another is no longer the main thing to do. */
  readonly secondary: boolean;
  readonly onFile: (file: File) => void;
}

/** Browser mode: open a workbook with the button or by dropping it on the zone. */
export function FileOpener({ fileName, disabled, secondary, onFile }: FileOpenerProps): ReactNode {
  const styles = useFileOpenerStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      role="group"
      aria-label={M.dropZoneLabel}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={M.openLabel}
        tabIndex={-1}
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          // Reset so that choosing the same file again still triggers a change.
          e.target.value = "";
        }}
      />
      <Button
        appearance={secondary ? "secondary" : "primary"}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {fileName ? M.changeFile : M.openButton}
      </Button>
      <Caption1 className={styles.hint}>{fileName ? M.fileOpened(fileName) : M.dropHint}</Caption1>
    </div>
  );
}
