INSERT INTO residential_compound (committee_id, code, name, boundary, party_organisation, police_station,
                                  property_company, owners_committee, illustrative)
SELECT u.committee_id, u.code, u.name, ST_GeomFromEWKB(u.boundary), u.party_organisation, u.police_station,
       u.property_company, u.owners_committee, true
FROM unnest(?::bigint[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::text[], ?::text[], ?::text[])
    AS u (committee_id, code, name, boundary, party_organisation, police_station, property_company,
          owners_committee)
