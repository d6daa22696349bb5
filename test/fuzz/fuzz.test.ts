import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntakeError } from '../../src/index.js';
import { fcConfig } from '../support/fcConfig.js';
import { canThrowWhenRead, checkInput, retime } from './fuzzCheck.js';
import { watchPollution } from './watchPollution.js';
import { describeInput, fuzzInputArbitrary } from './fuzzInputs.js';

// 5,000 inputs of the fuzz generator on every run of the suite (npm run fuzz
// runs 100,000). The time bound is a generous guard against hangs, not a
// benchmark: 250 ms for the fastest of four timings of one input (the real
// maximum is reported by npm run fuzz; docs/testing.md).
const RUNS = 5_000;
const GUARD_MS = 250;

describe('fuzz: any input gives a recommendation or an IntakeError', () => {
  const expectUnpolluted = watchPollution();

  it(`${RUNS} generated inputs: only IntakeError is thrown, the three entry points agree, no pollution, none hangs`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fuzzInputArbitrary, (input) => {
        const outcome = checkInput(input);
        if (outcome.accepted) accepted++;
        if (outcome.ms > GUARD_MS) {
          const best = retime(input);
          expect(best, `slow input (${outcome.slowestCall}): ${describeInput(input)}`).toBeLessThanOrEqual(GUARD_MS);
        }
      }),
      { seed: fcConfig.seed, numRuns: RUNS },
    );
    expectUnpolluted();
    // The generator must keep reaching the engine, not only the validator.
    expect(accepted).toBeGreaterThan(RUNS / 50);
  });
});

describe('the fuzz checks can fail', () => {
  it('checkInput rejects an input it finds polluting Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['polluted'] = true;
    try {
      expect(() => checkInput({})).toThrow(/prototype pollution/);
    } finally {
      delete proto['polluted'];
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('canThrowWhenRead tells getters and proxies from plain data', () => {
    const getter = Object.defineProperty({}, 'x', { get: () => 1, enumerable: true });
    expect(canThrowWhenRead({ a: [1, { b: getter }] })).toBe(true);
    expect(canThrowWhenRead({ a: new Proxy({}, {}) })).toBe(true);
    expect(canThrowWhenRead({ a: [1, { b: 'c' }], d: Object.create(null) as unknown })).toBe(false);
  });

  it('an input whose getter throws is an IntakeError, not a crash', () => {
    const hostile = Object.defineProperty({}, 'assessedOn', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const outcome = checkInput(hostile);
    expect(outcome.accepted).toBe(false);
    expect(outcome.codes).toEqual(['unreadable']);
    expect(IntakeError).toBeDefined();
  });
});
