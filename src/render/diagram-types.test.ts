import { describe, expect, it } from 'vitest'
import { candidateSources } from '../diagrams/variants.ts'
import { PHONE_READY_TYPES, refusedDiagramType } from './diagram-types.ts'

/** A small source of each type, as an author would start one. */
const SOURCES: Readonly<Record<string, string>> = {
  flowchart: 'flowchart LR\n  A["Tribal"] --> B["Imperial"] --> C["Sovereign"]',
  graph: 'graph LR\n  A --> B',
  timeline: 'timeline\n  Tribal : kin\n  Imperial : tribute\n  Sovereign : treaties',
}

describe('the diagram types the deck accepts', () => {
  it('draws every accepted type upright for a phone, as well as across the slide', () => {
    for (const type of PHONE_READY_TYPES) {
      expect(refusedDiagramType(type), type).toBeUndefined()
      expect(candidateSources(SOURCES[type]!, 'portrait').length, type).toBeGreaterThan(0)
    }
  })

  it('refuses every other type, naming it and saying what to write instead', () => {
    expect(refusedDiagramType('sequenceDiagram')).toMatch(/^a sequenceDiagram is drawn only across .*: draw the exchange as a flowchart/)
    expect(refusedDiagramType('pie')).toMatch(/give its figures as a table block \(kind: "table"\)/)
    expect(refusedDiagramType('gantt')).toMatch(/write it as a mermaid "timeline"/)
    expect(refusedDiagramType('classDiagram')).toMatch(/as a flowchart \("flowchart LR"/)
    expect(refusedDiagramType('venn')).toMatch(/^a venn is drawn only across .*use a flowchart \("flowchart LR"\) or a timeline$/)
    // Each refusal points to a type that is accepted, or to a block that wraps.
    for (const type of ['sequenceDiagram', 'pie', 'gantt', 'classDiagram', 'mindmap', 'flowchart-elk', 'venn'])
      expect(refusedDiagramType(type), type).toMatch(/"flowchart|"timeline"|"table"|write "flowchart"/)
  })
})
