// A tender-drafting tool written in TypeScript, against the client openapi-generator's typescript-fetch makes
// from docs/api/openapi.json. GeneratedTypeScriptClientTest compiles it with tsc beside the generated client
// (in ./client) and runs it on Node.js: arguments are the API's base URL and three request bodies as JSON files;
// it prints what it read as one JSON line for the test to check.
import {
    Configuration, GapReportsApi, GapRequestFromJSON, LandingApi, NationalSecurityAssessmentsApi,
    NatsecRequestFromJSON, ProblemFromJSON, ProcurementProfileFromJSON, PveApi, ResponseError,
} from './client/index';

declare const process: any;
declare function require(name: string): any;
const fs = require('fs');

function read(file: string): any {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}

async function main(): Promise<void> {
    const [basePath, profileFile, gapFile, natsecFile] = process.argv.slice(2);
    const config = new Configuration({ basePath });
    const pveApi = new PveApi(config);
    const landing = await new LandingApi(config).getLanding();
    const profile = ProcurementProfileFromJSON(read(profileFile));
    const pve = await pveApi.createPve({ procurementProfile: profile, lang: 'en' });
    const docx = new Uint8Array(await (await pveApi.createPveDocx({ procurementProfile: profile })).arrayBuffer());
    const markdown = await pveApi.createPveMarkdown({ procurementProfile: profile, lang: 'nl' });
    const gap = await new GapReportsApi(config).createGapReport({ gapRequest: GapRequestFromJSON(read(gapFile)) });
    const natsec = await new NationalSecurityAssessmentsApi(config)
        .createNationalSecurityAssessment({ natsecRequest: NatsecRequestFromJSON(read(natsecFile)), lang: 'en' });
    let problem: any = null;
    try {
        await pveApi.createPve({ procurementProfile: { ...profile, contractMonths: 241 } });
    } catch (e) {
        if (e instanceof ResponseError) {
            problem = ProblemFromJSON(await e.response.json());
        }
    }
    console.log(JSON.stringify({
        apiVersion: landing.apiVersion,
        pveTitle: pve.title,
        pveLanguage: pve.language,
        pveLines: pve.requirements.length,
        docxIsZip: docx[0] === 0x50 && docx[1] === 0x4b,
        docxBytes: docx.length,
        markdown: markdown.substring(0, 200),
        verdicts: gap.suppliers.map(s => s.verdict),
        natsecOutcome: natsec.outcome,
        problemType: problem?.type,
        problemField: problem?.field,
        problemStatus: problem?.status,
    }));
}

main().catch(e => {
    console.error(e);
    process.exit(1);
});
