/** The optional keys of `T` that refuse an explicit `undefined` (this repository compiles with exactOptionalPropertyTypes). */
export type RefusingUndefined<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? ({ readonly [P in K]: undefined } extends Pick<T, K> ? never : K) : never }[keyof T];
