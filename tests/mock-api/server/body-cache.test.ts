import { describe, expect, it } from 'vitest';
import { BodyCache } from '../../../mock-api/server/conditional';

describe('BodyCache', () => {
  it('produces a body once per ETag, small ones included', () => {
    const cache = new BodyCache(1024 * 1024);
    let made = 0;
    const produce = () => ({ made: ++made, value: 42 });
    expect(cache.get('"a"', produce)).toBe('{"made":1,"value":42}');
    expect(cache.get('"a"', produce)).toBe('{"made":1,"value":42}');
    expect(cache.get('"b"', produce)).toBe('{"made":2,"value":42}');
    expect(made).toBe(2);
  });

  it('keeps within its byte budget, the least recently used out first, and keeps no body over a quarter of it', () => {
    // Bodies of 120 bytes ({"made":n,"pad":"…"}), four to the budget of 480.
    const cache = new BodyCache(480);
    let made = 0;
    const body = (n: number) => () => ({ made: ++made, pad: 'x'.repeat(n) });
    for (const etag of ['"a"', '"b"', '"a"', '"c"', '"d"']) cache.get(etag, body(101));
    expect(made).toBe(4);
    cache.get('"e"', body(101)); // a fifth: b, the least recently used, goes
    expect(made).toBe(5);
    cache.get('"a"', body(101));
    expect(made).toBe(5);
    cache.get('"b"', body(101));
    expect(made).toBe(6);
    cache.get('"big"', body(200));
    cache.get('"big"', body(200));
    expect(made).toBe(8);
  });
});
