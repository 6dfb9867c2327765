import { Pagination } from '@mantine/core';

const CONTROL_LABELS = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

/** Mantine's pagination with names for its arrow buttons and pages (they have none). */
export function PagePicker({
  total,
  value,
  onChange,
}: {
  readonly total: number;
  readonly value: number;
  readonly onChange: (page: number) => void;
}) {
  return (
    <nav aria-label="Pages">
      <Pagination
        size="sm"
        total={total}
        value={value}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
        getItemProps={(page) => ({
          'aria-label': `Page ${page}`,
          ...(page === value ? { 'aria-current': 'page' as const } : {}),
        })}
      />
    </nav>
  );
}
