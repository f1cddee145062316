import type { ReactNode } from 'react';

/**
 * A table never widens its page: on a narrow screen it scrolls inside this region, which
 * keyboard users can focus and scroll (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
