-- The card of one residential compound (:code) as JSON: its committee and its "four in one" team
-- (the community's party organisation, police station, property company, owners' committee).
SELECT json_build_object(
    'kind', 'compound',
    'code', r.code,
    'name', r.name,
    'version', r.version,
    'illustrative', r.illustrative,
    'bbox', json_build_array(ST_XMin(r.boundary), ST_YMin(r.boundary), ST_XMax(r.boundary), ST_YMax(r.boundary)),
    'areaM2', round(ST_Area(r.boundary::geography)::numeric),
    'committee', json_build_object('code', c.code, 'name', c.name),
    'fourInOne', json_build_object(
        'partyOrganisation', r.party_organisation,
        'policeStation', r.police_station,
        'propertyCompany', r.property_company,
        'ownersCommittee', r.owners_committee)
)::text
FROM residential_compound r JOIN committee c ON c.id = r.committee_id
WHERE r.code = :code
