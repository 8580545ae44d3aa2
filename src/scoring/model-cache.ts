/**
 * Models are pure functions of an engine's configuration, so engines with the same configuration
 * share one. A few are kept; past that the oldest is dropped (an app that makes engines with ever
 * new custom entries must not keep every model it built).
 */
const MODEL_CACHE_LIMIT = 8;

export function cachedModel<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let model = cache.get(key);
  if (!model) {
    model = build();
    if (cache.size >= MODEL_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, model);
  }
  return model;
}
