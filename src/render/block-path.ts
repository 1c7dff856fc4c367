/**
 * A block's place in its slide module, two ways: the field path errors name
 * ("blocks[2].columns[0][1]") and the short path the rendered page carries on the block's
 * outermost element (data-block="2.0.1", src/render/blocks.ts), which the build's checks and the
 * dev page read back.
 */

/** "2.0.1" -> "blocks[2].columns[0][1]". */
export function blockField(path: string): string {
  const [first, ...rest] = path.split('.')
  let field = `blocks[${first}]`
  for (let i = 0; i + 1 < rest.length; i += 2) field += `.columns[${rest[i]}][${rest[i + 1]}]`
  return field
}

/** "blocks[2].columns[0][1]" -> "2.0.1", the data-block value; undefined for any other field. */
export function blockPath(field: string): string | undefined {
  if (!/^blocks\[\d+\](?:\.columns\[\d+\]\[\d+\])*$/.test(field)) return undefined
  return [...field.matchAll(/\d+/g)].map((m) => m[0]).join('.')
}
