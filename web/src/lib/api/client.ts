import { Coordinator } from './coordinator';

/** The one coordinator of the page; everything that talks to the server goes through it. */
export const coordinator = new Coordinator((input, init) => fetch(input, init));
