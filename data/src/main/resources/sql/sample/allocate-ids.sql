-- Takes :count values from the identity sequence of a table (:table), for rows inserted with
-- OVERRIDING SYSTEM VALUE: the loader knows every id before it inserts, so rows can refer to each
-- other without a round trip per row.
SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)
