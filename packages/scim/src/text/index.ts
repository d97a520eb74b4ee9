export { codePointLength, stringProblem, textProblem } from './strings.js';
