import type { DeckSlide } from './citations.ts'

/** Part IV (first half): Bauwens’s three “third modes”, the commons and the partner state, cosmo-localism. */
export default [
  {
    id: 'peer-production',
    part: 'bauwens',
    timing: 60,
    title: 'Bauwens: peer-to-peer is a third mode of production, of governance and of property',
    blocks: [
      {
        kind: 'quote',
        text: 'P2P specifically designates those processes that aim to increase the most widespread participation by equipotential participants',
        by: 'Michel Bauwens',
        source: 'bauwens2006',
      },
      {
        kind: 'points',
        items: [
          '*Peer production*: free cooperation with distributed means, for use by a community, not for sale [@bauwens2006].',
          '*Peer governance*: the producers govern themselves, without market or corporate hierarchy [@bauwens2006].',
          '*Peer property*: output open to all under licences such as the GPL [@bauwens2006; @bauwensNd].',
        ],
      },
    ],
    notes: `Michel Bauwens set out his theory in The Political Economy of Peer Production, first published in CTheory in December 2005 and reprinted in 2006. Its claim is that peer-to-peer gives rise to a third mode of production, a third mode of governance and a third mode of property, beside the market and the state or corporate hierarchy.

Read the quotation: P2P means processes aimed at the widest participation by equipotential participants, people who are equally able to contribute. Peer production is free cooperation, using widely distributed means, for use by a community rather than for sale. Peer governance means the producers govern themselves. Peer property means the output is open to all under licences like the GPL or some Creative Commons licences.

Note the word mode: it is what lets us set Bauwens beside van der Pijl. About a minute.`,
  },
  {
    id: 'commons-partner-state',
    part: 'bauwens',
    timing: 55,
    title: 'A commons needs institutions: the partner state enables civil society to create value directly',
    blocks: [
      {
        kind: 'points',
        items: [
          'Benkler named it *commons-based peer production* [@benkler2002; @bauwens2009].',
          'The partner state supports value created directly by civil society [@wikiPartnerState].',
          'It arbitrates between regulation, markets and autonomous civic projects, and is no cover for welfare cuts [@wikiPartnerState].',
        ],
      },
      {
        kind: 'note',
        tone: 'info',
        text: 'First test: Ecuador’s government-funded FLOK Society project, 2013 [@wikiPartnerState].',
      },
    ],
    notes: `Bauwens credits Yochai Benkler with the first description of commons-based peer production, in his 2002 article Coase’s Penguin. But a commons does not look after itself, and this is where Bauwens brings the state back, in a new role.

The partner state supports the direct creation of value by civil society. In Bauwens and Kostakis’s account it acts as an arbiter between regulation, markets and autonomous civic projects. Bauwens insists that it should keep the best of the welfare state and is not a cover for cuts. A first test came in 2013, when Ecuador’s government funded the FLOK Society project, led by Bauwens.

Why it matters here: the partner state is the nearest thing in Bauwens to an account of protection. About fifty-five seconds.`,
  },
  {
    id: 'cosmo-localism',
    part: 'bauwens',
    timing: 50,
    title: 'Cosmo-localism: designs travel the world as a commons, while making stays local',
    blocks: [
      {
        kind: 'text',
        size: 'lead',
        text: '*Design global, manufacture local*: knowledge and designs are shared worldwide as a commons; production happens locally, with 3D printers, CNC machines and crafts [@cordisCosmo].',
      },
    ],
    notes: `One more piece from the Bauwens side, because it bears on space. Cosmo-localism is summed up as design global, manufacture local. Knowledge, code and designs are shared worldwide as a commons, while physical making happens close to where it is needed, with 3D printers, CNC machines and crafts. A European Research Council project called COSMOLOCALISM has studied this pattern. The idea is older than the project, but its dating in our sources is uncertain, so I leave its origin aside.

For the argument, cosmo-localism offers a new answer to van der Pijl’s first question, how a community occupies space: globally as a knowledge commons, locally as a place of production. About fifty seconds.`,
  },
] satisfies DeckSlide[]
