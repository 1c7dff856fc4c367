/** False only in a build where every diagram was drawn at build time and no mermaid needs to ship. */
declare const __DECK_RUNTIME_DIAGRAMS__: boolean

/**
 * Slide id -> its `<aside class="notes">` and source note `<template>`, built by deck:render: the
 * shape of AsidesBySlide (render/deck.ts), written out because this file declares globals.
 */
declare module 'virtual:deck-asides' {
  const asides: Readonly<Record<string, string>>
  export default asides
}
