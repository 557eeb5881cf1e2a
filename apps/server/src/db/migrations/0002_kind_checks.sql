-- Enum columns hold only the SDL's values: a bad value from the extractor fails the whole ingest.
ALTER TABLE sections ADD CONSTRAINT sections_kind CHECK (kind IN ('BODY', 'APPEAL', 'BYLINE', 'CAPTION', 'DISCLOSURE', 'NAVIGATION', 'CHROME'));
ALTER TABLE actors ADD CONSTRAINT actors_kind CHECK (kind IN ('PERSON', 'ORGANIZATION', 'STATE', 'GROUP'));
ALTER TABLE locations ADD CONSTRAINT locations_kind CHECK (kind IN ('COUNTRY', 'CITY', 'REGION', 'FACILITY', 'OTHER'));
ALTER TABLE statements ADD CONSTRAINT statements_kind CHECK (kind IN ('DIRECT', 'INDIRECT', 'PARTIAL'));
ALTER TABLE sections ADD CONSTRAINT sections_span CHECK (0 <= start_offset AND start_offset <= end_offset);
ALTER TABLE mentions ADD CONSTRAINT mentions_span CHECK (0 <= start_offset AND start_offset <= end_offset);
ALTER TABLE location_mentions ADD CONSTRAINT location_mentions_span CHECK (0 <= start_offset AND start_offset <= end_offset);
ALTER TABLE statements ADD CONSTRAINT statements_span CHECK (0 <= start_offset AND start_offset <= end_offset);
ALTER TABLE relations ADD CONSTRAINT relations_span CHECK (0 <= start_offset AND start_offset <= end_offset);
