import type { DeckSlide } from './citations.ts'

/**
 * Part V: the synthesis, the heart of the talk. Every slide here is the post’s and this deck’s
 * proposal, not van der Pijl’s or Bauwens’s (dossier §5.2 and §8.3), so every slide carries
 * `interpretation: true`. The spine is Bauwens’s distinction between obligatory hubs
 * (decentralised) and optional hubs (distributed); then the comparison, whose global-governance
 * column says whose reading each cell is (issue 21, question 1); one slide per dimension of van
 * der Pijl’s (space, protection, exchange), each with the global governance side, one sourced case
 * and the strongest objection; then who is foreign (question 2), the objections, what keeps a hub
 * optional (question 3) and the scenarios. Each question has a backup slide with the detail.
 */
export default [
  {
    id: 'synthesis-proposal',
    part: 'synthesis',
    timing: 65,
    interpretation: true,
    title: 'Global governance runs through obligatory hubs; P2P would make them optional',
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
    notes: `Here is the spine of the synthesis. Global governance is not simply top-down: authority is spread over many sites, public and private. Bauwens gives us the distinction. A decentralised network still has hubs you must pass through; a distributed network has hubs you may use or route around.

Global governance is decentralised in this sense. Farrell and Newman show that finance and the internet grew around a few central nodes, and that states with jurisdiction over them can watch the traffic and shut adversaries out. So the proposal is not a world without hubs, but one where hubs become optional.

A warning on words: Farrell and Newman use decentralised in the opposite sense. For them it names the liberal picture of a globalisation without centres, which they reject. I use Bauwens’s sense throughout.

And it is reform, not abolition: the partner state keeps the best of the welfare state. Sixty-five seconds.`,
    sources: `Distinction: [@bauwensNd] (“in the latter, the hubs are obligatory, while in the former, they are the result of voluntary choices”); the Handbook credits it to Galloway’s _Protocol_ (2004) [@handbook2021]. Hubs in global economic networks, panopticon and chokepoint effects, cases SWIFT and the internet: [@farrellNewman2019], abstract, read on henryfarrell.net. Their use of the word, verbatim from the abstract’s first sentence: “Liberals claim that globalization has led to fragmentation and decentralized networks of power relations”; against it they set networks that “grow asymmetrically so that some nodes are far more connected than others”. So their “decentralized” means without central nodes, Bauwens’s “decentralised” means with obligatory hubs; the notes say so. Dispersed authority: [@rosenau2007]; the Commission’s rejection of world government: [@cgg1995]. “Transcends and includes”: [@bauwens2012], verbatim. Applying the distinction to global governance is this deck’s reading.`,
  },
  {
    id: 'comparison-table',
    part: 'synthesis',
    timing: 50,
    interpretation: true,
    title: 'Three dimensions, one question each: can an obligatory hub become optional?',
    blocks: [
      {
        kind: 'table',
        head: ['', 'Global governance', 'P2P mode (proposed)'],
        rows: [
          ['Space', 'Nation-states under the English-speaking West', 'Design global, make local'],
          ['Protection', 'Western intervention, peaceful or military', 'Partner state, commons licences'],
          ['Exchange', 'Ever more austere capitalist expansion', 'Commons for non-rival goods'],
          ['Actors', 'Transnational classes and their cadres', 'Cadres and peer producers?'],
        ],
        caption: 'Whose reading: space, van der Pijl’s third volume; protection, his project; exchange, Soederberg’s.',
        interpretedRows: [3],
      },
    ],
    notes: `This table maps the next slides. Each of van der Pijl’s dimensions gets a row, and each asks: can a hub everyone must pass through become one people may choose?

Let me say once whose reading each global-governance cell is. Space follows the description of his third volume: nation-states formed under the English-speaking West. Protection follows his project: the West intervening, peacefully or by force. Exchange is Soederberg’s reading, not his. The pairing of all three as a mode is ours.

The proposed column answers with cosmo-local production, a partner state with commons licences, and a commons for goods that are not used up. The actors row is the most speculative, hence the marker: Griffin’s hint about peer producers. Fifty seconds.`,
    sources: `Question 1 of issue 21. Van der Pijl’s own specification of space, protection and exchange for the global governance mode is in “Historicising the International” [@vdp2010]; the Sussex repository record gives the abstract only (“Full text not available from this repository”), and no readable full text was found, so each cell names whose reading it is. Space: the publisher’s description of Volume III [@vdp2014] (youscribe listing, release 10 January 2014): “Nation-state formation under the auspices of the English-speaking West has henceforth informed thinking about international affairs”; mainstream IR as theories that “translate Western supremacy into intellectual hegemony”. Protection: the Sussex project page [@sussex] (“the West finds itself entangled when it intervenes, peacefully or militarily, in non-Western societies”). Exchange: Soederberg’s reading [@soederberg2006]. The table formerly put “Lockean heartland and its contenders” in the space cell, cited to [@vdp1998] as if it were the global governance mode; that pair describes a historical relation (the book’s description: “the English-speaking heartland of capital and successive contender states”), Denemark [@denemark1999] reads the disappearance of contender states as one of the book’s contradictions, and only Stephen [@stephen2014] applies it to today’s governance: it is now on the backup slide “backup-governance-column”, as Stephen’s. Citations moved from the cells to the caption and this note (issue 21). P2P column: [@kostakis2015]; [@bauwens2012]; [@bauwensNd; @bauwens2005]. Actors: Griffin [@griffin2012]; the cadre stratum as quoted there from [@vdp1998]. “Hubs” is this deck’s term.`,
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
          '*Global governance*: nation-states formed under the English-speaking West [@vdp2014]; Stephen finds a heartland–contender cleavage in it [@stephen2014].',
          '*Case*: design global, manufacture local; a global design commons, built in local workshops [@kostakis2015].',
          '*Objection (ours)*: the commons needs “a heavy material infrastructure” [@bauwens2012]; its owners hold the hub.',
        ],
      },
    ],
    notes: `Take space first. Van der Pijl’s third volume describes the modern world of nation-states as formed under the English-speaking West. Stephen, applying van der Pijl’s older pair of a liberal heartland and its contenders, finds that today’s rising powers contest the most liberal features of global governance.

A P2P mode would occupy space differently. Kostakis, Niaros, Dafermos and Bauwens call the model design global, manufacture local: designs are shared as a global digital commons, while the making happens in local workshops. Global for knowledge, local for matter.

Bauwens himself supplies the premise of the objection: the commons rests on a heavy material infrastructure, services like GitHub and Thingiverse, which is why he wants for-benefit institutions to maintain it. The objection is our inference: if a few firms own that infrastructure, the hub stays obligatory. A minute.`,
    sources: `Global governance side: the publisher’s description of Volume III [@vdp2014] (“Nation-state formation under the auspices of the English-speaking West”); Stephen’s abstract [@stephen2014] for the heartland–contender cleavage in today’s global governance, which applies the pair of [@vdp1998] (the book’s description: “international relations between the English-speaking heartland of capital and successive contender states”; Denemark [@denemark1999] reads the disappearance of contender states as one of its three contradictions). The slide formerly cited [@vdp1998] as if the pair were the global governance mode; it is Stephen’s application. Mapping all this onto the dimension of space is this deck’s reading. Case: [@kostakis2015] (Futures 73, October 2015, pp. 126–135; the definition of DGML as design shared as a global digital commons with local manufacturing through shared infrastructures follows the P2P Lab’s summary of the model); see also [@cordisCosmo]. Objection: in [@bauwens2012], “a heavy material infrastructure” (verbatim), with Thingiverse and GitHub as examples, is a premise of Bauwens’s case for for-benefit institutions, not an objection; that whoever owns it holds an obligatory hub is this deck’s inference, marked “(ours)” on the slide.`,
  },
  {
    id: 'dimension-protection',
    part: 'synthesis',
    timing: 60,
    interpretation: true,
    title: 'Protection: a partner state could guard commons, not yet people or places',
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
    sources: `Soederberg’s reading: [@soederberg2006], publisher’s description as reproduced by Barnes & Noble (“global governance acts to normalise and legitimise increasingly austere forms of capitalist expansion, which may be regarded as a deepening and broadening of neoliberalism”). Commons-based peer production: [@benkler2002]; use-value for a community of users: [@bauwens2006]; markets and reciprocity for rival goods: [@bauwens2005; @bauwensNd]. The Oekonux citation is now the message actually read: Bauwens’s words of 7 October 2005 as Franz Nahrada’s reply quotes them (msg02907), verbatim “I think that peer production can work for non-rival goods without reciprocity; but when you dealing with scarce physical goods, reciprocity will be required”; Stefan Merten’s reply “Re: Scarcity, limitedness, deposits, needs” (msg03095) quotes a later message of Bauwens’s to the same effect (knowledge non-rival, the natural resource base not; reciprocity as a transitional regime). The message formerly cited (msg03103) was not read. Objection: the abstract of [@bauwensKostakis2014] (“the more communist the sharing license used in the peer production of free software or open hardware, the more capitalist the practice”), paraphrased on the slide.`,
  },
  {
    id: 'who-is-foreign',
    part: 'synthesis',
    timing: 70,
    interpretation: true,
    title: 'Who is foreign? Between communities, peers share commons, but not protection',
    blocks: [
      {
        kind: 'points',
        items: [
          'Foreign: communities treating each other as outsiders [@sussex]; Communal Sharing presumes a shared category [@fiske1992].',
          '*Between communities*: workshops sharing one design commons [@kostakis2015]; phyles, transnational communities owning firms [@p2pfPhyles2010].',
          '*Conceded*: no peer protection between them. The thesis narrows to a P2P layer of exchange within global governance.',
        ],
      },
    ],
    notes: `Now the question a scholar of foreign relations asks first: what is peer-to-peer about the foreign relation? Van der Pijl’s object is relations between communities that see each other as outsiders. Bauwens files peer production under Fiske’s Communal Sharing, and Communal Sharing treats the members of a category as equivalent: an in-group model.

So look for peer relations between communities. They exist, but they are thin. Local workshops in different countries build from one shared design commons. Phyles, such as the Las Indias cooperative, are transnational communities that own enterprises. Proposals for federations of such groups and for leagues of cities are on the backup slide.

The Peer Production License does not help here: it lets worker-owned businesses use a work commercially and bars capitalist firms, whatever they contribute.

So I concede the point. Nothing here protects one community against another. The thesis becomes narrower: a peer-to-peer layer of exchange between communities, inside global governance, not yet a mode of foreign relations. Seventy seconds.`,
    sources: `Question 2 of issue 21; replaces the slide that answered with “commons within, reciprocity with outsiders”, and takes in the former relational-models slide. Definition of foreign relations: [@sussex]. Communal Sharing: [@fiske1992], abstract, verbatim “In communal sharing, people treat all members of a category as equivalent”; Bauwens’s placement of P2P under it and of the gift economy under Equality Matching: [@wikiFiske]; non-reciprocal exchange, not a gift economy: [@bauwensNd]. Workshops sharing one design commons: [@kostakis2015]. Phyles: [@p2pfPhyles2010], quoting de Ugarte, verbatim “transnational communities that have acquired enterprises in order to gain continuity in time and robustness”; Las Indias as a phyle: P2P Foundation blog, 15 June 2012. The licence: [@peerProductionLicense], section 4 (Restrictions): “You may exercise the rights granted in Section 3 for commercial purposes only if” You are a worker-owned business or collective and all surplus is distributed among the worker-owners; use by a privately owned business that profits from waged labour “is not permitted under this License”; the licensor reserves royalties for other than non-commercial uses. It says nothing about contributors: the reading in [@bauwensKostakis2014] that firms which do not contribute pay is their gloss, not the licence’s term, and the deck no longer relies on it. The concession and the narrowed thesis are this deck’s.`,
  },
  {
    id: 'counter-arguments',
    part: 'synthesis',
    timing: 60,
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
    notes: `The objections, and they are serious. First, capture. Bauwens calls it netarchical capitalism; Srnicek calls it platform capitalism. A few firms provide the hardware and software on which everyone else operates: the cloud and, increasingly, the undersea cables, where content providers such as Google, Meta, Amazon and Microsoft have become the leading users and investors. That is the ground a P2P mode would stand on.

Second, states. Access Now counted at least two hundred and eighty-three internet shutdowns in thirty-nine countries in 2023, many in wars and protests. And states that hold network hubs can watch what passes through them, as Farrell and Newman show.

Third, the digital divide. The ITU estimates that a third of humanity is offline; in low-income countries only about a quarter of people are online. A mode of foreign relations that excludes two point six billion people is no alternative yet. A minute.`,
    sources: `Capture: [@srnicek2017] (Polity, 2017; chapter 2 distinguishes advertising, cloud, industrial, product and lean platforms; the publisher’s description, read in a reproduction at moralmarkets.org, says that “the fundamental foundations of the economy are rapidly being carved up among a small number of monopolistic platforms”; the copyright page reads “First published in 2017 by Polity Press”); netarchical capitalism: [@wikiNetarchical; @bauwens2009]. Shutdowns: [@accessNow2024] (283 shutdowns in 39 countries in 2023, a count that includes ongoing platform blocks). Surveillance through hubs (“panopticon effect”): [@farrellNewman2019]. Divide: [@itu2024] (foreword: one-third of humanity does not use the internet; about 2.6 billion people offline, 27 per cent online in low-income countries). Cables: [@mauldin2017] (TeleGeography: content providers, above all Google, Meta, Amazon and Microsoft, as “the dominant user of international capacity” and investors in new cables). The notes no longer mention “the two dominant app stores”, which had no source.`,
  },
  {
    id: 'optional-hubs',
    part: 'synthesis',
    timing: 70,
    interpretation: true,
    title: 'What keeps a hub optional: cheap exit, enforced interconnection, public infrastructure',
    blocks: [
      {
        kind: 'points',
        // One per key press: the notes take the mechanisms in turn, then "the honest part".
        stepwise: true,
        items: [
          'Hubs grow by themselves; states ruling them can coerce [@farrellNewman2019].',
          '*Exit*: users take their data along, in real time [@dma2022].',
          '*Interconnection*: gatekeepers’ messengers open to rivals “upon request, and free of charge” [@dma2022].',
          '*Infrastructure*: commons infrastructure backed by leagues of cities [@bauwensNiaros2017].',
          '*Ours*: the enforcer stays territorial.',
        ],
      },
    ],
    notes: `The third question: networks grow hubs by themselves, and whoever holds jurisdiction over a hub can weaponise it. What keeps a hub optional?

Three mechanisms, each already in law or in proposal. First, cheap exit. Under the European Union’s Digital Markets Act, gatekeepers must let users carry their data to a rival, continuously and in real time. Open protocols do the same job in technical form; that is our gloss. Second, enforced interconnection. A gatekeeper’s messaging service must interoperate with rivals on request and free of charge, first for messages between two people, later for groups and calls. Third, infrastructure owned in common: Bauwens and Niaros propose global public-commons partnerships, carried by leagues of cities.

Now the honest part. The enforcer of the first two is a territorial authority, the very kind of hub holder Farrell and Newman warn about. So optional hubs are a political settlement, not a property of the technology. Seventy seconds.`,
    sources: `Question 3 of issue 21. Hubs: [@farrellNewman2019], abstract (henryfarrell.net): networks “grow asymmetrically so that some nodes are far more connected than others”; states with jurisdiction over central nodes use the panopticon and chokepoint effects. Exit: DMA Article 6(9) [@dma2022], as the Commission’s DMA developer portal summarises it (“End user data portability”: portability of data users provided or generated, free tools, “Continuous and real-time access to that data”). Interconnection: DMA Article 7(1), verbatim “upon request, and free of charge”, read in the English text at ecommercekit.it; 7(2): one-to-one text and files following designation, groups within 2 years, voice and video calls within 4 years. Article 6(7) (free interoperability with operating-system features) is on the backup slide. Infrastructure: [@bauwensNiaros2017], verbatim “global public-commons partnerships, sustained by leagues of cities”. Open protocols as a mechanism of exit, and the point that the enforcer is territorial, are this deck’s reasoning.`,
  },
  {
    id: 'four-scenarios',
    part: 'synthesis',
    timing: 50,
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

Only the last would amount to a mode of foreign relations, in our reading: netarchical capitalism keeps the hubs obligatory, distributed capitalism keeps the aim of accumulation, and resilient communities stay local. So the scenarios turn the thesis into a question of politics, not of destiny. Fifty seconds.`,
    sources: `Four scenarios, their aims (capital accumulation versus circulation of the commons) and infrastructures: the book’s conclusions as published on the P2P Foundation wiki, and the preface [@kostakisBauwens2014]. The book’s chapter 3 abstract names the axes global versus local orientation and centralised versus distributed control; a 2013 summary uses capital versus commons orientation instead, so the slide shows the aims and infrastructures, not a two-by-two grid. Which scenario a P2P mode of foreign relations requires is this deck’s reading.`,
  },
] satisfies DeckSlide[]
