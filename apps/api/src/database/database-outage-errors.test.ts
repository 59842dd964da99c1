import { describe, expect, test } from 'vitest';
import { isDatabaseUnavailable } from './database-outage.js';

/** Errors seen while PostgreSQL stopped and restarted under load (see database-outage.test.ts). */
describe('isDatabaseUnavailable', () => {
  test.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a server shutting down (57P01)',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['a pool timeout', Object.assign(new Error('x'), { name: 'KnexTimeoutError' })],
    [
      'a transaction whose connection died under it',
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
    ],
    ['a client closed by the pool', new Error('Client was closed and is not queryable')],
    [
      'an outage wrapped as the cause',
      new Error('wrapper', { cause: new Error('Connection terminated unexpectedly') }),
    ],
    [
      'an AggregateError of refused connections',
      new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })]),
    ],
  ])('%s is an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ['a unique violation', Object.assign(new Error('duplicate key value'), { code: '23505' })],
    ['a syntax error', Object.assign(new Error('syntax error at or near'), { code: '42601' })],
    ['a protocol violation (08P01)', Object.assign(new Error('protocol'), { code: '08P01' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s is not', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
