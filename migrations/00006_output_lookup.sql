-- +goose Up
-- The gateway asks which output (or metadata document) a CID is, to serve
-- the MIME type stored with it.
CREATE INDEX generation_outputs_output_cid ON generation_outputs (output_cid);
CREATE INDEX generation_outputs_metadata_cid ON generation_outputs (metadata_cid);

-- +goose Down
DROP INDEX generation_outputs_metadata_cid, generation_outputs_output_cid;
