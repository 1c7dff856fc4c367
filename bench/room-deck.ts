/** The room bench's deck: SLIDES sections with these ids (shared by its server, clients and driver). */
export const SLIDES = 30
export const slideId = (i: number) => `slide-${i}`
