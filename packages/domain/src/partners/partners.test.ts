import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isDomainError } from '../errors/index.js';
import {
  assertCookieWindowOverride,
  assertInitialPartnerStatus,
  assertNoParentCycle,
  assertPartnerStatusTransition,
  isValidPartnerCode,
  normalizePartnerCode,
  type PartnerStatus,
} from './index.js';

describe('normalizePartnerCode', () => {
  test.each([
    ['alice', 'alice'],
    ['  Alice_01 ', 'alice_01'],
    ['a-b-', 'a-b-'],
    ['a'.repeat(32), 'a'.repeat(32)],
  ])('accepts %j as %j', (raw, expected) => {
    expect(normalizePartnerCode(raw)).toBe(expected);
  });

  test.each(['abc', 'a'.repeat(33), '1abc', '_abc', 'ab cd', 'abç1', 'ab.cd', ''])('refuses %j', (raw) => {
    expect(() => normalizePartnerCode(raw)).toThrow(
      expect.objectContaining({ code: 'PARTNER_CODE_INVALID', field: 'code' }),
    );
    expect(isValidPartnerCode(raw)).toBe(false);
  });
});

describe('assertPartnerStatusTransition', () => {
  const allowed: Array<[PartnerStatus, PartnerStatus]> = [
    ['PENDING', 'ACTIVE'],
    ['PENDING', 'REJECTED'],
    ['ACTIVE', 'SUSPENDED'],
    ['SUSPENDED', 'ACTIVE'],
    ['ACTIVE', 'ACTIVE'],
  ];
  const refused: Array<[PartnerStatus, PartnerStatus]> = [
    ['PENDING', 'SUSPENDED'],
    ['REJECTED', 'ACTIVE'],
    ['ACTIVE', 'PENDING'],
    ['SUSPENDED', 'REJECTED'],
    ['ACTIVE', 'REJECTED'],
  ];
  test.each(allowed)('%s -> %s is allowed', (from, to) => {
    expect(() => assertPartnerStatusTransition(from, to)).not.toThrow();
  });
  test.each(refused)('%s -> %s is refused', (from, to) => {
    expect(() => assertPartnerStatusTransition(from, to)).toThrow(
      expect.objectContaining({ code: 'PARTNER_STATUS_TRANSITION_INVALID' }),
    );
  });
});

describe('assertNoParentCycle', () => {
  const parents: Record<string, string | null> = { a: null, b: 'a', c: 'b' };
  const parentOf = (id: string) => parents[id] ?? null;

  test('accepts a parent that is not a descendant', () => {
    expect(() => assertNoParentCycle('d', 'c', parentOf)).not.toThrow();
    expect(() => assertNoParentCycle('c', null, parentOf)).not.toThrow();
  });
  test('refuses the partner itself', () => {
    expect(() => assertNoParentCycle('a', 'a', parentOf)).toThrow(
      expect.objectContaining({ code: 'PARTNER_PARENT_CYCLE', field: 'parentId' }),
    );
  });
  test('refuses a descendant as parent', () => {
    expect(() => assertNoParentCycle('a', 'c', parentOf)).toThrow(
      expect.objectContaining({ code: 'PARTNER_PARENT_CYCLE' }),
    );
  });

  test('property: after any accepted sequence of parent changes, no chain loops', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.option(fc.integer({ min: 0, max: 7 }))), {
          maxLength: 40,
        }),
        (changes) => {
          const tree = new Map<string, string | null>();
          const of = (id: string) => tree.get(id) ?? null;
          for (const [child, parent] of changes) {
            const childId = `p${child}`;
            const parentId = parent === null ? null : `p${parent}`;
            try {
              assertNoParentCycle(childId, parentId, of);
              tree.set(childId, parentId);
            } catch (error) {
              if (!isDomainError(error, 'PARTNER_PARENT_CYCLE')) throw error;
            }
          }
          for (const start of tree.keys()) {
            const seen = new Set<string>();
            for (let id: string | null = start; id !== null; id = of(id)) {
              expect(seen.has(id)).toBe(false);
              seen.add(id);
            }
          }
        },
      ),
    );
  });
});

describe('new partners and cookie overrides', () => {
  test.each(['PENDING', 'ACTIVE'] as const)('a new partner may start %s', (status) => {
    expect(() => assertInitialPartnerStatus(status)).not.toThrow();
  });
  test.each(['SUSPENDED', 'REJECTED'] as const)('a new partner may not start %s', (status) => {
    expect(() => assertInitialPartnerStatus(status)).toThrow(
      expect.objectContaining({ code: 'PARTNER_STATUS_INITIAL_INVALID', field: 'status' }),
    );
  });
  test.each([null, 1, 30, 3650])('accepts a cookie window override of %s', (days) => {
    expect(() => assertCookieWindowOverride(days)).not.toThrow();
  });
  test.each([0, -1, 3651, 1.5])('refuses a cookie window override of %s', (days) => {
    expect(() => assertCookieWindowOverride(days)).toThrow(
      expect.objectContaining({ code: 'COOKIE_WINDOW_INVALID' }),
    );
  });
});
