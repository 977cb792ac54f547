import { describe, expect, it } from 'vitest';
import planJson from '../../fixtures/plans/appendix-a-2028-2031.json';
import { PlanFileError, readPlan } from '../../src/io/planFile';

const clone = () => structuredClone(planJson) as Record<string, unknown> & typeof planJson;

describe('plan files', () => {
  it('reads the published Appendix A', () => {
    const plan = readPlan(planJson);
    expect(plan.lines.map((line) => line.code)).toEqual(['TP1', 'TP2', 'TP3', 'TP4', 'TP5']);
    expect(plan.envelope.toFixed()).toBe('650000');
    expect(plan.unit).toBe('CHF thousands');
  });

  it('reads a line that is a group of child lines', () => {
    const file = clone();
    const tp1 = file.lines[0]!;
    (file.lines as unknown[])[0] = {
      code: 'TP1',
      name: tp1.name,
      children: [
        { code: 'TP1.a', name: 'a', amounts: { 2028: '1', 2029: '2', 2030: '3', 2031: '4' } },
        { code: 'TP1.b', name: 'b', amounts: { 2028: '10', 2029: '20', 2030: '30', 2031: '40' } },
      ],
    };
    const plan = readPlan(file);
    expect('children' in plan.lines[0]!).toBe(true);
  });

  it.each([
    ['a number where text is expected', (f: any) => (f.lines[0].amounts['2028'] = 57023), /lines\.0\.amounts\.2028/],
    ['a float amount', (f: any) => (f.lines[1].amounts['2029'] = '3243.5'), /line TP2 2029: "3243\.5" has decimals/],
    ['a missing year', (f: any) => delete f.lines[2].amounts['2030'], /line TP3: no amount for 2030/],
    ['an unknown year', (f: any) => (f.reduction.amounts['2040'] = '1'), /reduction: year 2040 is not one of the plan's years/],
    ['a duplicate code', (f: any) => (f.lines[4].code = 'TP1'), /line code TP1 appears twice/],
    ['an unknown field', (f: any) => (f.unexpected = 1), /Unrecognized key/],
    ['the wrong format', (f: any) => (f.format = 'other'), /format/],
    ['both amounts and children', (f: any) => (f.lines[0].children = []), /either yearly amounts or child lines/],
  ])('refuses %s, saying where', (_, spoil, message) => {
    const file = clone();
    spoil(file);
    expect(() => readPlan(file)).toThrow(PlanFileError);
    expect(() => readPlan(file)).toThrow(message);
  });
});
