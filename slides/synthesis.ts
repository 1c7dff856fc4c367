import type { DeckSlide } from './citations.ts'

/**
 * Part V: the synthesis. Every slide here is the post’s and this deck’s proposal, not van der
 * Pijl’s or Bauwens’s (dossier §5.2 and §8.3), so every slide carries `interpretation: true`.
 */
export default [
  {
    id: 'synthesis-proposal',
    part: 'synthesis',
    timing: 50,
    interpretation: true,
    title: 'Proposal: fill van der Pijl’s three dimensions with Bauwens’s content',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart LR
  P["P2P mode of foreign relations (proposed)"] --> SP["Occupation of space"]
  P --> PR["Protection"]
  P --> EX["Exchange"]
  SP -.-> D["Distributed, cosmo-local"]
  PR -.-> PG["Peer governance, peer property, partner state"]
  EX -.-> CS["Communal Sharing of non-rival goods"]
  classDef frame stroke-width:3px
  class SP,PR,EX frame
  style P stroke-dasharray: 6 4`,
        caption:
          'Middle column: van der Pijl’s dimensions [@sussex]. Right column: Bauwens’s concepts [@bauwensNd; @cordisCosmo; @bauwens2006; @wikiPartnerState; @wikiFiske]. The pairing: the post [@seed] and this deck.',
        accTitle: 'The proposed P2P mode along the three dimensions',
        accDescr:
          'A dashed box, the proposed P2P mode of foreign relations, branches into van der Pijl’s three dimensions. Dashed arrows then pair each with a concept from Bauwens: occupation of space with a distributed, cosmo-local pattern; protection with peer governance, peer property and the partner state; exchange with Communal Sharing of non-rival goods.',
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: 'This is the post’s synthesis, developed here as our proposal. Neither van der Pijl nor Bauwens wrote of a P2P mode of foreign relations.',
      },
    ],
    notes: `From here on, the interpretation marker is on. The move comes from the post: take van der Pijl’s frame and fill it with Bauwens’s content. Neither of them, in anything we found, wrote of a P2P mode of foreign relations; the pairing is the post’s, and the details on these slides are our proposal.

Space would be occupied in a distributed, cosmo-local way rather than through obligatory hubs. Protection would come from peer governance, commons licences and partner-state institutions. Exchange would follow Communal Sharing for non-rival goods such as knowledge, code and designs.

The arrows are dashed because each pairing is a proposal to test, not a finding. About fifty seconds.`,
  },
  {
    id: 'comparison-table',
    part: 'synthesis',
    timing: 75,
    interpretation: true,
    title: 'Where global governance works through hubs, a P2P mode could distribute space, protection and exchange',
    blocks: [
      {
        kind: 'table',
        head: ['', 'Global governance', 'P2P mode (proposed)'],
        rows: [
          [
            'Space',
            'One world space, managed through hubs and a heartland [@sussex]',
            'Cosmo-local: global commons, local making [@cordisCosmo]',
          ],
          [
            'Protection',
            'Western intervention, peaceful or military [@sussex]',
            'Peer governance, peer property, partner state [@bauwens2006; @wikiPartnerState]',
          ],
          [
            'Exchange',
            'Neoliberal world market [@soederberg2006]',
            'Communal Sharing of non-rival goods; markets for rival ones [@bauwens2005]',
          ],
          ['Actors', 'Capitalist class, with cadres serving it [@vdp1998]', 'Cadres joined by peer producers? [@griffin2012]'],
          ['Enabling level', '—', 'Networked information infrastructure [@bauwens2006]'],
        ],
        caption:
          'Our proposal, after the post [@seed]. The first two columns are partly our mapping; marked rows go furthest beyond the sources.',
        interpretedRows: [3, 4],
      },
    ],
    notes: `Here is the side-by-side comparison. On space, global governance treats the world as one space managed through hubs and a Western heartland; a P2P mode could be cosmo-local, with a global knowledge commons and local production. On protection, intervention from the heartland stands against peer governance, peer property and partner-state support. On exchange, a neoliberal world market stands against Communal Sharing of non-rival goods, with markets kept for rival ones.

The last two rows are marked because they go furthest. For actors, Griffin suggests that peer production could take up the role van der Pijl gave the cadres; we will look at that next. For the post’s level of civilisation, we propose networked information infrastructure, which Bauwens treats as the infrastructure of P2P.

Remember that even the global-governance column is partly our mapping. About seventy-five seconds.`,
  },
  {
    id: 'protection-gap',
    part: 'synthesis',
    timing: 50,
    interpretation: true,
    title: 'Protection is the proposal’s thinnest dimension',
    blocks: [
      {
        kind: 'points',
        items: [
          'Licences and peer governance protect a knowledge commons, not a territory or its people [@bauwens2006].',
          'One sketch: a peer security alliance acting against insiders who breach agreed borders; membership changes need unanimous consent [@fernhout].',
        ],
      },
    ],
    notes: `Let us be frank about the weak spot. In van der Pijl’s modes, protection means defending an occupied space: the feud, the frontier, the self-help of states, intervention. The P2P sources speak of protecting a knowledge commons, through licences, self-governance and a supportive partner state. That protects a commons; it does not yet say who protects people and places.

The most concrete sketch we found is Paul Fernhout’s Peer to Peer Security Alliance, posted on the P2P Foundation network and undated: an alliance that acts against insiders who break agreed borders, in which changes of membership need unanimous consent. It is a sketch, not a practice. So protection is where the proposal most needs work. About fifty seconds.`,
  },
] satisfies DeckSlide[]
