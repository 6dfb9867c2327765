import { Table } from '@mantine/core';

/** A column heading; a `$` prefix right-aligns it (amounts), as the cells below it are. */
export type Heading = string;

/** The header row of a dense table: `['Date', '$Amount']`. */
export function TableHead({ columns }: { readonly columns: readonly Heading[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) =>
          column.startsWith('$') ? (
            <Table.Th key={column} ta="right">
              {column.slice(1)}
            </Table.Th>
          ) : (
            <Table.Th key={column}>{column}</Table.Th>
          ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
