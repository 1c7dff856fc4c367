import type { DeckSlide } from './citations.ts'

/** Part IV (second half): network topologies, link counts, relational models, and the counter-trend. */
export default [
  {
    id: 'network-topologies',
    part: 'bauwens',
    timing: 55,
    title: 'Distributed is not decentralised: in a peer-to-peer network, hubs are optional',
    blocks: [
      {
        kind: 'diagram',
        mermaid: `flowchart LR
  subgraph CEN["Centralised"]
    direction LR
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
        caption:
          'After Baran [@baran1964]; the _Handbook of Peer Production_ credits the decentralised–distributed distinction to Galloway [@handbook2021].',
        accTitle: 'Centralised, decentralised and distributed networks',
        accDescr:
          'Three small networks side by side. Centralised: one hub linked to four nodes. Decentralised: two linked hubs, each with two nodes of its own. Distributed: six nodes with no hub, each linked to two or three neighbours, so that there are several paths between any two.',
      },
      {
        kind: 'text',
        text: 'Decentralised: hubs are obligatory. Distributed: hubs are optional, and agents choose their own links [@bauwensNd].',
      },
    ],
    notes: `Bauwens insists on a distinction that is easy to blur. In a decentralised network, hubs are obligatory; the Handbook of Peer Production gives US airline hubs as the example. In a distributed network, hubs are optional and each agent chooses its own links; highways and the Internet come partly close to that.

The three-way picture of centralised, decentralised and distributed networks goes back to Paul Baran’s 1964 paper; the Handbook credits the decentralised versus distributed distinction, as Bauwens uses it, to Alexander Galloway. Baran’s point was resilience: remove the hub and a centralised network falls apart, a few losses can split a decentralised one, and a distributed one routes around damage. One caution: the real Internet is partly hierarchical.

Transition: what do these shapes cost in links? About fifty-five seconds.`,
  },
  {
    id: 'link-counts',
    part: 'bauwens',
    timing: 65,
    interpretation: true,
    title: 'A hub links $n$ members with $n-1$ ties; a full mesh of peers needs $n(n-1)/2$',
    blocks: [
      {
        kind: 'columns',
        columns: [
          [
            {
              kind: 'math',
              tex: 'E_{\\text{hub}} = n-1 \\qquad E_{\\text{mesh}} = \\binom{n}{2} = \\frac{n(n-1)}{2}',
              caption: 'Links among $n$ nodes: simple counting.',
            },
            {
              kind: 'math',
              tex: 'G_{\\text{Reed}} = 2^{n} - n - 1',
              caption: 'Reed: possible groups of two or more members [@wikiReed].',
            },
          ],
          [
            {
              kind: 'table',
              head: ['Members $n$', 'Hub', 'Mesh', 'Reed groups'],
              rows: [
                ['5', '4', '10', '26'],
                ['10', '9', '45', '1,013'],
                ['20', '19', '190', '1,048,555'],
                ['50', '49', '1,225', '$\\approx 1.13 \\times 10^{15}$'],
              ],
              caption: 'Computed here; exact except the last entry, rounded.',
            },
          ],
        ],
      },
      {
        kind: 'note',
        tone: 'caveat',
        text: 'Counts, not value: Metcalfe’s and Reed’s laws are rules of thumb, and both overstate value [@odlyzko2005]. Analogy (ours): $n$ states have $n(n-1)/2$ possible pairings; one global hub needs $n-1$ links.',
      },
    ],
    notes: `Simple counting makes the difference concrete. Connect n members through a single hub and you need n minus one links. Connect everyone with everyone and you need n times n minus one, over two. With fifty members that is forty-nine links against twelve hundred and twenty-five. Reed counted the possible groups of two or more members, two to the n minus n minus one, which explodes.

Now the caution. Metcalfe’s and Reed’s so-called laws turn such counts into claims about value. Odlyzko and Tilly argue that both overstate it and suggest n log n as a better estimate; these are rules of thumb, not measurements. So this is no evidence that a P2P foreign policy is worth more.

The analogy is ours, hence the marker: n sovereign states have that many possible bilateral pairings, while one global institution as hub needs n minus one links. About sixty-five seconds.`,
  },
  {
    id: 'relational-models',
    part: 'bauwens',
    timing: 60,
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
        kind: 'text',
        text: 'Communal Sharing treats all members of a category as equivalent [@fiske1992]. Peer production is non-reciprocal, so not a gift economy; reciprocity and markets remain for rival goods [@bauwensNd; @bauwens2005].',
      },
    ],
    notes: `Bauwens also draws on Alan Page Fiske, who names four elementary forms of sociality: Communal Sharing, Authority Ranking, Equality Matching and Market Pricing. In Communal Sharing, Fiske writes, people treat all members of a category as equivalent. Bauwens places peer-to-peer there. He places the gift economy under Equality Matching, since gifts are reciprocal, and that is why he says peer production is not a gift economy.

A vocabulary note: P2P Foundation pages write Communal Shareholding and even attribute that wording to Fiske; we use Fiske’s own term. Bauwens keeps reciprocity and markets for rival goods, things that are used up, and sees Communal Sharing as fitting non-rival goods such as knowledge. A secondary summary has him telling the four models as a historical sequence; we could not confirm it, so it is not shown. About a minute.`,
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
          'It enables participation, then captures its value through proprietary platforms [@bauwens2009; @wikiNetarchical].',
          'Rent-seeking, a step away from production; examples given: Facebook, Uber, Airbnb [@wikiNetarchical].',
          'Peer-like interaction under central control: P2P technology is not a P2P mode [@bauwensNd].',
        ],
      },
    ],
    notes: `Now the counter-trend, which Bauwens himself names. Netarchical capitalism is the fraction of capital that enables participation and profits from it through proprietary platforms that it controls. Bauwens’s 2009 article in Capital and Class and the P2P Foundation wiki describe it as rent-seeking, one step away from real production; the examples given are Facebook, Uber and Airbnb.

This matters for the argument. P2P technology is not the P2P mode: people can share, rate and host one another while the platform remains an obligatory hub, decentralised rather than distributed. If a P2P mode of foreign relations is to mean anything, it has to be told apart from sharing that runs through netarchical platforms.

Transition: with these pieces in hand, the synthesis. About fifty seconds.`,
  },
] satisfies DeckSlide[]
