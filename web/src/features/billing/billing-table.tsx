import type { ReactNode } from 'react';
import { TableScroll } from '../../app/table-scroll';

export interface Column<T> {
  header: string;
  /** Right-aligned figures. */
  num?: boolean;
  cell(row: T): ReactNode;
}

/**
 * The billing pages' tables: a caption, column headers, the first column as row header, figures
 * right-aligned; scrolls inside its own region on a narrow screen.
 */
export function BillingTable<T>({
  label,
  caption,
  columns,
  rows,
  rowKey,
}: {
  label: string;
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T): string;
}) {
  return (
    <TableScroll label={label}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.num ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.header} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className={c.num ? 'num' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
