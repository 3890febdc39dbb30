// Imported first by the test and bench configs: under another Node the unit tests die half-way
// ("Map.groupBy is not a function"), so say at once what to do instead.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(`[hoithi] Node ${process.version} is not supported (the project needs 22): run "npm test" or "npm run demo", which provision Node 22, or put Node 22 on PATH.`);
  process.exit(1);
}
export {};
