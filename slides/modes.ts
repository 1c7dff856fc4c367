import type { DeckSlide } from './citations.ts'

/** Part II (second half): the modes, their succession and coexistence, and each along the three dimensions. */
export default [
  {
    id: 'succession-of-modes',
    part: 'vdp',
    timing: 65,
    title: 'Four modes emerged in turn, yet none simply replaced the one before',
    blocks: [
      {
        kind: 'diagram',
        // Laid out for the 16:9 slide: one row, mode by mode, the four historical modes inside the box
        // that says they coexist, the dashed proposal outside it. The phone gets the same flow turned
        // top to bottom (src/diagrams/variants.ts).
        mermaid: `flowchart LR
  subgraph NOW["Coexisting today"]
    direction LR
    T["Tribal"] --> E["Empire / nomad"]
    E --> S["Sovereign equality"]
    S --> G["Global governance"]
  end
  G -.-> P["P2P mode (proposed)"]
  classDef proposed stroke-dasharray: 6 4
  class P proposed`,
        caption: 'Modes after van der Pijl [@vdp2010; @sussex]; the dashed P2P mode is the 2012 post’s proposal [@seed].',
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
      {
        kind: 'text',
        text: 'Arrows mark emergence, not replacement: the typology is applied to the present, where tribal relations return in new forms [@sussex; @plutoNes].',
      },
    ],
    notes: `Now the modes themselves, one per click. Click: the tribal mode. Click: empire and nomad. Click: sovereign equality, the world of formally equal states. Click: global governance, and with it the box for today, where all four coexist. Final click: the P2P mode, dashed, because it is the post’s proposal and not van der Pijl’s.

Read the arrows as emergence, not replacement. The publisher’s description of Volume I says that tribal relations are coming back in various ways within today’s international, and the Sussex project page applies the whole typology to the present. So this is not a ladder that societies climb and leave behind; the modes layer on one another.

Each box links to the slide that treats it, which helps in questions. About sixty-five seconds.`,
  },
  {
    id: 'tribal-and-imperial',
    part: 'vdp',
    timing: 60,
    title: 'Read from van der Pijl’s chapter titles: tribes bound by kinship, empires facing nomads across a frontier',
    blocks: [
      {
        kind: 'table',
        head: ['Mode', 'Space', 'Protection', 'Exchange'],
        rows: [
          ['Tribal', 'Ancestral territories, neutral zones between', 'Feud, ritualised confrontation', 'Marriage exchange'],
          [
            'Empire / nomad',
            'Sedentary centre, nomads beyond the frontier',
            'Frontier defence, partly by foreign auxiliaries',
            'Tribute, trade diasporas, taking in outsiders',
          ],
        ],
        caption: 'Cells inferred from chapter and section titles of Volume I [@vdp2007]: our reading, not his full text.',
        interpretedRows: [0, 1],
      },
      {
        kind: 'note',
        tone: 'info',
        text: 'A case in point: China’s dealings with Inner Asian nomads over roughly a thousand years [@sussex].',
      },
    ],
    notes: `An honest caveat first. Van der Pijl’s 2010 article says it specifies space, protection and exchange for each of the four modes, but we could read only its abstract. The cells here are inferred from the chapter and section titles of Volume I, so both rows carry the interpretation marker.

For the tribal mode, space is tied to ancestry, with neutral zones between territories. Protection takes the form of feud and ritualised confrontation; one section is called Shouting Matches in the Jungle. Marriage exchange, endogamy and exogamy, is described as the bedrock of foreign relations.

For empire and nomad, a sedentary centre with universal claims faces nomadic peoples across a frontier, which Volume I presents as the mainspring of empire. It is defended partly by foreign auxiliaries; exchange runs through tribute and trade diasporas. About a minute.`,
  },
  {
    id: 'sovereign-and-governance',
    part: 'vdp',
    timing: 60,
    title: 'The modern modes: formal equality between states, then intervention from a Western heartland',
    blocks: [
      {
        kind: 'table',
        head: ['Mode', 'Space', 'Protection', 'Exchange'],
        rows: [
          [
            'Sovereign equality',
            'Territorial states, formally equal',
            'Self-protection, non-intervention',
            'Diplomacy and trade between states',
          ],
          [
            'Global governance',
            'One world space, shaped by the Western heartland',
            'Western intervention, peaceful or military',
            'Neoliberal world market',
          ],
        ],
        caption:
          'First row: the general Westphalian principle [@wikiWestphalia]. Second row: drawn from [@sussex; @soederberg2006]; heartland after [@vdp1998; @denemark1999].',
        interpretedRows: [0, 1],
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: 'Both rows are our mapping onto the three dimensions; van der Pijl’s own account [@vdp2010] was available to us only in abstract.',
      },
    ],
    notes: `For the two modern modes our sources are thinner, so both rows are our mapping. Sovereign equality is the familiar Westphalian picture: territorial states, formally equal, each protecting itself, non-intervention as the norm, and diplomacy and trade as the forms of exchange. That row rests on the general principle, not on van der Pijl’s text.

For global governance, the Sussex page speaks of the West entangling itself as it intervenes, peacefully or militarily, in non-Western societies. Behind this sits his older contrast between a Lockean heartland, the liberal state form that took shape in England after 1688, weak at home and strong abroad, and contender states that impose themselves on their societies from above to resist it. Careful: that contrast is about liberal versus state-led formations, not North versus South. About a minute.`,
  },
] satisfies DeckSlide[]
