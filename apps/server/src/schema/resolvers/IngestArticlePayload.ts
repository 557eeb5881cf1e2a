import type { IngestArticlePayloadResolvers } from './../types.generated';
export const IngestArticlePayload: IngestArticlePayloadResolvers = {
  /* Implement IngestArticlePayload resolver logic here */
};
