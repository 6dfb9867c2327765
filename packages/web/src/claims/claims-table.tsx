import { memo, useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { Badge, Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ClaimRow } from '../api/types.ts';
import { formatCents, statusLabel } from '../format.ts';
import classes from './claims-table.module.css';
import { statusColor } from './status-color.ts';

const ROW = 26;
const COLUMNS =
  '28px 120px 86px minmax(140px,1.4fr) minmax(110px,1fr) minmax(110px,1fr) 100px 44px 86px minmax(120px,1fr)';
const HEADERS = [
  '',
  'Claim',
  'DOS',
  'Patient',
  'Payer',
  'Provider',
  'Status',
  'Age',
  'Charge',
  'Scrubber',
];

interface Props {
  readonly rows: readonly ClaimRow[];
  readonly total: number;
  readonly hasMore: boolean;
  readonly loadMore: () => void;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
  readonly active: number;
  readonly onActive: (index: number) => void;
  readonly onOpen: (id: string) => void;
}

/**
 * The claims as a virtualised grid: only the rows in view are in the page, so 10,000 claims
 * scroll like 50. Keyboard: ↑/↓ (or k/j) move, Space selects, Enter opens, Home/End jump.
 */
export function ClaimsTable(props: Props) {
  const { rows, hasMore, loadMore, active, onActive } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - 40) loadMore();
  }, [hasMore, lastIndex, rows.length, loadMore]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    onActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const row = rows[active];
    const page = Math.floor((scroller.current?.clientHeight ?? ROW * 20) / ROW);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      j: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      k: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      ' ': () => row && props.onToggle(row.id),
      Enter: () => row && props.onOpen(row.id),
    };
    const action = keys[event.key];
    if (action && event.target === event.currentTarget) {
      event.preventDefault();
      action();
    }
  };

  return (
    <Box
      role="grid"
      aria-label="Claims"
      aria-rowcount={props.total}
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={{ border: '1px solid var(--mantine-color-gray-3)', outlineOffset: -2 }}
    >
      <Box
        role="row"
        style={{ display: 'grid', gridTemplateColumns: COLUMNS, height: ROW }}
        bg="gray.1"
      >
        {HEADERS.map((h) => (
          <Text key={h} role="columnheader" size="sm" fw={700} px={4} lh={`${ROW}px`} truncate>
            {h}
          </Text>
        ))}
      </Box>
      <div ref={scroller} style={{ height: 'calc(100vh - 215px)', overflow: 'auto' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <ClaimGridRow
                key={row.id}
                row={row}
                index={item.index}
                top={item.start}
                active={item.index === active}
                selected={props.selected.has(row.id)}
                onToggle={props.onToggle}
                onOpen={props.onOpen}
                onActive={onActive}
              />
            );
          })}
        </div>
      </div>
    </Box>
  );
}

interface RowProps {
  readonly row: ClaimRow;
  readonly index: number;
  readonly top: number;
  readonly active: boolean;
  readonly selected: boolean;
  readonly onToggle: (id: string) => void;
  readonly onOpen: (id: string) => void;
  readonly onActive: (index: number) => void;
}

/** One claim; memoised and built from plain elements so that scrolling re-renders little. */
const ClaimGridRow = memo(function ClaimGridRow(props: RowProps) {
  const { row, index, top, active, selected } = props;
  const summary = scrubSummary(row);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-active={active || undefined}
      data-odd={index % 2 === 1 || undefined}
      className={classes.row}
      style={{ height: ROW, transform: `translateY(${top}px)`, gridTemplateColumns: COLUMNS }}
      onClick={() => props.onActive(index)}
      onDoubleClick={() => props.onOpen(row.id)}
    >
      <div role="gridcell" className={classes.cell}>
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          onChange={() => props.onToggle(row.id)}
          aria-label={`Select claim ${row.claimNumber}`}
        />
      </div>
      <div role="gridcell" className={`${classes.cell} ${classes.mono}`}>
        {row.claimNumber}
      </div>
      <div role="gridcell" className={classes.cell}>
        {row.serviceDateFrom}
      </div>
      <div role="gridcell" className={classes.cell}>
        {row.patientName}
      </div>
      <div role="gridcell" className={classes.cell}>
        {row.payerName}
      </div>
      <div role="gridcell" className={classes.cell}>
        {row.providerName}
      </div>
      <div role="gridcell" className={classes.cell}>
        <Badge size="xs" variant="light" color={statusColor(row.status)}>
          {statusLabel(row.status)}
        </Badge>
      </div>
      <div role="gridcell" className={`${classes.cell} ${classes.number}`}>
        {row.ageDays}
      </div>
      <div role="gridcell" className={`${classes.cell} ${classes.number}`}>
        {formatCents(row.totalCharge)}
      </div>
      <div
        role="gridcell"
        className={`${classes.cell} ${row.problems > 0 ? classes.problem : row.warnings > 0 ? classes.warning : classes.clean}`}
        title={summary}
      >
        {summary}
      </div>
    </div>
  );
});
/** "2 problems · MOD-25-001", "1 warning · ICD-UNSPEC-001", or a dash when clean. */
function scrubSummary({ problems, warnings, topRuleId }: ClaimRow): string {
  const count =
    problems > 0
      ? `${problems} problem${problems === 1 ? '' : 's'}`
      : warnings > 0
        ? `${warnings} warning${warnings === 1 ? '' : 's'}`
        : '';
  return count ? `${count} · ${topRuleId ?? ''}` : '—';
}
