'use strict';
// Drives an ado4j emulator with Microsoft's azure-devops-node-api, with the client's defaults: resource-location
// discovery, integer enums, its own URL building and its own error handling.
//
//   node scenario.js <organisation URL> <PAT>
//
// Prints one JSON line per step: {"step": name, "ok": true|false, "detail": "..."}, then {"done": passed, "of": n}.
// Every step runs even when an earlier one failed (later steps then fail on the missing input, saying so).
const azdev = require('azure-devops-node-api');
const { ClientApiBase } = require('azure-devops-node-api/ClientApiBases');
const GitInterfaces = require('azure-devops-node-api/interfaces/GitInterfaces');
const BuildInterfaces = require('azure-devops-node-api/interfaces/BuildInterfaces');
const VSSInterfaces = require('azure-devops-node-api/interfaces/common/VSSInterfaces');

const [url, pat] = process.argv.slice(2);
if (!url || !pat) {
    console.error('usage: node scenario.js <organisation URL> <PAT>');
    process.exit(2);
}
const GRAPH_AREA_ID = 'bb1e7ec9-e901-4b68-999a-de7012b920f8';
const GRAPH_USERS_LOCATION_ID = '005e26ec-6b77-4e4f-a986-b3827bf241f5';
const PROJECT = 'Fabrikam-Fiber-Git';
const ZERO = '0000000000000000000000000000000000000000';

const connection = new azdev.WebApi(url, azdev.getPersonalAccessTokenHandler(pat));
const state = {};
let passed = 0;
let total = 0;

function check(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}

async function step(name, body) {
    total++;
    try {
        const detail = await body();
        passed++;
        console.log(JSON.stringify({ step: name, ok: true, detail: String(detail === undefined ? '' : detail) }));
    } catch (e) {
        const text = (e && e.message ? e.message : String(e)) + (e && e.statusCode ? ' (HTTP ' + e.statusCode + ')' : '');
        console.log(JSON.stringify({ step: name, ok: false, detail: text }));
    }
}

