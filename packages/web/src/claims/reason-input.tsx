import { TextInput } from '@mantine/core';

/** Why a claim is corrected or voided: the claim's history and the payer's version keep it. */
export function ReasonInput({
  value,
  onChange,
  example,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly example: string;
}) {
  return (
    <TextInput
      label="Reason"
      required
      data-autofocus
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      placeholder={`e.g. ${example}`}
    />
  );
}
