import { TextInput } from '@mantine/core';

/** The 6-digit code an authenticator app shows (spaces allowed: "123 456"). */
export function TotpCodeInput({
  label,
  value,
  onChange,
  autoFocus = false,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoFocus?: boolean;
}) {
  return (
    <TextInput
      aria-label={label}
      inputMode="numeric"
      autoComplete="one-time-code"
      placeholder="123456"
      w={140}
      maxLength={7}
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
