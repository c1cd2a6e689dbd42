// The one way a table scrolls sideways on a narrow screen. A keyboard user must be able to reach the
// scrolling (WCAG 2.1.1; axe scrollable-region-focusable), so while the table overflows its box the
// element that scrolls (Mantine's ScrollArea viewport) is a named, focusable region; when the table
// fits, it is no tab stop at all.
import { Table, type TableScrollContainerProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

interface TableScrollerProps extends Omit<TableScrollContainerProps, 'type' | 'scrollAreaProps'> {
  /** What the region is called when focused: normally the table's caption. */
  label: string;
}

export function TableScroller({ label, children, ...props }: TableScrollerProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const overflows = useOverflow(viewport);
  return (
    <Table.ScrollContainer
      {...props}
      scrollAreaProps={{
        viewportRef: viewport,
        viewportProps: overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {},
      }}
    >
      {children}
    </Table.ScrollContainer>
  );
}

function useOverflow(ref: React.RefObject<HTMLDivElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
