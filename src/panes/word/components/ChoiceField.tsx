/** A labelled drop-down over a fixed list of choices, each shown by its French text. */
import type { ReactNode } from "react";
import { Field, Select } from "@fluentui/react-components";
import { useFitSelectStyles } from "../../common/fitSelect.styles";

interface ChoiceFieldBase<T extends string> {
  readonly label: string;
  readonly choices: readonly T[];
  readonly text: Readonly<Record<T, string>>;
}

/** With `any`, a first empty choice (« Toutes les catégories ») stands for no filter. */
export type ChoiceFieldProps<T extends string> = ChoiceFieldBase<T> &
  (
    | { readonly any: string; readonly value: T | ""; readonly onChange: (value: T | "") => void }
    | { readonly any?: undefined; readonly value: T; readonly onChange: (value: T) => void }
  );

export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>): ReactNode {
  const { label, value, choices, text, any } = props;
  // The options are the choices (and "" with `any`): the selected value is one of them.
  const onChange = props.onChange as (value: T | "") => void;
  const fit = useFitSelectStyles();
  return (
    <Field label={label}>
      <Select
        className={fit.root}
        select={{ className: fit.select }}
        value={value}
        onChange={(_, data) => onChange(data.value as T | "")}
      >
        {any !== undefined && <option value="">{any}</option>}
        {choices.map((c) => (
          <option key={c} value={c}>
            {text[c]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
