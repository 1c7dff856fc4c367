import type { DeckSlide } from './citations.ts'

/** Part IV (second half): network topologies, relational models, and the counter-trend. */
export default [
  {
    id: 'network-topologies',
    part: 'bauwens',
    timing: 60,
    title: 'Distributed is not decentralised: in a peer-to-peer network, hubs are optional',
    blocks: [
      {
        kind: 'diagram',
        // Three groups in a row: the star stands upright, so the row is narrow enough to take the
        // slide's height; the two wider networks lie flat. A phone stacks the groups, each laid flat
        // (src/diagrams/variants.ts).
        mermaid: `flowchart LR
  subgraph CEN["Centralised"]
    direction TB
    c1(("•")) --- c0(("hub"))
    c2(("•")) --- c0
    c0 --- c3(("•"))
    c0 --- c4(("•"))
  end
  subgraph DEC["Decentralised"]
    direction LR
    d3(("•")) --- d1(("hub"))
    d4(("•")) --- d1
    d1 --- d2(("hub"))
    d2 --- d5(("•"))
    d2 --- d6(("•"))
  end
  subgraph DIS["Distributed"]
    direction LR
    m1(("•")) --- m2(("•"))
    m2 --- m3(("•"))
    m1 --- m4(("•"))
    m4 --- m5(("•"))
    m2 --- m5
    m5 --- m6(("•"))
    m3 --- m6
  end
  CEN ~~~ DEC ~~~ DIS`,
        caption: 'Three network types, after Baran [@baran1964].',
        accTitle: 'Centralised, decentralised and distributed networks',
        accDescr:
          'Three small networks side by side. Centralised: one hub linked to four nodes. Decentralised: two linked hubs, each with two nodes of its own. Distributed: six nodes with no hub and seven links, each node linked to two or three neighbours, so that there are several paths between most pairs.',
      },
      {
        kind: 'text',
        text: 'Decentralised: hubs are obligatory. Distributed: hubs form by voluntary choice [@bauwensNd].',
      },
      {
        kind: 'text',
        size: 'small',
        text: 'Without a hub, ties multiply: $n$ members have up to $n(n-1)/2$ possible ties, against $n-1$ through one hub.',
      },
    ],
    notes: `Bauwens insists on a distinction that is easy to blur. In a decentralised network there are several hubs, but they are obligatory: to reach anyone, you go through one. In a distributed network, hubs may form, but only as the result of voluntary choices; each member can link to others directly.

The three-way picture goes back to Paul Baran’s 1964 paper, written for a communications network that had to survive attack. Baran’s point was survivability: a network with central switching points can be cut by destroying a few of them, while a distributed one keeps routing messages by local control.

The price, in our reading, is coordination. Among n members there are up to n times n minus one, over two, possible ties; the distributed network on the right uses seven of the fifteen its six nodes could have. A hub needs only n minus one. Resilience against coordination cost is the trade-off to remember. About a minute.`,
    sources: `Obligatory hubs and voluntary choices: Bauwens, “Peer production, peer governance, peer property”, re-public.gr, general introduction [@bauwensNd]. Baran: the paper’s abstract (IEEE Transactions on Communications Systems 12(1): 1–9, March 1964), read in a library record [@baran1964]; the drawing follows his centralised, decentralised and distributed figure. The counts are simple combinatorics; the trade-off between resilience and coordination cost is the deck’s reading. The full arithmetic, with Metcalfe, Reed and Odlyzko–Tilly, is on the backup slide “link-counts”.`,
  },
  {
    id: 'relational-models',
    part: 'bauwens',
    timing: 55,
    title: 'Bauwens files P2P under Fiske’s Communal Sharing, and the gift economy elsewhere',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart TD
  F["Fiske: four relational models"]
  F --> CS["Communal Sharing: P2P"]
  F --> EM["Equality Matching: gift economy"]
  F --> AR["Authority Ranking"]
  F --> MP["Market Pricing"]
  classDef peer stroke-width:4px
  class CS peer`,
        caption: 'Fiske’s four models [@fiske1992]; the placements of P2P and of the gift economy are Bauwens’s [@wikiFiske].',
        accTitle: 'Fiske’s four relational models with Bauwens’s placements',
        accDescr:
          'Fiske’s four relational models branch from one box: Communal Sharing, highlighted and marked P2P; Equality Matching, marked gift economy; Authority Ranking; and Market Pricing.',
      },
      {
        kind: 'quote',
        text: 'In communal sharing, people treat all members of a category as equivalent.',
        by: 'Alan Page Fiske',
        source: 'fiske1992',
      },
      {
        kind: 'text',
        text: 'Bauwens: peer production is non-reciprocal exchange, so no gift economy [@bauwensNd].',
      },
    ],
    notes: `Bauwens also draws on the anthropologist Alan Page Fiske, who finds four elementary forms of sociality: Communal Sharing, Authority Ranking, Equality Matching and Market Pricing. In Communal Sharing, as the quotation says, members of a category are treated as equivalent, as when people use a commons.

Bauwens places peer-to-peer there. The gift economy he places under Equality Matching, because a gift calls for a return of comparable value. Peer production, on his account, is generalised, non-reciprocal exchange: anyone may use or contribute, and nobody keeps the balance. That is why he says it is not a gift economy.

A note on vocabulary: P2P Foundation pages write Communal Shareholding; this deck uses Fiske’s own term. Remember Communal Sharing for later: it is a model for relations inside a group, which matters when we ask who is foreign in a P2P mode. About fifty-five seconds.`,
    sources: `Quotation: the abstract of Fiske 1992 [@fiske1992], Psychological Review 99(4): 689–723, read in a copy of the article. Bauwens’s placements (P2P as Communal Shareholding, the gift economy as Equality Matching): the P2P Foundation wiki page [@wikiFiske] and section 3.4 of Bauwens’s P2P theory essay on the same wiki. Generalised, non-reciprocal exchange, not a gift economy: re-public.gr [@bauwensNd].`,
  },
  {
    id: 'netarchical-capitalism',
    part: 'bauwens',
    timing: 50,
    title: 'The counter-trend: netarchical capitalism profits from sharing on platforms it controls',
    blocks: [
      {
        kind: 'points',
        items: [
          'A new section of capital that enables participation, monetises it and tries to control it [@bauwens2009].',
          'Rent-seeking, one step away from real production: Facebook, Uber, Airbnb [@handbook2021].',
          'Not everything on networks is P2P: a platform can stay an obligatory hub [@bauwens2006; @bauwensNd; @handbook2021].',
        ],
      },
    ],
    notes: `Now the counter-trend, which Bauwens himself names. In his 2009 article in Capital and Class he describes netarchical capitalists: a new section of capital that enables and empowers participation but also monetises it and tries to control it. Later work describes this capital as rent-seeking, working one step away from real production; social media, ride-hailing and room-letting platforms are its examples.

This matters for the argument. Peer-to-peer technology is not yet a peer-to-peer mode. People can share, rate and host one another while the platform remains an obligatory hub: decentralised, in the terms of the last slides, rather than distributed. If a P2P mode of foreign relations is to mean anything, it has to be told apart from sharing that runs through such platforms.

Transition: with these pieces in hand, the synthesis. About fifty seconds.`,
    sources: `Netarchical capitalists: the abstract of “Class and capital in peer production”, Capital & Class 33(1): 121–141 [@bauwens2009]. Rent-seeking, “one step away from real production”, and the examples Facebook, Uber, Airbnb: The Handbook of Peer Production [@handbook2021], chapter 2 (the chapter with figure 2.3), read in an online copy of the book; the P2P Foundation wiki page [@wikiNetarchical] gives the earlier hypothesis (control of participatory platforms). “P2P does not refer to all behavior … in distributed networks”: Bauwens 2006 [@bauwens2006]; obligatory hubs: re-public.gr [@bauwensNd]; platforms that combine P2P elements but are “controlled and monitored by the platform owners”: the Handbook, chapter 2 [@handbook2021]. That such a platform is an obligatory hub in Bauwens’s sense is the deck’s gloss.`,
  },
] satisfies DeckSlide[]
