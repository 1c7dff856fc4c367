import type { DeckSlide } from './citations.ts'

/**
 * Part V: the synthesis, the heart of the talk. Every slide here is the post’s and this deck’s
 * proposal, not van der Pijl’s or Bauwens’s (dossier §5.2 and §8.3), so every slide carries
 * `interpretation: true`. The spine is Bauwens’s distinction between obligatory hubs
 * (decentralised) and optional hubs (distributed); then one slide per dimension of van der Pijl’s
 * (space, protection, exchange), each with the global governance side, one sourced case and the
 * strongest objection; then the boundary question and the objections in general.
 */
export default [
  {
    id: 'synthesis-proposal',
    part: 'synthesis',
    timing: 65,
    interpretation: true,
    title: 'Global governance is polycentric but runs through obligatory hubs; P2P would make them optional',
    blocks: [
      {
        kind: 'points',
        items: [
          'Bauwens: decentralised networks have obligatory hubs; in distributed ones, hubs are chosen [@bauwensNd].',
          'Authority is dispersed [@rosenau2007], yet finance and the internet run through hubs that states use to watch and exclude [@farrellNewman2019].',
          '*Radical alternative* is the post’s word [@seed]; Bauwens’s partner state “transcends and includes” the welfare state [@bauwens2012].',
        ],
      },
    ],
    notes: `Here is the spine of the synthesis. The deck has conceded that global governance is not simply top-down: authority is spread over many sites, public and private. Bauwens gives us the right distinction. A decentralised network still has hubs you must pass through; a distributed network has hubs you may use or route around.

Global governance looks decentralised in exactly this sense. Farrell and Newman show that global finance and the internet grew around a few central nodes, and that states with jurisdiction over them can watch the traffic and shut adversaries out. So the proposal is not a world without hubs. It is a world where the hubs become optional.

And it is a reform, not an abolition: Bauwens’s partner state keeps the best of the welfare state. About sixty-five seconds.`,
    sources: `Distinction: [@bauwensNd] (“in the latter, the hubs are obligatory, while in the former, they are the result of voluntary choices”); the Handbook credits it to Galloway’s _Protocol_ (2004) [@handbook2021]. Hubs in global economic networks, panopticon and chokepoint effects, cases SWIFT and the internet: [@farrellNewman2019], abstract. Dispersed authority: [@rosenau2007]; the Commission’s rejection of world government: [@cgg1995]. “Transcends and includes”: [@bauwens2012], verbatim. Applying the distinction to global governance is this deck’s reading.`,
  },
  {
    id: 'comparison-table',
    part: 'synthesis',
    timing: 45,
    interpretation: true,
    title: 'Three dimensions, one question each: can an obligatory hub become optional?',
    blocks: [
      {
        kind: 'table',
        head: ['', 'Global governance', 'P2P mode (proposed)'],
        rows: [
          ['Space', 'Lockean heartland and its contenders [@vdp1998]', 'Design global, make local [@kostakis2015]'],
          ['Protection', 'Intervention, peaceful or military [@sussex]', 'Partner state, commons licences [@bauwens2012]'],
          ['Exchange', 'Neoliberal world market [@soederberg2006]', 'Commons for non-rival goods [@bauwensNd]'],
          ['Actors', 'Transnational classes, cadres [@vdp1998]', 'Cadres and peer producers? [@griffin2012]'],
        ],
        caption: 'Our mapping after the post [@seed]; *hubs*: our term.',
        interpretedRows: [3],
      },
    ],
    notes: `This table is the map for the next three slides. Each of van der Pijl’s dimensions gets one row, and each row asks the same question: can a hub that everyone must pass through become one that people may choose?

For space, the global-governance column starts from van der Pijl’s own contrast between a liberal heartland and the contender states that resist it. For protection, intervention in non-Western societies. For exchange, a neoliberal world market. The proposed column answers with cosmo-local production, a partner state with commons licences, and a commons for goods that are not used up.

The last row is the most speculative, hence the marker: Griffin’s hint that peer producers might join the cadres as the carriers of change. About forty-five seconds.`,
    sources: `Replaces the earlier table, whose space cell (“one world space … through hubs and a heartland”) was cited to [@sussex], which says neither. Heartland: the key notion “the Lockean heartland versus the Hobbesian contender states” of [@vdp1998], in the book’s description, read at docslib.org/doc/3122051; Denemark’s review [@denemark1999], read here, on the post-1688 English state form and the disappearance of contender states. “Hubs” is this deck’s term. Intervention: [@sussex]. Neoliberal world market: [@soederberg2006]. Design global, manufacture local: [@kostakis2015]. Commons of non-rival goods: [@bauwensNd; @bauwens2005]. Actors row: Griffin’s suggestion [@griffin2012]; the cadre stratum as quoted there from [@vdp1998].`,
  },
  {
    id: 'dimension-space',
    part: 'synthesis',
    timing: 60,
    interpretation: true,
    title: 'Space: a P2P mode would share designs worldwide and make things locally',
    blocks: [
      {
        kind: 'points',
        items: [
          '*Global governance*: a liberal heartland facing successive contender states [@vdp1998; @stephen2014].',
          '*Case*: design global, manufacture local; designs as a global commons, built in local workshops [@kostakis2015].',
          '*Objection*: the commons rests on “a heavy material infrastructure”, such as GitHub and Thingiverse [@bauwens2012].',
        ],
      },
    ],
    notes: `Take space first. In van der Pijl’s account, modern world order has been organised from a liberal, English-speaking heartland, facing one contender state after another; Stephen finds the same cleavage in how today’s rising powers contest global governance.

A P2P mode would occupy space differently. Kostakis, Niaros, Dafermos and Bauwens call the model design global, manufacture local: designs are developed and shared as a global digital commons, while the making happens locally, in shared workshops, with local conditions in mind. Space is split in two: global for knowledge, local for matter.

The strongest objection comes from Bauwens himself. The commons rests on a heavy material infrastructure: open hardware needs design repositories like Thingiverse, free software needs services like GitHub. If those are owned by a few firms, the hub is still obligatory. About a minute.`,
    sources: `Heartland and successive contender states: the description of [@vdp1998] (“international relations between the English-speaking heartland of capital and successive contender states”) and [@denemark1999]; the cleavage in today’s global governance: Stephen’s abstract [@stephen2014]. Denemark reads the disappearance of contender states as one of the book’s three contradictions of our era, so the notes no longer say the contenders resist the heartland today on van der Pijl’s own account. Mapping all this onto the dimension of space is this deck’s reading. Case: [@kostakis2015] (Futures 73, October 2015, pp. 126–135; the definition of DGML as design shared as a global digital commons with local manufacturing through shared infrastructures follows the P2P Lab’s summary of the model); see also [@cordisCosmo]. Objection: [@bauwens2012], which names Thingiverse and GitHub as the shared infrastructures open hardware and free software depend on; “a heavy material infrastructure” is verbatim.`,
  },
  {
    id: 'dimension-protection',
    part: 'synthesis',
    timing: 60,
    interpretation: true,
    title: 'Protection: a partner state could guard commons, but not yet people or places',
    blocks: [
      {
        kind: 'points',
        items: [
          '*Global governance*: the West intervenes in non-Western societies, peacefully or militarily [@sussex].',
          '*Case*: Ecuador’s FLOK Society, 2013–14, drafted commons policies for a partner state [@wikiPartnerState].',
          '*Objection (ours)*: licences protect a knowledge commons, not a territory against force.',
        ],
      },
    ],
    notes: `Protection is the proposal’s thinnest dimension, so let us be frank. Under global governance, as van der Pijl’s project puts it, the West becomes entangled when it intervenes, peacefully or by force, in non-Western societies.

The P2P side has one real test case. In 2013 Ecuador’s government funded the FLOK Society project, led by Bauwens, to draft public policies for a commons-based economy: the first time commons theorists had come this close to public policy makers. The partner state it imagined would protect commons through public institutions and licences.

But look at what that protects. A licence guards code and designs against enclosure; it does not guard a town against an army or a blockade. That gap is our inference, not Bauwens’s claim, and it is the first open question. The backup slides say how FLOK ended. About a minute.`,
    sources: `Intervention: [@sussex], verbatim in substance (“the West finds itself entangled when it intervenes, peacefully or militarily, in non-Western societies”). FLOK as a government-funded research project led by Bauwens, 2013: Dafermos, quoted on [@wikiPartnerState]; the project ran January–June 2014 and its summit met in Quito in May 2014 [@p2pfBlog2015]. Outcome: see the backup slide (sources [@bauwens2014; @p2pfBlog2015]). The objection is this deck’s inference. Fernhout’s “Peer to Peer Security Alliance” post (undated, anecdotal) is no longer used.`,
  },
  {
    id: 'dimension-exchange',
    part: 'synthesis',
    timing: 55,
    interpretation: true,
    title: 'Exchange: a commons for non-rival goods, with markets kept for the rest',
    blocks: [
      {
        kind: 'points',
        items: [
          '*Global governance*: normalising increasingly austere capitalist expansion, a deeper neoliberalism [@soederberg2006].',
          '*Case*: commons-based peer production, as in free software: shared for use, not sale [@benkler2002; @bauwens2006].',
          '*Objection*: firms reap the commons; the freer the licence, the more capitalist the practice [@bauwensKostakis2014].',
        ],
      },
    ],
    notes: `Third, exchange. Soederberg reads global governance as normalising and legitimising ever more austere capitalist expansion, a deepening of neoliberalism: the world market becomes the hub through which exchange must pass.

The P2P case is the best established of the three. Benkler named it commons-based peer production, and free software is its classic example: people cooperate to make something for use by a community, not for sale, and anyone may take it. Bauwens keeps markets and reciprocity for rival goods, things that are used up, and the commons for knowledge, code and design.

The objection is again Bauwens’s own, with Kostakis. Large firms use the same commons; the more open the licence, the more capitalist the practice. A commons that feeds the market does not by itself make the market optional. About fifty-five seconds.`,
    sources: `Soederberg’s reading: [@soederberg2006], publisher’s description as reproduced by Barnes & Noble (“global governance acts to normalise and legitimise increasingly austere forms of capitalist expansion, which may be regarded as a deepening and broadening of neoliberalism”). Commons-based peer production: [@benkler2002]; use-value for a community of users: [@bauwens2006]; markets and reciprocity for rival goods: [@bauwens2005; @bauwensNd] (the Oekonux message itself was not in a stored copy; Bauwens’s position, knowledge non-rival but the natural resource base not, and reciprocity acceptable as a transitional regime, is read in Stefan Merten’s reply quoting him, oekonux.org/list-en/archive/msg03095.html). Objection: the abstract of [@bauwensKostakis2014] (“the more communist the sharing license used in the peer production of free software or open hardware, the more capitalist the practice”), paraphrased on the slide.`,
  },
  {
    id: 'who-is-foreign',
    part: 'synthesis',
    timing: 60,
    interpretation: true,
    title: 'Who is foreign in a P2P mode? The boundary moves; it does not vanish',
    blocks: [
      {
        kind: 'points',
        items: [
          'Foreign relations: communities in separate spaces treating each other as outsiders [@sussex].',
          'Communal Sharing treats all members of a category as equivalent [@fiske1992]: it needs a category.',
          '*Our proposal*: commons within; reciprocity with outsiders, as licences that make profit-takers pay [@bauwensKostakis2014].',
        ],
      },
    ],
    notes: `Now the question a scholar of foreign relations will ask first: who is foreign in a P2P mode? Van der Pijl defines foreign relations as relations between communities that see each other as outsiders. And Fiske’s Communal Sharing, where Bauwens files peer production, treats the members of a category as equivalent. In effect, it is an in-group model. So either the P2P mode abolishes the foreign, or it draws a new line.

Our proposal is the second. The line no longer runs round a territory but round a commons: those who contribute share as equals; outsiders are met by reciprocity and, where needed, by markets. Bauwens and Kostakis make this concrete with licences under which commoners and cooperatives use the commons freely, while firms that take without contributing pay. The foreign survives, but it is defined by relation to a commons, not by a border. About a minute.`,
    sources: `Definition of foreign relations: [@sussex]. Communal Sharing: [@fiske1992], abstract, verbatim (“In communal sharing, people treat all members of a category as equivalent”); Bauwens’s classification of P2P under it: [@wikiFiske]. Reciprocity licences: [@bauwensKostakis2014] propose the Peer Production License (Magyar & Kleiner), under which commoners, cooperatives and non-profits re-use the work freely and profit-making firms that do not contribute pay a licence fee (p. 358, read through a quotation in R. Schlatterbeck’s blog post of 28 May 2014; the licence’s terms from the P2P Foundation wiki page “Peer Production License”). Choosing the “new boundary” answer over abolition is this deck’s proposal.`,
  },
  {
    id: 'counter-arguments',
    part: 'synthesis',
    timing: 65,
    interpretation: true,
    title: 'The strongest objections: networks can be captured, switched off or unequally shared',
    blocks: [
      {
        kind: 'points',
        items: [
          '*Capture*: a few platforms own the foundations others build on, cloud included [@srnicek2017; @wikiNetarchical]; content providers lead on undersea cables [@mauldin2017].',
          '*Switch-off*: at least 283 shutdowns in 39 countries in 2023 [@accessNow2024]; hub-holders surveil [@farrellNewman2019].',
          '*Divide*: a third of humanity is offline [@itu2024].',
        ],
      },
    ],
    notes: `Now the objections in general, and they are serious. First, capture. Bauwens calls it netarchical capitalism; Srnicek calls it platform capitalism. A few firms provide the hardware and software on which everyone else operates: the cloud, the two dominant app stores, and now, increasingly, the undersea cables, where content providers such as Google, Meta, Amazon and Microsoft have become the leading users and investors. That is the ground a P2P mode would stand on.

Second, states. Access Now counted at least two hundred and eighty-three deliberate internet shutdowns by authorities in thirty-nine countries in 2023, many of them in wars and protests. And states that hold network hubs can watch what passes through them, as Farrell and Newman show.

Third, the digital divide. The ITU estimates that a third of humanity still does not use the internet, and in low-income countries only about a quarter of people are online. A mode of foreign relations that excludes two point six billion people is no alternative yet. About sixty-five seconds.`,
    sources: `Capture: [@srnicek2017] (Polity, 2017; chapter 2 distinguishes advertising, cloud, industrial, product and lean platforms; the publisher’s description, read in a reproduction at moralmarkets.org, says that “the fundamental foundations of the economy are rapidly being carved up among a small number of monopolistic platforms”; the copyright page reads “First published in 2017 by Polity Press”); netarchical capitalism: [@wikiNetarchical; @bauwens2009]. Shutdowns: [@accessNow2024] (283 shutdowns in 39 countries in 2023, a count that includes ongoing platform blocks). Surveillance through hubs (“panopticon effect”): [@farrellNewman2019]. Divide: [@itu2024] (foreword: one-third of humanity does not use the internet; about 2.6 billion people offline, 27 per cent online in low-income countries). Cables: [@mauldin2017] (TeleGeography: content providers, above all Google, Meta, Amazon and Microsoft, as “the dominant user of international capacity” and investors in new cables). The two dominant app stores (Apple’s and Google’s) are given as common knowledge, not from a source.`,
  },
  {
    id: 'four-scenarios',
    part: 'synthesis',
    timing: 45,
    interpretation: true,
    title: 'Kostakis and Bauwens frame the outcome as four scenarios, not one destination',
    blocks: [
      {
        kind: 'table',
        head: ['Scenario', 'Aim', 'Infrastructure'],
        rows: [
          ['Netarchical capitalism', 'Capital', 'Centralised platforms'],
          ['Distributed capitalism', 'Capital', 'Distributed'],
          ['Resilient communities', 'Commons', 'Distributed, local'],
          ['Global Commons', 'Commons', 'Distributed, global'],
        ],
        caption: 'After Kostakis and Bauwens [@kostakisBauwens2014]. A P2P mode of foreign relations needs the last row.',
        interpretedRows: [3],
      },
    ],
    notes: `Kostakis and Bauwens give these objections a frame. Their 2014 book sets out four scenarios for networked production. In netarchical capitalism, capital accumulates through centralised, privately owned platforms. In distributed capitalism, control of the infrastructure is spread out, but the aim is still the accumulation of capital. In resilient communities, commoners control local infrastructure for the commons. In the global Commons scenario, they try to build infrastructure at world scale.

Only the last would amount to a mode of foreign relations, in our reading: netarchical capitalism keeps the hubs obligatory, distributed capitalism keeps the aim of accumulation, and resilient communities stay local. So the scenarios turn the thesis into a question of politics, not of destiny. About forty-five seconds.`,
    sources: `Four scenarios, their aims (capital accumulation versus circulation of the commons) and infrastructures: the book’s conclusions as published on the P2P Foundation wiki, and the preface [@kostakisBauwens2014]. The book’s chapter 3 abstract names the axes global versus local orientation and centralised versus distributed control; a 2013 summary uses capital versus commons orientation instead, so the slide shows the aims and infrastructures, not a two-by-two grid. Which scenario a P2P mode of foreign relations requires is this deck’s reading.`,
  },
] satisfies DeckSlide[]
