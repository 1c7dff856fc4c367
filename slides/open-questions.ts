import type { DeckSlide } from './citations.ts'

/** Part VII: what stays open. */
export default [
  {
    id: 'open-questions',
    part: 'open',
    timing: 55,
    title: 'Four questions must be answered before a P2P mode of foreign relations can be claimed',
    blocks: [
      {
        kind: 'points',
        stepwise: true,
        items: [
          '*Teleology*: can the case stand as a tendency, without a destined historic subject [@griffin2012]?',
          '*Protection*: what defends a commons against force, beyond licences?',
          '*Coexistence*: would a P2P mode layer onto global governance rather than replace it?',
          '*Capture*: can peer practices escape netarchical platforms [@wikiNetarchical]?',
        ],
      },
    ],
    notes: `Four questions stay open, one per click. Teleology: can the case be made as a tendency, without a historic subject destined to carry it? Protection: a commons licence protects code, but what protects a community against force? Coexistence: since modes layer rather than replace one another, would a P2P mode grow inside global governance rather than overturn it? Capture: can peer practices avoid being absorbed by netarchical platforms that keep the hub?

My own answer, and it is only that, is that the post names a tendency worth testing, not a mode that already exists. I would welcome your view. About fifty-five seconds, then the references and the close.`,
  },
] satisfies DeckSlide[]
