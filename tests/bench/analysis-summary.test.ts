import { describe, expect, it } from 'vitest';
import { analysisSummary } from '../../bench/analysis';

describe('analysisSummary', () => {
  it('gives the median and worst of each figure, CPU time included, leaving out steps without one', () => {
    const steps = [
      { name: 'a', latencyMs: 100, mainThreadMs: 80, cpuMs: 40 },
      { name: 'b', latencyMs: 300, mainThreadMs: 120, cpuMs: 70 },
      { name: 'c', latencyMs: 200, mainThreadMs: 100, cpuMs: null },
    ];
    expect(analysisSummary(steps)).toEqual({ latencyMs: 200, latencyMaxMs: 300, mainThreadMs: 100, mainThreadMaxMs: 120, cpuMs: 55, cpuMaxMs: 70 });
  });

  it('reads runs saved before the CPU time was measured', () => {
    expect(analysisSummary([{ name: 'a', latencyMs: 100, mainThreadMs: 80 }])).toMatchObject({ cpuMs: null, cpuMaxMs: null });
  });
});