async function main() {
    const core = await connection.getCoreApi();
    const git = await connection.getGitApi();
    const wit = await connection.getWorkItemTrackingApi();
    const build = await connection.getBuildApi();
    const pipelines = await connection.getPipelinesApi();
    const taskAgent = await connection.getTaskAgentApi();

    await step('projects', async () => {
        const projects = await core.getProjects();
        state.project = projects.find(p => p.name === PROJECT);
        check(state.project, 'no project ' + PROJECT + ' in ' + projects.map(p => p.name));
        return projects.length + ' projects';
    });
    await step('teams', async () => {
        const teams = await core.getTeams(state.project.id);
        check(teams.some(t => t.name === 'Quality assurance'), 'no team "Quality assurance" in ' + teams.map(t => t.name));
        return teams.map(t => t.name).join(', ');
    });
    await step('repositories', async () => {
        const repos = await git.getRepositories(PROJECT);
        state.repo = repos.find(r => r.name === PROJECT);
        check(state.repo, 'no repository ' + PROJECT);
        check(state.repo.project && state.repo.project.id === state.project.id, 'repository names another project');
        return repos.length + ' repositories';
    });
    await step('refs', async () => {
        const refs = await git.getRefs(state.repo.id, PROJECT, 'heads/');
        const main = refs.find(r => r.name === 'refs/heads/main');
        check(main && /^[0-9a-f]{40}$/.test(main.objectId), 'no refs/heads/main with an object id');
        check(refs.every(r => r.name.startsWith('refs/heads/')), 'filter heads/ not applied: ' + refs.map(r => r.name));
        state.mainTip = main.objectId;
        return refs.map(r => r.name).join(', ');
    });
    await step('items', async () => {
        const version = { version: 'main', versionType: GitInterfaces.GitVersionType.Branch };
        const readme = await git.getItem(state.repo.id, '/README.md', PROJECT, undefined, undefined, undefined,
            undefined, undefined, version, true);
        check(readme && readme.content && readme.content.includes('Fabrikam'), 'README.md content missing');
        const items = await git.getItems(state.repo.id, PROJECT, '/', GitInterfaces.VersionControlRecursionType.Full,
            undefined, undefined, undefined, undefined, version);
        check(items.some(i => i.path === '/src/app/Main.java'), 'recursive listing lacks /src/app/Main.java');
        const text = await streamText(await git.getItemText(state.repo.id, '/docs/guide.md', PROJECT));
        check(text === '# Guide\n', 'getItemText answered ' + JSON.stringify(text));
        return items.length + ' items';
    });
    await step('commits', async () => {
        const commits = await git.getCommits(state.repo.id,
            { itemVersion: { version: 'main', versionType: GitInterfaces.GitVersionType.Branch }, $top: 10 }, PROJECT);
        check(commits.length === 3, 'expected 3 commits on main, got ' + commits.length);
        check(commits[0].commitId === state.mainTip, 'newest commit is not the tip of main');
        const one = await git.getCommit(commits[2].commitId, state.repo.id, PROJECT);
        check(one.comment.trim() === 'Initial commit', 'first commit comment: ' + JSON.stringify(one.comment));
        return commits.map(c => c.comment).join(' | ');
    });
    await step('push', async () => {
        const content = Buffer.from('hello from node\n').toString('base64');
        const push = await git.createPush({
            refUpdates: [{ name: 'refs/heads/node-feature', oldObjectId: ZERO }],
            commits: [{
                comment: 'Add node.txt',
                parents: [state.mainTip],
                changes: [{
                    changeType: GitInterfaces.VersionControlChangeType.Add,
                    item: { path: '/node.txt' },
                    newContent: { content: content, contentType: GitInterfaces.ItemContentType.Base64Encoded },
                }],
            }],
        }, state.repo.id, PROJECT);
        check(push && push.pushId > 0, 'no push id');
        const item = await git.getItem(state.repo.id, '/node.txt', PROJECT, undefined, undefined, undefined,
            undefined, undefined, { version: 'node-feature', versionType: GitInterfaces.GitVersionType.Branch }, true);
        check(item.content === 'hello from node\n', 'stored content is ' + JSON.stringify(item.content));
        return 'push ' + push.pushId;
    });
    await step('pull request created', async () => {
        const pr = await git.createPullRequest({
            sourceRefName: 'refs/heads/node-feature',
            targetRefName: 'refs/heads/main',
            title: 'Add node.txt',
            description: 'Created by azure-devops-node-api',
        }, state.repo.id, PROJECT);
        check(pr.pullRequestId > 0, 'no pull request id');
        check(pr.status === GitInterfaces.PullRequestStatus.Active, 'status is ' + pr.status);
        state.pr = pr;
        return 'pull request ' + pr.pullRequestId;
    });
    await step('pull request reviewed', async () => {
        const me = state.pr.createdBy.id;
        const reviewer = await git.createPullRequestReviewer({ vote: 10 }, state.repo.id, state.pr.pullRequestId,
            me, PROJECT);
        check(reviewer.vote === 10, 'vote is ' + reviewer.vote);
        return 'approved by ' + reviewer.displayName;
    });
    await step('pull request completed', async () => {
        const current = await git.getPullRequest(state.repo.id, state.pr.pullRequestId, PROJECT);
        const done = await git.updatePullRequest({
            status: GitInterfaces.PullRequestStatus.Completed,
            lastMergeSourceCommit: current.lastMergeSourceCommit,
            completionOptions: {
                deleteSourceBranch: true,
                mergeStrategy: GitInterfaces.GitPullRequestMergeStrategy.Squash,
                mergeCommitMessage: 'Add node.txt (squashed)',
            },
        }, state.repo.id, state.pr.pullRequestId, PROJECT);
        check(done.status === GitInterfaces.PullRequestStatus.Completed, 'status is ' + done.status);
        check(done.completionOptions && done.completionOptions.deleteSourceBranch === true,
            'deleteSourceBranch echoed as ' + JSON.stringify(done.completionOptions));
        const again = await git.getPullRequestById(state.pr.pullRequestId, PROJECT);
        check(again.status === GitInterfaces.PullRequestStatus.Completed, 're-read status is ' + again.status);
        const merged = await git.getItem(state.repo.id, '/node.txt', PROJECT, undefined, undefined, undefined,
            undefined, undefined, { version: 'main', versionType: GitInterfaces.GitVersionType.Branch }, true);
        check(merged.content === 'hello from node\n', 'node.txt not on main after completion');
        const branches = await git.getRefs(state.repo.id, PROJECT, 'heads/node-feature');
        check(branches.length === 0, 'source branch not deleted');
        return 'merge commit ' + (done.lastMergeCommit ? done.lastMergeCommit.commitId : '?');
    });
    await step('work items created', async () => {
        const created = [];
        for (const title of ['Node task one', 'Node task two']) {
            const item = await wit.createWorkItem(null, [
                { op: VSSInterfaces.Operation.Add, path: '/fields/System.Title', value: title },
                { op: VSSInterfaces.Operation.Add, path: '/fields/System.Tags', value: 'node' },
            ], PROJECT, 'Task');
            check(item.id > 0 && item.fields['System.Title'] === title, 'created item lacks its title');
            created.push(item.id);
        }
        state.workItems = created;
        return created.join(', ');
    });
    await step('work item updated', async () => {
        const updated = await wit.updateWorkItem(null, [
            { op: VSSInterfaces.Operation.Replace, path: '/fields/System.Title', value: 'Node task one, renamed' },
        ], state.workItems[0], PROJECT);
        check(updated.fields['System.Title'] === 'Node task one, renamed', 'title is ' + updated.fields['System.Title']);
        check(updated.rev === 2, 'rev is ' + updated.rev);
        return 'rev ' + updated.rev;
    });
    await step('work items batch-read', async () => {
        const items = await wit.getWorkItemsBatch({ ids: state.workItems, fields: ['System.Id', 'System.Title'] },
            PROJECT);
        check(items.length === 2, 'expected 2 items, got ' + items.length);
        check(items[0].fields['System.Title'] === 'Node task one, renamed', 'batch read an old title');
        return items.map(i => i.id).join(', ');
    });
    await step('wiql', async () => {
        const result = await wit.queryByWiql({
            query: "Select [System.Id], [System.Title] From WorkItems Where [System.Tags] Contains 'node'" +
                ' Order By [System.Id]',
        }, { project: PROJECT });
        const ids = result.workItems.map(w => w.id);
        check(JSON.stringify(ids) === JSON.stringify(state.workItems), 'WIQL found ' + ids);
        return ids.join(', ');
    });
    await step('build queued', async () => {
        const definitions = await build.getDefinitions(PROJECT);
        const ci = definitions.find(d => d.name === 'Fabrikam-Fiber-Git CI');
        check(ci, 'no definition "Fabrikam-Fiber-Git CI"');
        const queued = await build.queueBuild({ definition: { id: ci.id }, sourceBranch: 'refs/heads/main' }, PROJECT);
        check(queued.id > 0, 'no build id');
        check(queued.status !== undefined && queued.status !== BuildInterfaces.BuildStatus.None,
            'status is ' + queued.status);
        state.definition = ci;
        state.build = queued;
        return 'build ' + queued.id + ' status ' + queued.status;
    });
    await step('builds listed', async () => {
        const builds = await build.getBuilds(PROJECT, [state.definition.id], undefined, undefined, undefined,
            undefined, undefined, undefined, BuildInterfaces.BuildStatus.All);
        check(builds.some(b => b.id === state.build.id), 'queued build not listed');
        const again = await build.getBuild(PROJECT, state.build.id);
        check(again.definition.id === state.definition.id, 'build names another definition');
        return builds.length + ' builds';
    });
    await step('build timeline', async () => {
        const timeline = await waitFor(async () => {
            const t = await build.getBuildTimeline(PROJECT, state.build.id);
            return t && t.records && t.records.length > 0 ? t : null;
        });
        check(timeline.records.some(r => r.type === 'Stage' && r.name === 'Build'), 'no stage "Build"');
        check(timeline.records.some(r => r.type === 'Task'), 'no task records');
        return timeline.records.length + ' records';
    });
    await step('pipeline run', async () => {
        const list = await pipelines.listPipelines(PROJECT);
        const ci = list.find(p => p.name === 'Fabrikam-Fiber-Git CI');
        check(ci, 'no pipeline "Fabrikam-Fiber-Git CI"');
        const run = await pipelines.runPipeline({
            resources: { repositories: { self: { refName: 'refs/heads/main' } } },
            templateParameters: { configuration: 'release' },
        }, PROJECT, ci.id);
        check(run.id > 0, 'no run id');
        const again = await pipelines.getRun(PROJECT, ci.id, run.id);
        check(again.id === run.id && again.pipeline && again.pipeline.id === ci.id, 'run read back differs');
        return 'run ' + run.id + ' state ' + again.state;
    });
    await step('variable group read', async () => {
        const groups = await taskAgent.getVariableGroups(PROJECT);
        const group = groups.find(g => g.name === 'Release settings');
        check(group, 'no variable group "Release settings"');
        const one = await taskAgent.getVariableGroup(PROJECT, group.id);
        check(one.variables.environment.value === 'production', 'environment is ' + one.variables.environment.value);
        check(one.variables.apiToken.isSecret === true && one.variables.apiToken.value == null,
            'secret not masked');
        state.group = one;
        return 'group ' + one.id;
    });
    await step('variable group updated', async () => {
        const g = state.group;
        const updated = await taskAgent.updateVariableGroup({
            name: g.name,
            description: 'Updated by azure-devops-node-api',
            type: g.type,
            variables: { environment: { value: 'staging' }, apiToken: { isSecret: true, value: null } },
            variableGroupProjectReferences: [{
                name: g.name,
                description: 'Updated by azure-devops-node-api',
                projectReference: { id: state.project.id, name: state.project.name },
            }],
        }, g.id);
        check(updated.description === 'Updated by azure-devops-node-api', 'description is ' + updated.description);
        const again = await taskAgent.getVariableGroup(PROJECT, g.id);
        check(again.variables.environment.value === 'staging', 'environment is ' + again.variables.environment.value);
        return 'group ' + again.id + ' environment ' + again.variables.environment.value;
    });
    await step('graph users', async () => {
        // the package has no Graph client: its generic client, on the area's URL from resourceAreas
        const graphUrl = await connection._getResourceAreaUrl(url, GRAPH_AREA_ID);
        check(graphUrl !== url, 'graph area answered the organisation URL, not its own host');
        const graph = new ClientApiBase(graphUrl, [connection.authHandler], 'node-Graph-api', connection.options);
        const data = await graph.vsoClient.getVersioningData('7.1-preview.1', 'graph', GRAPH_USERS_LOCATION_ID, {},
            {});
        const res = await graph.rest.get(data.requestUrl, graph.createRequestOptions('application/json', data.apiVersion));
        const users = res.result.value;
        check(users.some(u => u.displayName === 'Grace Hopper'), 'no Grace Hopper in ' + users.map(u => u.displayName));
        return users.length + ' users';
    });
    await step('404', async () => {
        const missing = await git.getRepository('no-such-repository', PROJECT);
        check(missing === null, 'expected null for a missing repository, got ' + JSON.stringify(missing));
        let error;
        try {
            await wit.updateWorkItem(null, [{ op: VSSInterfaces.Operation.Add, path: '/fields/System.Title', value: 'x' }],
                99999999, PROJECT);
        } catch (e) {
            error = e;
        }
        check(error === undefined || error.statusCode === 404, 'unexpected error ' + (error && error.message));
        return 'null for GET, ' + (error ? 'HTTP ' + error.statusCode : 'null') + ' for PATCH';
    });
    console.log(JSON.stringify({ done: passed, of: total }));
}

async function waitFor(probe) {
    const deadline = Date.now() + 20000;
    for (;;) {
        const value = await probe();
        if (value || Date.now() > deadline) {
            check(value, 'timed out waiting');
            return value;
        }
        await new Promise(r => setTimeout(r, 250));
    }
}

function streamText(stream) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        stream.on('data', c => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
    });
}

main().catch(e => {
    console.log(JSON.stringify({ step: 'setup', ok: false, detail: e && e.message ? e.message : String(e) }));
    console.log(JSON.stringify({ done: passed, of: total }));
});
