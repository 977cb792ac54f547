import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { REDUCTION_ID } from '../../model/plan';
import { t } from '../../i18n/t';
import type { AmountAxis, ChartData } from './chartData';
import { CategoryTick, FONT_SIZE, belowLabel, envelopeLabel, roomFor, segmentLabel } from './chartText';

/**
 * The four pictures of the allocation (Recharts, loaded only when the charts
 * are first shown). Every bar carries its figure or its line's code as text,
 * so nothing is told by colour alone; the colours are Okabe and Ito's, which
 * stay distinct for the common colour-vision deficiencies. Every number on
 * an axis or a bar is written in the number style shown, by the app's own
 * formatting; each axis is as wide as its longest figure, and no text is
 * drawn over another (see chartText.tsx).
 */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const colour = (i: number): string => PALETTE[i % PALETTE.length] ?? '#000000';
const REDUCTION_COLOUR = '#7f1d1d';
const LABEL_COLOUR = '#222';
const WIDTH = 600;
const HEIGHT = 300;
/** Room for the codes beside the bars of the shares. */
const CODE_WIDTH = 110;
/** Room under a chart for names wrapped to two lines. */
const CATEGORY_HEIGHT = 2 * FONT_SIZE + 12;
const tick = { fontSize: FONT_SIZE };

export interface ChartsProps {
  readonly data: ChartData;
  readonly unit: string;
  /** The scenario compared with, or null for the baseline. */
  readonly comparedName: string | null;
  /** An amount drawn as a number, written as the grid writes it. */
  readonly format: (value: number) => string;
  /** A share or percentage points drawn as a number, with the style's decimal mark. */
  readonly decimal: (value: number) => string;
}

/** An axis of figures: its domain and its round ticks, written by `write`. */
const figureAxis = (axis: AmountAxis, write: (value: number) => string) => ({ domain: [...axis.domain], ticks: [...axis.ticks], tickFormatter: write, tick });
/** A vertical axis as wide as the widest of its figures. */
const axisWidth = (axis: AmountAxis, write: (value: number) => string) => Math.max(...axis.ticks.map((value) => roomFor(write(value))));

/** The width of each category's band under a chart of `count` bars, less a gap, for its name to wrap within. */
const band = (count: number, taken: number) => Math.max(24, (WIDTH - taken) / Math.max(1, count) - 8);

function Figure({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <figure className="chart" data-testid={`chart-${id}`} aria-labelledby={`chart-${id}-title`}>
      <figcaption id={`chart-${id}-title`}>{title}</figcaption>
      {children}
    </figure>
  );
}

/** Colours and names under the chart, in the page's flow: long names wrap there and never take the chart's room. */
function ChartLegend({ entries }: { entries: readonly { readonly name: string; readonly colour: string }[] }) {
  return (
    <ul className="chart-legend">
      {entries.map(({ name, colour: fill }) => (
        <li key={name}>
          <span className="chart-swatch" style={{ background: fill }} aria-hidden="true" />
          {name}
        </li>
      ))}
    </ul>
  );
}

