import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { runMiddleware, type NodeMiddleware } from './node-middleware';

const request = {} as IncomingMessage;
const response = {} as ServerResponse;

function run(chain: NodeMiddleware[]): Promise<{ ran: string[]; error: unknown; calls: number }> {
  const ran: string[] = [];
  let calls = 0;
  return new Promise((resolve) => {
    const named = chain.map((middleware, index): NodeMiddleware => (req, res, next) => {
      ran.push(`m${index}`);
      return middleware(req, res, next);
    });
    runMiddleware(named, request, response, (error) => {
      calls += 1;
      // Settle after anything else the chain might still do, to see a second call.
      setImmediate(() => resolve({ ran, error, calls }));
    });
  });
}

const goOn: NodeMiddleware = (_request, _response, next) => next();

describe('runMiddleware', () => {
  it('runs each middleware in order and finishes without an error', async () => {
    expect(await run([goOn, goOn, goOn])).toEqual({
      ran: ['m0', 'm1', 'm2'],
      error: undefined,
      calls: 1,
    });
  });

  it('treats next(null) as going on, as Express does', async () => {
    const result = await run([(_q, _s, next) => next(null), goOn]);
    expect(result).toMatchObject({ ran: ['m0', 'm1'], error: undefined });
  });

  it('stops at next(error), a throw, or a rejected promise, and reports it once', async () => {
    const failure = new Error('refused');
    const stops: NodeMiddleware[] = [
      (_q, _s, next) => next(failure),
      () => {
        throw failure;
      },
      async () => {
        await Promise.resolve();
        throw failure;
      },
    ];
    for (const stop of stops) {
      expect(await run([goOn, stop, goOn])).toEqual({
        ran: ['m0', 'm1'],
        error: failure,
        calls: 1,
      });
    }
  });

  it('calls done once even when a middleware calls next twice', async () => {
    const twice: NodeMiddleware = (_q, _s, next) => {
      next();
      next(new Error('late'));
    };
    expect(await run([twice])).toMatchObject({ error: undefined, calls: 1 });
  });

  it('runs nothing more once the chain has stopped at an error', async () => {
    const failure = new Error('refused');
    const stopThenGoOn: NodeMiddleware = (_q, _s, next) => {
      next(failure);
      next();
    };
    expect(await run([stopThenGoOn, goOn])).toEqual({ ran: ['m0'], error: failure, calls: 1 });
  });
});
