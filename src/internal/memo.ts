/**
 * Wraps a function of one object so that it runs once per object: the result is kept in a
 * WeakMap, so it lives exactly as long as the object (an instrument, a policy).
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
