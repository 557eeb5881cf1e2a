import type { Page } from './connection.ts';

export interface LocationMapper {
  /** Database id; the API only shows the global id. */
  dbId: number;
  kind: 'COUNTRY' | 'CITY' | 'REGION' | 'FACILITY' | 'OTHER';
  name: string;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  geonameId: number | null;
  mentionCount: number;
}

export interface LocationMentionMapper {
  /** Database id; the API only shows the global id. */
  dbId: number;
  articleId: number;
  locationId: number;
  start: number;
  end: number;
  text: string;
}

export type LocationConnectionMapper = Page<LocationMapper>;
export type LocationMentionConnectionMapper = Page<LocationMentionMapper>;
