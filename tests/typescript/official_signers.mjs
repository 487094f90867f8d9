// Sign ICP requests with Volcengine's official Node SDK (@volcengine/openapi) and send them to
// the mock: `node official_signers.mjs BASE_URL` with VOLC_ACCESSKEY / VOLC_SECRETKEY set.
// Prints one JSON object: per case, the SignedHeaders sent and the envelope's error code (or null).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Signer, Service } = require("@volcengine/openapi");

const base = new URL(process.argv[2]);
const credentials = {
  accessKeyId: process.env.VOLC_ACCESSKEY,
  secretKey: process.env.VOLC_SECRETKEY,
};
const body = JSON.stringify({ Owner: { Type: "PERSON", Id: 2 }, MediaType: 3, PageNum: 0, PageSize: 5 });

async function send(headers) {
  const url = `${base.origin}/?Action=GetMediaList&Version=2022-02-01`;
  const response = await fetch(url, { method: "POST", headers, body });
  const envelope = await response.json();
  const error = envelope.ResponseMetadata.Error;
  return {
    status: response.status,
    code: error ? error.Code : null,
    message: error ? error.Message : null,
    signedHeaders: /SignedHeaders=([^,]+)/.exec(headers.Authorization)[1],
    items: envelope.Result ? envelope.Result.MediaInfos.length : null,
  };
}

// Signer as its README shows: the request's own headers, Content-Type among them (left unsigned).
async function signer(extraHeaders, signWith = credentials) {
  const request = {
    region: "cn-north-1",
    method: "POST",
    pathname: "/",
    params: { Action: "GetMediaList", Version: "2022-02-01" },
    headers: { "Content-Type": "application/json", ...extraHeaders },
    body,
  };
  new Signer(request, "iccloud_muse").addAuthorization(signWith);
  return send(request.headers);
}

// Service.createAPI, the SDK's own client: it gives the signer no Host, and sends through axios.
async function service() {
  const api = new Service({
    host: base.host,
    protocol: base.protocol,
    region: "cn-north-1",
    serviceName: "iccloud_muse",
    ...credentials,
  }).createAPI("GetMediaList", { Version: "2022-02-01", method: "POST", contentType: "json" });
  const envelope = await api(JSON.parse(body));
  const error = envelope.ResponseMetadata.Error;
  return {
    code: error ? error.Code : null,
    message: error ? error.Message : null,
    items: envelope.Result ? envelope.Result.MediaInfos.length : null,
  };
}

const results = {
  signer: await signer({}),
  signerWithHost: await signer({ Host: base.host }),
  // temporary credentials: the signer adds X-Security-Token and signs it
  signerSts: await signer({}, {
    accessKeyId: process.env.VOLC_STS_ACCESSKEY,
    secretKey: process.env.VOLC_SECRETKEY,
    sessionToken: process.env.VOLC_SESSION_TOKEN,
  }),
  service: await service(),
};
process.stdout.write(JSON.stringify(results));
