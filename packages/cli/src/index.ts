export { buildProgram, runCli } from './program.ts';
export { loadConfig } from './config.ts';
export { loadDemo } from './demo/load-demo.ts';
