#!/usr/bin/env node
// Needs Node.js 24 (type stripping); `npm run medbill -- <command>` uses the project's own Node.
import process from 'node:process';
import { runCli } from '../src/main.ts';

await runCli(process.argv);
