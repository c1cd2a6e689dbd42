// A horizontal bar chart in plain SVG: each bar carries its figure as text beside it (no colour-only
// meaning), the SVG is one labelled image, and the caller always renders the same figures as a table.
import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

const ROW = 28;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 360;

export function BarChart({ title, bars, summary }: { title: string; bars: Bar[]; summary: string }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 48;
  const clip = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW + 4;
          const length = Math.round((bar.value / max) * BAR_WIDTH);
          return (
            <g key={bar.key}>
              <text x={LABEL_WIDTH - 8} y={y + 15} textAnchor="end" fontSize="13" fill="#212529">
                {clip(bar.label)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={Math.max(length, 2)}
                height={ROW - 10}
                fill="#1c7ed6"
                rx="3"
              />
              <text x={LABEL_WIDTH + Math.max(length, 2) + 6} y={y + 15} fontSize="13" fill="#212529">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
