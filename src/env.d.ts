/** False only in a build where every diagram was drawn at build time and no mermaid needs to ship. */
declare const __DECK_RUNTIME_DIAGRAMS__: boolean
