INSERT INTO partner_unit (committee_id, name, kind, annual_support_yuan, illustrative)
SELECT u.committee_id, u.name, u.kind, u.annual_support_yuan, true
FROM unnest(?::bigint[], ?::text[], ?::text[], ?::integer[])
    AS u (committee_id, name, kind, annual_support_yuan)
