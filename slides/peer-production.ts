import type { DeckSlide } from './citations.ts'

/** Part IV (first half): Bauwens’s three “third modes”, the commons and the partner state. */
export default [
  {
    id: 'peer-production',
    part: 'bauwens',
    timing: 55,
    title: 'Bauwens: peer-to-peer is a third mode of production, governance and property',
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
          '*Production*: use-value made by free cooperation with distributed capital [@bauwens2006].',
          '*Governance*: by the producers themselves, not by market or corporate hierarchy [@bauwens2006].',
          '*Property*: universal common property, as under the GPL [@bauwens2006; @bauwensNd].',
        ],
      },
    ],
    notes: `Michel Bauwens set out his theory in The Political Economy of Peer Production, first published in CTheory in December 2005 and reprinted in 2006. Its claim is that peer-to-peer gives rise to a third mode of production, a third mode of governance and a third mode of property, beside the market and the state.

Read the quotation: P2P means processes aimed at the widest participation by equipotential participants, people equally able to contribute. Peer production makes use-value, things valued for their use by a community rather than sold, through free cooperation. Peer governance means the producers govern themselves. Peer property makes the output available to all, under licences such as the GPL or some Creative Commons licences.

Note the word mode: it is what lets us set Bauwens beside van der Pijl. About fifty-five seconds.`,
    sources: `Quotation and the three modes: post-autistic economics review 37 (28 April 2006), paecon.net [@bauwens2006]; first publication in CTheory, December 2005: the P2P Foundation wiki’s page for the essay. Licences (GPL, some Creative Commons licences): “Peer production, peer governance, peer property”, re-public.gr [@bauwensNd].`,
  },
  {
    id: 'commons-partner-state',
    part: 'bauwens',
    timing: 50,
    title: 'The partner state: public authorities sustain the value civil society creates directly',
    blocks: [
      {
        kind: 'points',
        items: [
          'Benkler named *commons-based peer production*, a third mode beside firms and markets [@benkler2002].',
          'The partner state sustains and promotes it [@wikiPartnerState].',
        ],
      },
      {
        kind: 'quote',
        text: 'globally managed by a peer-inspired and reformed state and governance system',
        by: 'Michel Bauwens',
        source: 'bauwens2007',
      },
    ],
    notes: `Yochai Benkler named the phenomenon in 2002: commons-based peer production, a third way of organising production beside firms and markets. But a commons does not look after itself, and here Bauwens brings the state back, in a new role.

The partner state is the idea that public authorities play a sustaining role in the direct creation of value by civil society: they support and promote commons-based peer production rather than run it.

The quotation shows how far this reaches. In Bauwens’s picture, peer production is surrounded by a reformed sphere of exchange and managed globally by a reformed state and governance system. Reformed, not abolished: keep that in mind when we ask what is radical about the alternative. About fifty seconds.`,
    sources: `Benkler’s term and “third mode of production”: the article’s abstract, Harvard DASH record (112 Yale L.J. 369, 2002) [@benkler2002]; Bauwens credits Benkler in the introduction to “Class and capital in peer production” [@bauwens2009]. Partner state: the opening definition of the P2P Foundation wiki page [@wikiPartnerState]. Quotation: the third point of Bauwens’s “vision of P2P theory” in “P2P as a Way of Living, Part 2”, first published on MasterNewMedia in 2007 and read in the Medium repost of 13 January 2024 [@bauwens2007]. The date: part 1 of the series carries 20 October 2007 in its MasterNewMedia address (as circulated on a mailing list on 29 October 2007, listi.jpberlin.de), and Smart Mobs linked both parts on 15 November 2007; the exact day of part 2 was not found.`,
  },
] satisfies DeckSlide[]
