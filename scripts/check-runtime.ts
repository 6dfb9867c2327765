// Every npm script runs on the Node.js that the project brings (the `node` dev dependency).
// Fail loudly when something else is on the PATH rather than test on the wrong runtime.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `medbill needs Node.js 24 LTS; this is ${process.version}. Run it through npm (npm test, npm start), which uses the project's own Node.js.`,
  );
  process.exit(1);
}
