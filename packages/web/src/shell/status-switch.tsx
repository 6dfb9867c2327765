import { SegmentedControl } from '@mantine/core';

/** Which items a list shows (open or done), as a small segmented switch. */
export function StatusSwitch<T extends string>({
  value,
  options,
  onChange,
}: {
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}) {
  return (
    <SegmentedControl
      size="xs"
      w={100 * options.length + 20}
      value={value}
      onChange={onChange}
      data={options.map((o) => ({ value: o.value, label: o.label }))}
    />
  );
}
