import type { KeyboardEvent } from 'react';

/** Props that make a table row pickable by click, or by Tab and Enter. */
export function selectableRow(select: () => void) {
  return {
    tabIndex: 0,
    style: { cursor: 'pointer' },
    onClick: select,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter') select();
    },
  } as const;
}
