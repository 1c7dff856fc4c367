import type { Part } from '../src/model.ts'

/** The parts of the argument, in order. The argument indicator and the map show these labels. */
export const parts = [
  { id: 'claim', numeral: 'I', label: 'The claim' },
  { id: 'vdp', numeral: 'II', label: 'Van der Pijl' },
  { id: 'governance', numeral: 'III', label: 'Global governance' },
  { id: 'bauwens', numeral: 'IV', label: 'Bauwens' },
  { id: 'synthesis', numeral: 'V', label: 'The synthesis' },
  { id: 'open', numeral: 'VI', label: 'Open questions' },
] as const satisfies readonly Part[]

export type PartId = (typeof parts)[number]['id']
