/**
 * Which mermaid diagram types the deck accepts: those it can draw legibly on a 390 px phone as well
 * as on the slide. A flowchart is turned upright for the phone, a timeline drawn upright as a
 * flowchart (src/diagrams/variants.ts). Every other type mermaid knows is drawn only one way, across
 * a 16:9 slide, which a phone shrinks until no label reads; the build refuses it, saying what to
 * write instead (advice that can be followed, unlike "shorten labels" for a label already short).
 */
export const PHONE_READY_TYPES: readonly string[] = ['flowchart', 'graph', 'timeline']

const AS_FLOWCHART = 'draw its boxes and arrows as a flowchart ("flowchart LR", one node per box), which a phone gets turned upright'
const AS_TABLE = 'give its figures as a table block (kind: "table"), which wraps on a phone'
const AS_TIMELINE = 'write it as a mermaid "timeline" (one line per period) or as a table block'

/** What to write instead of each type mermaid draws only across. */
const INSTEAD: Readonly<Record<string, string>> = {
  sequenceDiagram:
    'draw the exchange as a flowchart ("flowchart TB", one node per step, the message on its arrow) or as a points block, one line per message',
  classDiagram: AS_FLOWCHART,
  stateDiagram: AS_FLOWCHART,
  'stateDiagram-v2': AS_FLOWCHART,
  erDiagram: AS_FLOWCHART,
  requirementDiagram: AS_FLOWCHART,
  'block-beta': AS_FLOWCHART,
  block: AS_FLOWCHART,
  'architecture-beta': AS_FLOWCHART,
  C4Context: AS_FLOWCHART,
  C4Container: AS_FLOWCHART,
  C4Component: AS_FLOWCHART,
  C4Dynamic: AS_FLOWCHART,
  C4Deployment: AS_FLOWCHART,
  'flowchart-elk': 'write "flowchart" instead: the deck lays flowcharts out itself',
  mindmap: 'draw it as a flowchart ("flowchart TB", the centre on top, one arrow per branch)',
  pie: AS_TABLE,
  'xychart-beta': AS_TABLE,
  xychart: AS_TABLE,
  quadrantChart: AS_TABLE,
  'sankey-beta': AS_TABLE,
  sankey: AS_TABLE,
  'radar-beta': AS_TABLE,
  'treemap-beta': AS_TABLE,
  treemap: AS_TABLE,
  'packet-beta': AS_TABLE,
  packet: AS_TABLE,
  gantt: AS_TIMELINE,
  journey: AS_TIMELINE,
  kanban: AS_TIMELINE,
  gitGraph: AS_TIMELINE,
}

/** Why the build refuses this type and what to write instead; undefined for a type the deck accepts. */
export function refusedDiagramType(type: string): string | undefined {
  if (PHONE_READY_TYPES.includes(type)) return undefined
  const instead = INSTEAD[type] ?? `use a flowchart ("flowchart LR") or a timeline`
  return `a ${type || 'diagram of unknown type'} is drawn only across a 16:9 slide, so on a 390 px phone its labels shrink below 12 px whatever their length; the deck draws only flowcharts and timelines upright for a phone: ${instead}`
}
