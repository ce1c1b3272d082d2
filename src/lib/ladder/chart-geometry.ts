/**
 * Plain geometry for horizontal bar charts that an Astro component turns into `<svg>` at build
 * time: rows of bars, each with its coordinates, its words and a text alternative. No DOM. Laid
 * out left to right; `mirrorChart` turns a chart around for a right-to-left page, so its labels
 * sit on the right and its bars grow leftwards.
 */

/** Sizes in SVG user units; every chart has defaults, any of them can be overridden. */
export interface ChartLayout {
  /** Width of the whole chart (the SVG viewBox). */
  readonly width: number;
  /** Left column holding the row labels (text ends at `labelWidth - 8`). */
  readonly labelWidth: number;
  /** Right column for the value text written after a bar. */
  readonly valueWidth: number;
  /** Height of one bar. */
  readonly barHeight: number;
  /** Space between the bars of one row (comparison and grouped charts). */
  readonly barGap: number;
  /** Space between rows. */
  readonly rowGap: number;
  /** Space above the first and below the last row. */
  readonly padding: number;
}

/** Sizes used unless a chart call overrides them (week charts narrow the value column). */
export const DEFAULT_LAYOUT: ChartLayout = {
  width: 640,
  labelWidth: 168,
  valueWidth: 184,
  barHeight: 18,
  barGap: 4,
  rowGap: 14,
  padding: 8,
};

/**
 * Room for a column of text: about 7 units per character of the charts' 13px type plus the gap,
 * never less than `min`. "1:1s, hiring and performance" needs about 212; German step names such
 * as "Gibt die technische Richtung vor" need 240, where the default value column has 184.
 */
export function columnFor(texts: readonly string[], min: number): number {
  const longest = Math.max(0, ...texts.map((text) => text.length));
  return Math.max(min, Math.ceil(longest * 7 + 16));
}

/** A rectangle. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What a bar shows, before and after it is placed. */
export interface BarContent {
  /** Stable key for rendering lists (`scope`, `scope:staff`, `staff:coding`). */
  readonly key: string;
  /** Which series the bar belongs to (0, 1, …): picks its colour and legend entry. */
  readonly series: number;
  /** Length as a fraction of the full scale, 0–1. */
  readonly fraction: number;
  /** What the bar measures ("Scope", "Coding"). */
  readonly label: string;
  /** The value in words ("Whole organisation", "40%"). */
  readonly value: string;
  /** Extra words for the value ("step 5 of 6"); empty when there are none. */
  readonly detail: string;
  /** Full sentence for the bar's `<title>` tooltip. */
  readonly title: string;
}

/** One bar (or one segment of a stacked bar), placed. */
export interface ChartBar extends Box, BarContent {
  /**
   * Where value text goes, vertically centred (`dominant-baseline: middle`): just after the bar
   * (`text-anchor: start`), or for a stacked segment at its centre (`text-anchor: middle`).
   */
  readonly valueX: number;
  readonly valueY: number;
}

/** One row: a label on the left, a full-length background track and its bars. */
export interface ChartRow {
  readonly key: string;
  readonly label: string;
  /**
   * Where the label text ends (`text-anchor: end`: its right edge, or its left edge in a mirrored
   * chart drawn right to left) and its vertical centre.
   */
  readonly labelX: number;
  readonly labelY: number;
  /** The end of the scale (100%, the top step), where a line marks it. */
  readonly scaleEndX: number;
  /** Where the value column's text starts (`text-anchor: start`), just past the end of the scale. */
  readonly valueX: number;
  /** The full scale behind the bars, so "step 2 of 6" is visibly short of the end. */
  readonly track: Box;
  readonly bars: readonly ChartBar[];
}

/** A vertical scale line (week charts: 0%, 25%, … 100%). */
export interface ChartTick {
  readonly x: number;
  readonly label: string;
}

/** A legend entry for one series. */
export interface ChartLegendItem {
  readonly series: number;
  readonly label: string;
}

/** A whole chart, ready to draw. */
export interface BarChart {
  /** `rtl` once mirrored: text anchors then count from the right, as in a right-to-left page. */
  readonly direction: 'ltr' | 'rtl';
  readonly width: number;
  readonly height: number;
  /** `0 0 width height`. */
  readonly viewBox: string;
  /** Short name for the SVG's `<title>` / `aria-label`. */
  readonly title: string;
  /** Everything the chart shows, in sentences, for screen readers (`<desc>` or a visually hidden paragraph). */
  readonly textAlternative: string;
  readonly rows: readonly ChartRow[];
  readonly ticks: readonly ChartTick[];
  /** Empty when there is only one series. */
  readonly legend: readonly ChartLegendItem[];
}

