// The slice builder's editable tree and its conversion to and from the wire PredicateNode.
// Groups carry their own "not" so a person toggles negation on a group instead of nesting a
// separate node; leaves are kept in the wire shape, so nothing the server sent is lost.

import type { ColumnType, PredicateNode } from '../api/types';

export interface Leaf {
  id: number;
  kind: 'leaf';
  node: PredicateNode;
}

export interface GroupNode {
  id: number;
  kind: 'group';
  op: 'and' | 'or';
  negated: boolean;
  children: BuilderNode[];
}

export type BuilderNode = Leaf | GroupNode;

let next = 1;
const uid = () => next++;

export const group = (op: 'and' | 'or' = 'and', children: BuilderNode[] = [], negated = false): GroupNode => ({
  id: uid(),
  kind: 'group',
  op,
  negated,
  children,
});

export const leaf = (node: PredicateNode): Leaf => ({ id: uid(), kind: 'leaf', node });

/** A fresh row for a column, with the operator that suits its type. */
export function blankLeaf(column: string, type: ColumnType | undefined): Leaf {
  switch (type) {
    case 'text':
      return leaf({ kind: 'match', column, pattern: '' });
    case 'nominal':
      return leaf({ kind: 'in', column, values: [] });
    case 'boolean':
      return leaf({ kind: 'comparison', column, op: '==', value: true });
    default:
      return leaf({ kind: 'comparison', column, op: '>=', value: null });
  }
}

/** The builder's tree of a wire tree; the root is always a group so rows can be added to it. */
export function fromWire(node: PredicateNode | null | undefined): GroupNode {
  if (!node) return group('and');
  const built = build(node);
  return built.kind === 'group' ? built : group('and', [built]);
}

function build(node: PredicateNode): BuilderNode {
  if (node.kind === 'and' || node.kind === 'or') return group(node.kind, (node.children ?? []).map(build));
  if (node.kind === 'not' && node.children?.length === 1) {
    const inner = build(node.children[0]!);
    if (inner.kind === 'group' && !inner.negated) return { ...inner, negated: true };
    return group('and', [inner], true);
  }
  return leaf(node);
}

/** The wire tree of the builder's tree; an empty group is dropped (it would select everything). */
export function toWire(node: BuilderNode): PredicateNode | null {
  if (node.kind === 'leaf') return node.node;
  const children = node.children.map(toWire).filter((c): c is PredicateNode => c !== null);
  if (children.length === 0) return null;
  const inner: PredicateNode = children.length === 1 ? children[0]! : { kind: node.op, children };
  return node.negated ? { kind: 'not', children: [inner] } : inner;
}

/** The operators a row offers for a column type, as [value, label]; each maps to a node kind. */
export function operatorsFor(type: ColumnType | undefined): [string, string][] {
  const missing: [string, string][] = [
    ['isNull', 'is missing'],
    ['notNull', 'is not missing'],
  ];
  switch (type) {
    case 'text':
      return [['match', 'matches'], ...missing];
    case 'nominal':
      return [['in', 'is one of'], ['notIn', 'is none of'], ['==', '=='], ['!=', '!='], ...missing];
    case 'boolean':
      return [['==', 'is'], ...missing];
    default:
      return [['==', '=='], ['!=', '!='], ['<', '<'], ['<=', '<='], ['>', '>'], ['>=', '>='], ...missing];
  }
}

/** The operator a row shows for its node. */
export function operatorOf(node: PredicateNode): string {
  switch (node.kind) {
    case 'in':
      return node.negated ? 'notIn' : 'in';
    case 'isNull':
      return node.negated ? 'notNull' : 'isNull';
    case 'match':
      return 'match';
    default:
      return node.op ?? '==';
  }
}

/** The node after choosing another operator; the value is kept where it still makes sense. */
export function withOperator(node: PredicateNode, op: string): PredicateNode {
  const column = node.column ?? '';
  const first = node.kind === 'in' ? node.values?.[0] : node.value;
  switch (op) {
    case 'in':
    case 'notIn':
      return { kind: 'in', column, values: node.kind === 'in' ? node.values : first == null ? [] : [first], negated: op === 'notIn' };
    case 'isNull':
    case 'notNull':
      return { kind: 'isNull', column, negated: op === 'notNull' };
    case 'match':
      return { kind: 'match', column, pattern: node.pattern ?? '', negated: node.negated };
    default:
      return { kind: 'comparison', column, op, value: first ?? null };
  }
}

/** A datetime-local input's value for a wire date, and back (the wire wants `{ date: ISO }`). */
export function dateInput(value: unknown): string {
  const iso = value && typeof value === 'object' && 'date' in value ? String((value as { date: unknown }).date) : '';
  return iso.slice(0, 16);
}

export const dateValue = (input: string) => (input ? { date: `${input}:00` } : null);
