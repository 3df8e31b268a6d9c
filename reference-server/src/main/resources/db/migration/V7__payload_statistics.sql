-- Payload columns are stored and sent back, never searched, joined or sorted on: ANALYZE collects no statistics
-- for them. Sampling their values (decompressing them and comparing jsonb for histograms) was most of the cost of
-- the automatic ANALYZE that PostgreSQL runs after every tenth of a table is new: on 200,000 generations it took
-- 381-514 ms of a processor with these columns and 148-175 ms without, time taken from the requests running then.
ALTER TABLE generations
  ALTER COLUMN input SET STATISTICS 0,
  ALTER COLUMN output SET STATISTICS 0;
ALTER TABLE events
  ALTER COLUMN metadata SET STATISTICS 0;
ALTER TABLE idempotency_keys
  ALTER COLUMN request_hash SET STATISTICS 0,
  ALTER COLUMN response_headers SET STATISTICS 0,
  ALTER COLUMN response_body SET STATISTICS 0;
