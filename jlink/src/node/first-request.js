'use strict';
// The cold-start bar on Node: Microsoft's azure-devops-node-api (the version pinned in
// ado.emulator/src/test/node/package.json) makes the request `ado-demo --first-request` makes, the project list,
// with the client's defaults (it first asks the server where the Core area lives, as it always does), and prints
// the same line. jlink/build.sh --startup times this process beside the Java images.
//
//   NODE_PATH=ado.emulator/src/test/node/node_modules node first-request.js   (AZURE_DEVOPS_ORG, AZURE_DEVOPS_EXT_PAT)
const azdev = require('azure-devops-node-api');

const url = process.env.AZURE_DEVOPS_ORG;
const pat = process.env.AZURE_DEVOPS_EXT_PAT;
if (!url || !pat) {
    console.error('first-request.js needs AZURE_DEVOPS_ORG (the organisation URL) and AZURE_DEVOPS_EXT_PAT.');
    process.exit(2);
}

(async () => {
    const connection = new azdev.WebApi(url, azdev.getPersonalAccessTokenHandler(pat));
    const core = await connection.getCoreApi();
    const projects = await core.getProjects();
    console.log('first request: ' + projects.length + ' projects');
})().catch(e => {
    console.error('first request failed: ' + (e && e.message ? e.message : e));
    process.exit(1);
});
