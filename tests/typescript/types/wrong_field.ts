// Must NOT type-check: `promt` is not a field of the video generation request, and
// `PageSize` is a number in GetMediaList.
import type { paths as RawUGCPaths } from "./rawugc";
import type { components as ICP } from "./volc-icp";

type JsonBody<Op> = Op extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;

export const generateVideo: JsonBody<RawUGCPaths["/videos/generate"]["post"]> = {
  model: "veo3",
  promt: "typo in the field name",
};

export const mediaList: ICP["schemas"]["GetMediaListRequest"] = {
  Owner: { Type: "PERSON", Id: 1 },
  MediaType: 3,
  PageSize: "20",
};
