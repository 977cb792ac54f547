import { Text, type LabelProps } from 'recharts';

/**
 * Texts drawn in the charts that keep to their own room, so none is drawn
 * over another whatever the names and figures: a category's name wraps to
 * its band (cut with an ellipsis past the lines it has room for, the whole
 * name in its tooltip), a segment's code shows only where the segment can hold it, the
 * envelope's figure stands in the margin beside its line.
 */

export const FONT_SIZE = 12;
/** About the widest a character of the charts' font is, for room kept beside a text before it is drawn. */
const CHARACTER_WIDTH = FONT_SIZE * 0.62;

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

/** A category's name under (or, on a vertical chart, beside) its bar, within `room` pixels (named apart from the tick's own `width`, which Recharts sets). */
export function CategoryTick({ x, y, payload, room, side = 'under', lines = 2 }: TickProps & { readonly room: number; readonly side?: 'under' | 'beside'; readonly lines?: number }) {
  const anchor = side === 'under' ? 'middle' : 'end';
  const name = String(payload?.value ?? '');
  return (
    <g>
      <title>{name}</title>
      <Text
        x={Number(x)}
        y={Number(y)}
        width={room}
        maxLines={lines}
        textAnchor={anchor}
        verticalAnchor={side === 'under' ? 'start' : 'middle'}
        fontSize={FONT_SIZE}
        style={{ fontSize: `${FONT_SIZE}px` }}
        fill="#444"
        className="recharts-cartesian-axis-tick-value"
      >
        {name}
      </Text>
    </g>
  );
}

/** Room a text needs beside the plot, in pixels. */
export const roomFor = (text: string): number => Math.ceil(text.length * CHARACTER_WIDTH) + 12;

/** A line's code in the middle of its segment of a stacked bar, where the segment can hold it; nothing on a thinner one (the legend and tooltip name it). */
export function segmentLabel(code: string) {
  return function SegmentLabel({ viewBox }: LabelProps) {
    const box = viewBox !== undefined && 'height' in viewBox ? viewBox : null;
    if (box === null) return null;
    const [x, y, width, height] = [Number(box.x), Number(box.y), Number(box.width), Number(box.height)];
    if (Math.abs(height) < FONT_SIZE + 2 || Math.abs(width) < roomFor(code) - 8) return null;
    return (
      <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fill="#fff" fontSize={10}>
        {code}
      </text>
    );
  };
}

/** A figure under the end of a bar that goes below 0 (the reduction), clear of the bars above it. */
export function belowLabel(format: (value: number) => string) {
  return function BelowLabel({ viewBox, value }: LabelProps) {
    const box = viewBox !== undefined && 'height' in viewBox ? viewBox : null;
    if (box === null || value === undefined || Number(value) === 0) return null;
    const [x, y, width, height] = [Number(box.x), Number(box.y), Number(box.width), Number(box.height)];
    return (
      <text x={x + width / 2} y={Math.max(y, y + height) + 3} textAnchor="middle" dominantBaseline="hanging" fontSize={10} fill="#444">
        {format(Number(value))}
      </text>
    );
  };
}

/** The envelope's words and figure, in the margin to the right of its line, where no bar or label is. */
export function envelopeLabel(text: string) {
  return function EnvelopeLabel({ viewBox }: LabelProps) {
    const box = viewBox !== undefined && 'width' in viewBox ? viewBox : null;
    if (box === null) return null;
    return (
      <text x={Number(box.x) + Number(box.width) + 6} y={Number(box.y)} dominantBaseline="central" fontSize={FONT_SIZE} className="recharts-label">
        {text}
      </text>
    );
  };
}
