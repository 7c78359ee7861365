// The part of autocannon 8's API that bench/run.ts uses (the package ships no types).
declare module "autocannon" {
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  namespace autocannon {
    type Options = {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Requests in all; overrides duration. */
      amount?: number;
      headers?: Record<string, string>;
    };
    type Histogram = { average: number; p50: number; p90: number; p99: number; max: number; total: number };
    type Result = {
      requests: Histogram;
      /** Milliseconds. */
      latency: Histogram;
      /** Seconds. */
      duration: number;
      non2xx: number;
      errors: number;
      timeouts: number;
    };
  }
  export default autocannon;
}
