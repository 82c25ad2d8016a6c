import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Budget } from './budget.js';

const settled = () => new Promise((r) => setImmediate(r));

describe('Budget', () => {
  it('grants up to its size, then makes takers wait in order until units are given back', async () => {
    const budget = new Budget(100);
    const granted: string[] = [];
    const take = (name: string, units: number) => budget.take(units).then(() => granted.push(name));
    void take('a', 64);
    void take('b', 64);
    void take('c', 30);
    await settled();
    // c would fit, but waits behind b: first come, first served
    assert.deepEqual(granted, ['a']);
    budget.give(64);
    await settled();
    assert.deepEqual(granted, ['a', 'b', 'c']);
  });

  it('grants a take larger than the whole budget once nothing else is out', async () => {
    const budget = new Budget(10);
    await budget.take(5);
    let big = false;
    void budget.take(50).then(() => { big = true; });
    await settled();
    assert.equal(big, false);
    budget.give(5);
    await settled();
    assert.equal(big, true);
  });
});
