-- Issue 12: a district has 街道 (sub-district offices) and often 乡镇 (towns) too. The assessment scheme already
-- grouped `town` units with streets, but no unit could be of that kind: the kind is added here, in the domain's
-- vocabulary (src/domain/vocabulary.ts) and in the API, and test/schema-drift.int.test.ts keeps the three equal.
ALTER TABLE units DROP CONSTRAINT units_kind_check;
ALTER TABLE units ADD CONSTRAINT units_kind_check CHECK (kind IN ('department', 'street', 'town', 'other'));
