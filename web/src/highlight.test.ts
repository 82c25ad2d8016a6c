import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout, type Piece } from './highlight.js';

const h = (start: number, end: number, id: string) => ({ start, end, kind: 'k', id });
const shape = (pieces: Piece[]): unknown =>
  pieces.map((p) => [p.highlight.id, p.start, p.end, ...(p.children.length ? [shape(p.children)] : [])]);

test('nested spans become nested pieces', () => {
  assert.deepEqual(shape(layout(20, [h(5, 8, 'inner'), h(0, 10, 'outer')])), [['outer', 0, 10, [['inner', 5, 8]]]]);
});

test('a span crossing the end of another is cut into two pieces covering the same characters', () => {
  const pieces = layout(20, [h(0, 10, 'a'), h(6, 15, 'b')]);
  assert.deepEqual(shape(pieces), [['a', 0, 10, [['b', 6, 10]]], ['b', 10, 15]]);
  assert.equal(pieces[1].continued, true);
});

test('a cut piece stays in order with later spans', () => {
  const pieces = layout(30, [h(0, 10, 'a'), h(5, 20, 'b'), h(12, 14, 'c')]);
  assert.deepEqual(shape(pieces), [['a', 0, 10, [['b', 5, 10]]], ['b', 10, 20, [['c', 12, 14]]]]);
});

test('spans are clipped to the text and empty ones dropped', () => {
  assert.deepEqual(shape(layout(5, [h(3, 9, 'x'), h(2, 2, 'empty'), h(7, 9, 'outside')])), [['x', 3, 5]]);
});

test('identical spans nest in the order given', () => {
  assert.deepEqual(shape(layout(5, [h(1, 3, 'first'), h(1, 3, 'second')])), [['first', 1, 3, [['second', 1, 3]]]]);
});
