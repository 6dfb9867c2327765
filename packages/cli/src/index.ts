export { buildProgram, runCli } from './main.ts';
export { loadConfig } from './config.ts';
export { loadDemo } from './demo/load-demo.ts';