/** What a bar shows before it is placed. */
export interface BarSpec extends BarContent {
  /** For stacked segments: where the segment starts, as a fraction of the scale. */
  readonly start?: number;
  /** Stacked segments share one line: all bars with `stacked` sit on the row's first line. */
  readonly stacked?: boolean;
}

/** What a row shows before it is placed. */
export interface RowSpec {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly BarSpec[];
}

/** Rounds to hundredths so SVG attributes stay short and output is deterministic. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Lays rows out top to bottom; bars of a row stack vertically unless they are stacked segments. */
export function layOut(
  spec: { title: string; textAlternative: string; rows: readonly RowSpec[]; legend: readonly ChartLegendItem[]; ticks?: readonly { fraction: number; label: string }[] },
  overrides: Partial<ChartLayout> = {},
): BarChart {
  const layout = { ...DEFAULT_LAYOUT, ...overrides };
  const plotX = layout.labelWidth;
  const plotWidth = Math.max(0, layout.width - layout.labelWidth - layout.valueWidth);
  let cursor = layout.padding;
  const rows = spec.rows.map((row): ChartRow => {
    const lines = row.bars.some((b) => b.stacked) ? 1 : Math.max(1, row.bars.length);
    const rowHeight = lines * layout.barHeight + (lines - 1) * layout.barGap;
    const top = cursor;
    cursor += rowHeight + layout.rowGap;
    const bars = row.bars.map((bar, index): ChartBar => {
      const line = bar.stacked ? 0 : index;
      const x = plotX + (bar.start ?? 0) * plotWidth;
      const y = top + line * (layout.barHeight + layout.barGap);
      const width = bar.fraction * plotWidth;
      return {
        key: bar.key,
        series: bar.series,
        fraction: round(bar.fraction),
        label: bar.label,
        value: bar.value,
        detail: bar.detail,
        title: bar.title,
        x: round(x),
        y: round(y),
        width: round(width),
        height: layout.barHeight,
        valueX: round(bar.stacked ? x + width / 2 : x + width + 6),
        valueY: round(y + layout.barHeight / 2),
      };
    });
    return {
      key: row.key,
      label: row.label,
      labelX: round(plotX - 8),
      labelY: round(top + rowHeight / 2),
      scaleEndX: round(plotX + plotWidth),
      valueX: round(plotX + plotWidth + 8),
      track: { x: plotX, y: round(top), width: round(plotWidth), height: rowHeight },
      bars,
    };
  });
  const height = round(spec.rows.length === 0 ? 2 * layout.padding : cursor - layout.rowGap + layout.padding);
  return {
    direction: 'ltr',
    width: layout.width,
    height,
    viewBox: `0 0 ${layout.width} ${height}`,
    title: spec.title,
    textAlternative: spec.textAlternative,
    rows,
    ticks: (spec.ticks ?? []).map((tick) => ({ x: round(plotX + tick.fraction * plotWidth), label: tick.label })),
    legend: spec.legend,
  };
}

/**
 * The same chart read right to left: every x reflected about the middle, so row labels sit at the
 * right, bars grow from the right towards the left, and values follow them on the left. Text
 * anchors keep their names: drawn with `direction: rtl`, `end` is a text's left edge.
 */
export function mirrorChart(chart: BarChart): BarChart {
  if (chart.direction === 'rtl') return chart;
  const x = (value: number) => round(chart.width - value);
  const box = <B extends Box>(b: B): B => ({ ...b, x: round(chart.width - b.x - b.width) });
  return {
    ...chart,
    direction: 'rtl',
    rows: chart.rows.map((row) => ({
      ...row,
      labelX: x(row.labelX),
      scaleEndX: x(row.scaleEndX),
      valueX: x(row.valueX),
      track: box(row.track),
      bars: row.bars.map((bar) => ({ ...box(bar), valueX: x(bar.valueX) })),
    })),
    ticks: chart.ticks.map((tick) => ({ ...tick, x: x(tick.x) })),
  };
}
