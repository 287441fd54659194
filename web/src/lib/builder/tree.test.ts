import { describe, expect, it } from 'vitest';
import type { PredicateNode } from '../api/types';
import { fromWire, operatorOf, toWire, withOperator } from './tree';

const nested: PredicateNode = {
  kind: 'and',
  children: [
    { kind: 'comparison', column: 'group', op: '==', value: 'hard_ham' },
    { kind: 'or', children: [{ kind: 'comparison', column: 'has_html', op: '==', value: true }, { kind: 'comparison', column: 'num_links', op: '>=', value: 10 }] },
  ],
};

describe('builder tree', () => {
  it('round-trips a nested and/or tree', () => {
    expect(toWire(fromWire(nested))).toEqual(nested);
  });

  it('keeps a single leaf as the root group and unwraps it again', () => {
    const one: PredicateNode = { kind: 'isNull', column: 'date', negated: true };
    const tree = fromWire(one);
    expect(tree.kind).toBe('group');
    expect(toWire(tree)).toEqual(one);
  });

  it('turns not(group) into a negated group and back', () => {
    const not: PredicateNode = { kind: 'not', children: [nested.children![1]!] };
    const tree = fromWire(not);
    expect(tree.negated).toBe(true);
    expect(toWire(tree)).toEqual(not);
  });

  it('drops empty groups', () => {
    const tree = fromWire(nested);
    tree.children.push({ id: 99, kind: 'group', op: 'or', negated: false, children: [] });
    expect(toWire(tree)).toEqual(nested);
    expect(toWire(fromWire(null))).toBeNull();
  });

  it('switches operators keeping the value', () => {
    const eq: PredicateNode = { kind: 'comparison', column: 'group', op: '==', value: 'spam' };
    const list = withOperator(eq, 'notIn');
    expect(list).toEqual({ kind: 'in', column: 'group', values: ['spam'], negated: true });
    expect(operatorOf(list)).toBe('notIn');
    expect(withOperator(list, '!=')).toEqual({ kind: 'comparison', column: 'group', op: '!=', value: 'spam' });
    expect(operatorOf(withOperator(eq, 'notNull'))).toBe('notNull');
  });
});
