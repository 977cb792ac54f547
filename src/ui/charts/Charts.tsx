import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { REDUCTION_ID } from '../../model/plan';
import type { ChartData } from './chartData';

/**
 * The four pictures of the allocation (Recharts, loaded only when the charts
 * are first shown). Every bar carries its figure or its line's code as text,
 * so nothing is told by colour alone; the colours are Okabe and Ito's, which
 * stay distinct for the common colour-vision deficiencies.
 */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const colour = (i: number): string => PALETTE[i % PALETTE.length] ?? '#000000';
const REDUCTION_COLOUR = '#7f1d1d';
const WIDTH = 600;
const HEIGHT = 300;

export interface ChartsProps {
  readonly data: ChartData;
  readonly unit: string;
  readonly comparedName: string;
  readonly format: (value: number) => string;
}

function Figure({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <figure className="chart" data-testid={`chart-${id}`} aria-labelledby={`chart-${id}-title`}>
      <figcaption id={`chart-${id}-title`}>{title}</figcaption>
      {children}
    </figure>
  );
}

export function Charts({ data, unit, comparedName, format }: ChartsProps) {
  const tick = { fontSize: 12 };
  return (
    <div className="charts">
      <Figure id="by-year" title={`Allocation by year, by priority, with the reduction (${unit})`}>
        <BarChart width={WIDTH} height={HEIGHT} data={data.byYear} stackOffset="sign" margin={{ left: 20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={tick} />
          <YAxis tickFormatter={format} tick={tick} width={70} />
          <Tooltip formatter={(value) => format(Number(value))} />
          <Legend />
          {data.lines.map((line, i) => (
            <Bar key={line.code} dataKey={line.code} name={`${line.code} ${line.name}`} stackId="year" fill={colour(i)} isAnimationActive={false}>
              <LabelList dataKey={line.code} position="center" fill="#fff" fontSize={10} formatter={() => line.code} />
            </Bar>
          ))}
          <Bar dataKey={REDUCTION_ID} name="Reduction" stackId="year" fill={REDUCTION_COLOUR} isAnimationActive={false}>
            <LabelList dataKey={REDUCTION_ID} position="bottom" fontSize={10} formatter={(value) => format(Number(value))} />
          </Bar>
        </BarChart>
      </Figure>

      <Figure id="shares" title="Shares of the period total by priority">
        <BarChart width={WIDTH} height={HEIGHT} data={data.shares} layout="vertical" margin={{ left: 10, right: 60 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" tick={tick} unit="%" />
          <YAxis type="category" dataKey="code" tick={tick} width={50} />
          <Bar dataKey="value" name="Share" isAnimationActive={false}>
            {data.shares.map((share, i) => (
              <Cell key={share.code} fill={colour(i)} />
            ))}
            <LabelList dataKey="label" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </Figure>

      <Figure id="waterfall" title={`From Subtotal through the reduction to Total, against the envelope (${unit})`}>
        <BarChart width={WIDTH} height={HEIGHT} data={data.waterfall} margin={{ left: 20, top: 20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="step" tick={tick} />
          <YAxis tickFormatter={format} tick={tick} width={70} domain={[0, 'auto']} />
          <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="value" stackId="w" isAnimationActive={false}>
            {data.waterfall.map((step, i) => (
              <Cell key={step.step} fill={i === 1 ? REDUCTION_COLOUR : colour(0)} />
            ))}
            <LabelList dataKey="label" position="top" fontSize={12} />
          </Bar>
          {data.envelope.value > 0 && (
            <ReferenceLine y={data.envelope.value} stroke="#000" strokeDasharray="6 3" label={{ value: `Envelope ${data.envelope.label}`, position: 'insideBottomRight', fontSize: 12 }} />
          )}
        </BarChart>
      </Figure>

      <Figure id="effect" title={`Each priority’s change against ${comparedName}: ${unit} and percentage points`}>
        <BarChart width={WIDTH} height={HEIGHT * 0.8} data={data.effect} margin={{ left: 10, top: 24, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="code" tick={tick} />
          <YAxis tickFormatter={format} tick={tick} width={60} />
          <ReferenceLine y={0} stroke="#000" />
          <Bar dataKey="amount" name={unit} fill={colour(0)} isAnimationActive={false}>
            <LabelList dataKey="amountLabel" position="top" fontSize={11} />
          </Bar>
        </BarChart>
        <BarChart width={WIDTH} height={HEIGHT * 0.8} data={data.effect} margin={{ left: 10, top: 24, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="code" tick={tick} />
          <YAxis tick={tick} width={40} />
          <ReferenceLine y={0} stroke="#000" />
          <Bar dataKey="points" name="percentage points" fill={colour(1)} isAnimationActive={false}>
            <LabelList dataKey="pointsLabel" position="top" fontSize={11} />
          </Bar>
        </BarChart>
      </Figure>
    </div>
  );
}