function ByYear({ data, unit, format }: ChartsProps) {
  return (
    <Figure id="by-year" title={t('app.charts.byYearTitle', { unit })}>
      <BarChart width={WIDTH} height={HEIGHT} data={data.byYear} stackOffset="sign" margin={{ left: 10, right: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" tick={tick} />
        {/* Below 0 only the room the reduction and its figure need. */}
        <YAxis {...figureAxis(data.byYearAxis, format)} width={axisWidth(data.byYearAxis, format)} padding={{ bottom: data.byYearAxis.domain[0] < 0 ? FONT_SIZE + 6 : 0 }} />
        <Tooltip formatter={(value) => format(Number(value))} />
        {data.lines.map((line, i) => (
          <Bar key={line.code} dataKey={line.code} name={`${line.code} ${line.name}`} stackId="year" fill={colour(i)} isAnimationActive={false}>
            <LabelList dataKey={line.code} content={segmentLabel(line.code)} />
          </Bar>
        ))}
        <Bar dataKey={REDUCTION_ID} name={t('app.charts.reduction')} stackId="year" fill={REDUCTION_COLOUR} isAnimationActive={false}>
          <LabelList dataKey={REDUCTION_ID} content={belowLabel(format)} />
        </Bar>
      </BarChart>
      <ChartLegend entries={[...data.lines.map((line, i) => ({ name: `${line.code} ${line.name}`, colour: colour(i) })), { name: t('app.charts.reduction'), colour: REDUCTION_COLOUR }]} />
    </Figure>
  );
}

function Shares({ data, decimal }: ChartsProps) {
  // The height each bar's row has, for its code beside it: two lines where they fit.
  const rows = (HEIGHT - 40) / Math.max(1, data.shares.length);
  return (
    <Figure id="shares" title={t('app.charts.sharesTitle')}>
      <BarChart width={WIDTH} height={HEIGHT} data={data.shares} layout="vertical" margin={{ left: 10, right: 60 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" {...figureAxis(data.sharesAxis, (value) => `${decimal(value)}%`)} />
        <YAxis type="category" dataKey="code" width={CODE_WIDTH} tick={<CategoryTick room={CODE_WIDTH - 10} side="beside" lines={rows >= 2 * FONT_SIZE + 6 ? 2 : 1} />} />
        <Bar dataKey="value" name={t('app.charts.share')} isAnimationActive={false}>
          {data.shares.map((share, i) => (
            <Cell key={share.code} fill={colour(i)} />
          ))}
          <LabelList dataKey="label" position="right" fontSize={FONT_SIZE} fill={LABEL_COLOUR} />
        </Bar>
      </BarChart>
    </Figure>
  );
}

function Waterfall({ data, unit, format }: ChartsProps) {
  const isRevenue = data.envelopeName === 'Revenue';
  const envelope = t(isRevenue ? 'app.charts.revenueLine' : 'app.charts.envelopeLine', { amount: data.envelope.label });
  const right = data.envelope.value > 0 ? roomFor(envelope) : 10;
  const width = axisWidth(data.waterfallAxis, format);
  return (
    <Figure id="waterfall" title={t(isRevenue ? 'app.charts.waterfallRevenueTitle' : 'app.charts.waterfallTitle', { unit })}>
      <BarChart width={WIDTH} height={HEIGHT} data={data.waterfall} margin={{ left: 10, top: 20, right }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="step" height={CATEGORY_HEIGHT} interval={0} tick={<CategoryTick room={band(data.waterfall.length, 10 + right + width)} />} />
        <YAxis {...figureAxis(data.waterfallAxis, format)} width={width} />
        <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="value" stackId="w" isAnimationActive={false}>
          {data.waterfall.map((step, i) => (
            <Cell key={step.step} fill={i === 1 ? REDUCTION_COLOUR : colour(0)} />
          ))}
          <LabelList dataKey="label" position="top" fontSize={FONT_SIZE} fill={LABEL_COLOUR} />
        </Bar>
        {data.envelope.value > 0 && <ReferenceLine y={data.envelope.value} stroke="#000" strokeDasharray="6 3" label={envelopeLabel(envelope)} />}
      </BarChart>
    </Figure>
  );
}

/** One of the two pictures of the effect: a bar per line, its figure at its end, clear of the codes under the chart. */
interface EffectBarsProps {
  readonly data: ChartData['effect'];
  readonly dataKey: string;
  readonly labelKey: string;
  readonly name: string;
  readonly fill: string;
  readonly axis: AmountAxis;
  readonly write: (value: number) => string;
}

function EffectBars({ data, dataKey, labelKey, name, fill, axis, write }: EffectBarsProps) {
  const padding = { top: FONT_SIZE + 10, bottom: FONT_SIZE + 10 };
  const width = axisWidth(axis, write);
  return (
    <BarChart width={WIDTH} height={HEIGHT * 0.8} data={data} margin={{ left: 10, right: 10, top: 10, bottom: 10 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="code" height={CATEGORY_HEIGHT} interval={0} tick={<CategoryTick room={band(data.length, 20 + width)} />} />
      <YAxis {...figureAxis(axis, write)} width={width} padding={padding} />
      <ReferenceLine y={0} stroke="#000" />
      <Bar dataKey={dataKey} name={name} fill={fill} isAnimationActive={false}>
        <LabelList dataKey={labelKey} position="top" fontSize={11} fill={LABEL_COLOUR} />
      </Bar>
    </BarChart>
  );
}

function Effect({ data, unit, comparedName, format, decimal }: ChartsProps) {
  return (
    <Figure id="effect" title={comparedName === null ? t('app.charts.effectBaselineTitle', { unit }) : t('app.charts.effectTitle', { name: comparedName, unit })}>
      <EffectBars data={data.effect} dataKey="amount" labelKey="amountLabel" name={unit} fill={colour(0)} axis={data.effectAxes.amount} write={format} />
      <EffectBars data={data.effect} dataKey="points" labelKey="pointsLabel" name={t('app.charts.points')} fill={colour(1)} axis={data.effectAxes.points} write={decimal} />
    </Figure>
  );
}

export function Charts(props: ChartsProps) {
  return (
    <div className="charts">
      <ByYear {...props} />
      <Shares {...props} />
      <Waterfall {...props} />
      <Effect {...props} />
    </div>
  );
}
