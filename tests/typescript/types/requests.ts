// Builds valid requests for several operations of both APIs from the types openapi-typescript
// generates out of the published specs (dist/openapi/*.json). `tsc --strict` must accept it.
import type { components as RawUGC, paths as RawUGCPaths } from "./rawugc";
import type { components as ICP, paths as ICPPaths } from "./volc-icp";

type JsonBody<Op> = Op extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;

export const generateVideo: JsonBody<RawUGCPaths["/videos/generate"]["post"]> = {
  model: "sora-2-text-to-video",
  prompt: "A cat reviews noise-cancelling headphones",
  aspectRatio: "portrait",
  nFrames: "10",
};

export const overlay: JsonBody<RawUGCPaths["/videos/overlay"]["post"]> = {
  videoId: "vid_123",
  text: "Only today",
  position: "bottom",
  fontSize: 48,
};

export const music: JsonBody<RawUGCPaths["/music/generate"]["post"]> = {
  prompt: "lo-fi hip hop for a product demo",
  model: "V5",
  instrumental: true,
};

export const post: JsonBody<RawUGCPaths["/social/posts"]["post"]> = {
  videoUrl: "https://cdn.example.com/v.mp4",
  accountIds: ["acc_1"],
  mode: "schedule",
  scheduledFor: 1772755200000,
  tiktokPrivacyLevel: "SELF_ONLY",
};

export const persona: RawUGC["schemas"]["CreatePersonaRequest"] = {
  name: "Busy parents",
  description: "Parents of toddlers who shop on their phones",
};

export const listUsers: ICP["schemas"]["ListUsersRequest"] = { UserType: "Idle" };

export const mediaList: ICP["schemas"]["GetMediaListRequest"] = {
  Owner: { Type: "PERSON", Id: 1 },
  MediaType: 3,
  PageNum: 0,
  PageSize: 20,
};

export const mediaInfo: ICP["schemas"]["GetMediaInfoRequest"] = {
  MediaIds: ["7161003855421587982"],
  ArticleContentFormat: "html",
};

type ListUsersOp = ICPPaths["/#Action=ListUsers&Version=2022-02-01"]["post"];
export const listUsersQuery: ListUsersOp["parameters"]["query"] = {
  Action: "ListUsers",
  Version: "2022-02-01",
};
