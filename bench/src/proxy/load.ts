/**
 * One load run with autocannon. Its own latency histogram keeps whole milliseconds, too coarse
 * for "adds under 2 ms", so the latency of every 2xx response is taken from its `response`
 * event (process.hrtime, fractions of a millisecond) and the percentiles are computed here.
 */
import autocannon from 'autocannon';

export interface Target {
  name: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export interface LoadRun {
  target: string;
  connections: number;
  durationS: number;
  /** 2xx responses per second. */
  throughput: number;
  latenciesMs: number[];
  non2xx: number;
  errors: number;
}

export function runLoad(target: Target, connections: number, seconds: number): Promise<LoadRun> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        ...(target.body === undefined ? {} : { body: target.body }),
        connections,
        pipelining: 1,
        duration: seconds,
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({
          target: target.name,
          connections,
          durationS: result.duration,
          throughput: latencies.length / result.duration,
          latenciesMs: latencies,
          non2xx: result.non2xx,
          errors: result.errors,
        });
      },
    );
    instance.on('response', (_client, status: number, _bytes: number, responseTime: number) => {
      if (status >= 200 && status < 300) latencies.push(responseTime);
    });
  });
}
