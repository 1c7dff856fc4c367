/**
 * A slide's steps as reveal.js counts them: its fragments, those that share a data-fragment-index
 * appearing together. One definition for the phone's reader (reader/), the scroll view's links
 * (plugins/scroll-location.ts) and the remote's "step n of m" (plugins/remote-model.ts).
 */

/** The fragments of a slide that step, in document order (reveal.js leaves `.disabled` ones out). */
export function steppingFragments(slide: ParentNode): HTMLElement[] {
  return [...slide.querySelectorAll<HTMLElement>('.fragment:not(.disabled)')]
}

/** The data-fragment-index written on a fragment, or undefined where reveal.js is to number it. */
export function writtenIndex(fragment: HTMLElement): number | undefined {
  return fragment.dataset.fragmentIndex === undefined ? undefined : Number(fragment.dataset.fragmentIndex)
}

/**
 * The fragment group of each fragment of a slide, in document order, numbered as reveal.js numbers
 * them (its fragments.sort): those with a data-fragment-index first, by that index, gaps closed;
 * then each one without an index, a group of its own, in document order.
 */
export function fragmentGroupsOf(indices: readonly (number | undefined)[]): number[] {
  const given = [...new Set(indices.filter((i): i is number => i !== undefined))].sort((a, b) => a - b)
  let next = given.length
  return indices.map((i) => (i === undefined ? next++ : given.indexOf(i)))
}

/** How many steps a slide has: its fragment groups. */
export function fragmentGroupCount(slide: ParentNode): number {
  return new Set(fragmentGroupsOf(steppingFragments(slide).map(writtenIndex))).size
}
