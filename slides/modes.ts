import type { DeckSlide } from './citations.ts'

/**
 * Part II (second half): the succession of modes and their coexistence. The modes in detail, mode by
 * mode along the three dimensions, are backup slides (slides/backup-background.ts).
 */
export default [
  {
    id: 'succession-of-modes',
    part: 'vdp',
    timing: 55,
    title: 'Four modes emerged in turn, yet none simply replaced the one before',
    blocks: [
      {
        kind: 'diagram',
        // Laid out for the 16:9 slide: the four historical modes in one row, mode by mode, inside the
        // box that says they coexist; the dashed proposal below it, its arrow leaving the box (an arrow
        // from a mode inside would make mermaid drop the box's own direction and stack the modes). One
        // row of five boxes would be too wide to use the slide's height. The phone gets the same flow
        // turned a quarter (src/diagrams/variants.ts).
        mermaid: `flowchart TB
  subgraph NOW["Coexisting today"]
    direction LR
    T["Tribal"] --> E["Empire / nomad"]
    E --> S["Sovereign equality"]
    S --> G["Global governance"]
  end
  NOW -.-> P["P2P mode (proposed)"]
  classDef proposed stroke-dasharray: 6 4
  class P proposed`,
        caption:
          'Emergence, not replacement: tribal relations are “making a comeback” [@vdp2007]. Modes after van der Pijl [@vdp2010]; dashed, the post’s proposal [@seed].',
        accTitle: 'The historical succession of modes of foreign relations',
        accDescr:
          'Arrows lead from the tribal mode to empire and nomad, to sovereign equality, to global governance; all four sit inside one box labelled coexisting today. A dashed arrow leads out of the box to a dashed box, the proposed P2P mode.',
        // The tribal mode is there when the slide opens (never a blank frame); then one mode per key
        // press, then the box that shows all four coexisting, then the proposal.
        steps: [['E'], ['S'], ['G'], ['NOW'], ['P']],
        links: {
          T: 'tribal-and-imperial',
          E: 'tribal-and-imperial',
          S: 'sovereign-and-governance',
          G: 'global-governance-defined',
          P: 'synthesis-proposal',
        },
      },
    ],
    notes: `Now the modes themselves, one per click. The tribal mode is there from the start. Click: empire and nomad, the world of frontiers. Click: sovereign equality, formally equal states. Click: global governance. Click: the box for today, where all four coexist. Final click: the P2P mode, dashed, because it is the post’s proposal and not van der Pijl’s.

Read the arrows as emergence, not replacement. The Sussex project applies the whole typology to the contemporary world: its own example is the tangle the West gets into when it intervenes, peacefully or militarily, in non-Western societies. So this is no ladder that societies climb and leave behind; the modes layer on one another.

Each box links to a backup slide that sets the mode out along the three dimensions, for questions. About fifty-five seconds.`,
    sources: `The four modes and their names: the 2010 abstract [@vdp2010]. Emergence, not replacement: the publisher’s description of Volume I [@vdp2007], read at libeurop.eu (product 9780745326016): the “international” is “no longer only a balance of power among states, but includes tribal relations making a comeback in various ways”; “making a comeback” is verbatim. The caption formerly cited the Sussex page for this, which does not say it. Applying the typology to the present, with Western intervention as the example: the Sussex page [@sussex]. The P2P mode: the seed [@seed]. The detailed cells per mode are on the backup slides “tribal-and-imperial” and “sovereign-and-governance”, each with its own sources.`,
  },
] satisfies DeckSlide[]
