import type { ReactNode } from "react";
import { Field, Input, Select } from "@fluentui/react-components";
import { formatFrenchNumber, formatFrenchPercent } from "../../../clauses/formatFrench";
import type { ParameterSpec } from "../../../clauses/types";
import { useFitSelectStyles } from "../../common/fitSelect.styles";
import { M } from "../messages";

export interface ParameterFieldProps {
  readonly name: string;
  readonly spec: ParameterSpec;
  readonly value: string;
  /** The zod schema's French message when the typed value is invalid. */
  readonly error: string | undefined;
  readonly onChange: (name: string, text: string) => void;
}

function hint(spec: ParameterSpec): string | undefined {
  switch (spec.kind) {
    case "percent":
      return `${M.percentHint} · ${M.numberHint(formatFrenchPercent(spec.min), formatFrenchPercent(spec.max))}`;
    case "number":
      return M.numberHint(formatFrenchNumber(spec.min), formatFrenchNumber(spec.max));
    default:
      return undefined;
  }
}

/** One field of a clause's parameter form, chosen by the parameter's kind. */
export function ParameterField({
  name,
  spec,
  value,
  error,
  onChange,
}: ParameterFieldProps): ReactNode {
  const fit = useFitSelectStyles();
  const unit = spec.kind === "number" ? spec.unit : spec.kind === "percent" ? "%" : undefined;
  return (
    <Field
      label={M.fieldLabel(spec.label, unit)}
      hint={hint(spec)}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      {spec.kind === "choice" ? (
        <Select
          className={fit.root}
          select={{ className: fit.select }}
          value={value}
          onChange={(_, data) => onChange(name, data.value)}
          data-param={name}
        >
          {spec.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          value={value}
          inputMode={spec.kind === "text" ? "text" : "decimal"}
          onChange={(_, data) => onChange(name, data.value)}
          data-param={name}
        />
      )}
    </Field>
  );
}
