-- +goose Up
-- Every call the relayer made to an AI provider for a request, whether the
-- request ended fulfilled or failed, across the runs of its job: each
-- Generate call's attempts are written on their own as it returns.
-- generation_outputs.attempts keeps those of the output's call only (and all
-- there is of requests fulfilled before this table).
CREATE TABLE generation_attempts (
    request_id numeric(78,0) NOT NULL,
    -- orders a request's calls: the order they were written in
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    -- call names one Generate call and n its attempt within it: a retried
    -- write of a call that had committed adds nothing
    call       uuid     NOT NULL,
    n          smallint NOT NULL,
    provider   text     NOT NULL,
    model      text     NOT NULL,
    -- SUCCESS, or the failure's class (ai.Class)
    outcome    text     NOT NULL,
    latency_ms double precision NOT NULL,
    cost_usd   double precision NOT NULL,
    -- the provider's words on a failure, safe text of at most 300 bytes
    error      text,
    -- when the call began
    at         timestamptz NOT NULL,
    PRIMARY KEY (request_id, seq),
    UNIQUE (call, n)
);

-- +goose Down
DROP TABLE generation_attempts;
