INSERT INTO town (code, name, name_en, boundary, approximate)
VALUES (?, ?, ?, ST_GeomFromEWKB(?), ?)
RETURNING id
