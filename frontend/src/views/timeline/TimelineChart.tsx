// The date axis: one lane per kind of event, marks binned by pixel column (a mark per kind per column,
// however many events), and a brush: drag to choose a range of days, Escape or "Clear range" to drop it.
import { useEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { useExplorer } from '../../core/context';
import { setRange } from '../../core/timeline';
import { EVENT_KINDS, type DateRange, type EventKind, type TimelineEvent } from '../../core/timeline/types';
import { binEvents, brushRange, dayNumber, dayScale, formatDay, isoDay } from '../../core/timeline/utils';

const LANE_LABEL = 76;
const LANE_HEIGHT = 18;
const AXIS_HEIGHT = 18;
const BIN_PX = 6;
const LANES: Record<EventKind, string> = { article: 'Articles', meeting: 'Meetings', stance: 'Stances' };

/** The drawing's width follows its element's. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function TimelineChart({
  events,
  range,
}: {
  events: readonly TimelineEvent[];
  range: DateRange | null;
}) {
  const explorer = useExplorer();
  const [ref, width] = useWidth();
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const plotWidth = Math.max(0, width - LANE_LABEL - 8);
  const scale = useMemo(() => dayScale(events, plotWidth), [events, plotWidth]);
  const bins = useMemo(
    () =>
      scale
        ? EVENT_KINDS.map((kind) =>
            binEvents(
              events.filter((e) => e.kind === kind),
              scale,
              BIN_PX,
            ),
          )
        : [],
    [events, scale],
  );
  const height = LANE_HEIGHT * EVENT_KINDS.length + AXIS_HEIGHT;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && explorer.timeline.get().filter.range) setRange(explorer, null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [explorer]);

  const plotX = (e: PointerEvent<SVGGElement>) =>
    Math.min(plotWidth, Math.max(0, e.clientX - e.currentTarget.getBoundingClientRect().left));
  const onDown = (e: PointerEvent<SVGGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const x = plotX(e);
    setDrag({ x0: x, x1: x });
  };
  const onMove = (e: PointerEvent<SVGGElement>) => {
    if (drag) setDrag({ x0: drag.x0, x1: plotX(e) });
  };
  const onUp = (e: PointerEvent<SVGGElement>) => {
    if (!drag || !scale) return;
    const x1 = plotX(e);
    setDrag(null);
    // A click without a drag chooses nothing.
    if (Math.abs(x1 - drag.x0) >= 3) setRange(explorer, brushRange(scale, drag.x0, x1));
  };

  const shade = scale && (drag ? { a: drag.x0, b: drag.x1 } : range ? rangePixels(scale, range) : null);
  return (
    <div className="timeline__chart" ref={ref}>
      {scale && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label="Events by date"
          data-testid="timeline-chart"
        >
          {EVENT_KINDS.map((kind, lane) => (
            <text key={kind} x={4} y={lane * LANE_HEIGHT + 13} className="timeline__lane-label">
              {LANES[kind]}
            </text>
          ))}
          <g
            transform={`translate(${LANE_LABEL},0)`}
            className="timeline__plot"
            data-testid="timeline-plot"
            onPointerDown={onDown}
            onPointerMove={onMove}
            onPointerUp={onUp}
            onPointerCancel={() => setDrag(null)}
          >
            {/* The plot's whole area takes the pointer, and starts the group's box at its origin. */}
            <rect className="timeline__overlay" x={0} y={0} width={plotWidth} height={height} />
            {bins.map((lane, i) =>
              lane.map((bin) => <Mark key={`${i}:${bin.x}`} kind={EVENT_KINDS[i]!} lane={i} bin={bin} />),
            )}
            <Axis first={scale.first} last={scale.last} x={scale.x} width={plotWidth} />
            {shade && (
              <rect
                className="timeline__brush"
                data-testid="timeline-brush"
                data-from={range?.from}
                data-to={range?.to}
                x={Math.min(shade.a, shade.b)}
                width={Math.max(1, Math.abs(shade.b - shade.a))}
                y={0}
                height={LANE_HEIGHT * EVENT_KINDS.length}
              />
            )}
          </g>
        </svg>
      )}
    </div>
  );
}

function rangePixels(scale: NonNullable<ReturnType<typeof dayScale>>, range: DateRange) {
  const a = dayNumber(range.from) ?? scale.first;
  const b = dayNumber(range.to) ?? scale.last;
  return { a: scale.x(a - 0.5), b: scale.x(b + 0.5) };
}

function Mark({
  kind,
  lane,
  bin,
}: {
  kind: EventKind;
  lane: number;
  bin: ReturnType<typeof binEvents>[number];
}) {
  const count = bin.counts[kind];
  const size = Math.min(LANE_HEIGHT - 4, 4 + 3 * Math.log2(1 + count));
  const when = bin.from === bin.to ? formatDay(bin.from) : `${formatDay(bin.from)} – ${formatDay(bin.to)}`;
  return (
    <rect
      className={`timeline__mark timeline__mark--${kind}`}
      x={bin.x - BIN_PX / 2 + 0.5}
      y={lane * LANE_HEIGHT + (LANE_HEIGHT - size) / 2}
      width={BIN_PX - 1}
      height={size}
    >
      <title>{`${count} ${count === 1 ? kind : `${kind}s`}, ${when}`}</title>
    </rect>
  );
}

/** Evenly spaced days along the axis, about one per 110 pixels. */
function Axis({
  first,
  last,
  x,
  width,
}: {
  first: number;
  last: number;
  x: (day: number) => number;
  width: number;
}) {
  const count = Math.max(2, Math.floor(width / 110));
  const step = Math.max(1, Math.round((last - first) / count));
  const days: number[] = [];
  for (let d = first + 1; d < last; d += step) days.push(d);
  const y = LANE_HEIGHT * EVENT_KINDS.length;
  return (
    <g className="timeline__axis">
      <line x1={0} x2={width} y1={y} y2={y} />
      {days.map((d) => (
        <text key={d} x={x(d)} y={y + 13} textAnchor="middle">
          {formatDay(isoDay(d))}
        </text>
      ))}
    </g>
  );
}
