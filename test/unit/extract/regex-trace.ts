// Records every regular expression that runs while a function executes, literals included: the
// RegExp.prototype methods that String.prototype.match/replace/split/search/matchAll and exec/test go through
// are wrapped for the duration of the call.

const METHODS = ['exec', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split] as const;

export function tracePatterns(run: () => void): Map<string, RegExp> {
  const seen = new Map<string, RegExp>();
  const proto = RegExp.prototype as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>;
  const saved = METHODS.map((k) => proto[k]);
  METHODS.forEach((k, i) => {
    const original = saved[i];
    proto[k] = function (this: RegExp, ...args: unknown[]) {
      const key = `/${this.source}/${this.flags}`;
      if (!seen.has(key)) seen.set(key, new RegExp(this.source, this.flags));
      return original.apply(this, args);
    };
  });
  try {
    run();
  } finally {
    METHODS.forEach((k, i) => {
      proto[k] = saved[i];
    });
  }
  return seen;
}
