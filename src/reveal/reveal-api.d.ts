import 'reveal.js'

// What reveal.js 6 has and its bundled types (dist/reveal.d.ts) leave out.
declare module 'reveal.js' {
  interface RevealApi {
    /** Whether the deck shows reveal.js's scroll view (a phone held upright, or view: 'scroll'). */
    isScrollView(): boolean
  }
}
