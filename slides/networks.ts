import type { DeckSlide } from './citations.ts'

/** Part IV (second half): network topologies and the counter-trend. Fiske’s relational models now sit inside the boundary question (slides/synthesis.ts, who-is-foreign). */
export default [
  {
    id: 'network-topologies',
    part: 'bauwens',
    timing: 55,
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

The picture goes back to Paul Baran’s 1964 paper on a communications network that had to survive attack: central switching points can be destroyed, while a distributed network keeps routing by local control.

The price, in our reading, is coordination. Among n members there are up to n times n minus one, over two, possible ties; a hub needs only n minus one. Resilience against coordination cost is the trade-off to remember. Fifty-five seconds.`,
    sources: `Obligatory hubs and voluntary choices: Bauwens, “Peer production, peer governance, peer property”, re-public.gr, general introduction [@bauwensNd]. Baran: the paper’s abstract (IEEE Transactions on Communications Systems 12(1): 1–9, March 1964), read in a library record [@baran1964]; the drawing follows his centralised, decentralised and distributed figure. The counts are simple combinatorics; the trade-off between resilience and coordination cost is the deck’s reading. The full arithmetic, with Metcalfe, Reed and Odlyzko–Tilly, is on the backup slide “link-counts”.`,
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
    notes: `Now the counter-trend, which Bauwens himself names. In 2009, in Capital and Class, he describes netarchical capitalists: a new section of capital that enables participation but also monetises it and tries to control it. Later work describes this capital as rent-seeking, working one step away from real production; social media, ride-hailing and room-letting platforms are its examples.

This matters for the argument. Peer-to-peer technology is not yet a peer-to-peer mode. People can share, rate and host one another while the platform remains an obligatory hub: decentralised, in the terms of the last slides, rather than distributed. A P2P mode of foreign relations has to be told apart from sharing that runs through such platforms.

Transition: the synthesis. Fifty seconds.`,
    sources: `Netarchical capitalists: the abstract of “Class and capital in peer production”, Capital & Class 33(1): 121–141 [@bauwens2009]. Rent-seeking, “one step away from real production”, and the examples Facebook, Uber, Airbnb: The Handbook of Peer Production [@handbook2021], chapter 2 (the chapter with figure 2.3), read in an online copy of the book; the P2P Foundation wiki page [@wikiNetarchical] gives the earlier hypothesis (control of participatory platforms). “P2P does not refer to all behavior … in distributed networks”: Bauwens 2006 [@bauwens2006]; obligatory hubs: re-public.gr [@bauwensNd]; platforms that combine P2P elements but are “controlled and monitored by the platform owners”: the Handbook, chapter 2 [@handbook2021]. That such a platform is an obligatory hub in Bauwens’s sense is the deck’s gloss.`,
  },
] satisfies DeckSlide[]
