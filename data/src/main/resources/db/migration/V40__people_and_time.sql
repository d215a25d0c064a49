-- Fixed people, fixed time (issue 14): the register gains volunteers and registered party members
-- (报到党员: their home unit and the service project they claimed), and a post's leader, members and
-- week go through draft plans and history like the rest of its state.

ALTER TABLE person DROP CONSTRAINT person_role_check;
ALTER TABLE person ADD CONSTRAINT person_role_check CHECK (role IN ('party_member', 'volunteer', 'staff'));
ALTER TABLE person
    ADD COLUMN registered      boolean NOT NULL DEFAULT false,
    ADD COLUMN home_unit       text CHECK (length(btrim(home_unit)) BETWEEN 1 AND 100),
    ADD COLUMN service_project text CHECK (length(btrim(service_project)) BETWEEN 1 AND 100),
    ADD CONSTRAINT person_registered_member CHECK (NOT registered OR role = 'party_member'),
    ADD CONSTRAINT person_registered_details
        CHECK (registered OR (home_unit IS NULL AND service_project IS NULL));

-- A post's week as text, one element per slot, 'weekday:startMinute:endMinute:id,id' (minutes from
-- midnight, 1440 for midnight at the end; people by id, ascending), in weekday and start order:
-- the form plans and history keep it in, so a whole week is one value.
CREATE FUNCTION post_week(post bigint) RETURNS text[] LANGUAGE sql STABLE
RETURN coalesce((
    SELECT array_agg(s.weekday || ':' || (extract(epoch FROM s.starts_at) / 60)::int || ':'
                     || CASE WHEN s.ends_at = '00:00' THEN 1440 ELSE (extract(epoch FROM s.ends_at) / 60)::int END
                     || ':' || coalesce((SELECT string_agg(m.person_id::text, ',' ORDER BY m.person_id)
                                           FROM duty_slot_member m WHERE m.slot_id = s.id), '')
                     ORDER BY s.weekday, s.starts_at)
      FROM duty_slot s WHERE s.post_id = post), '{}');

CREATE FUNCTION post_members(post bigint) RETURNS bigint[] LANGUAGE sql STABLE
RETURN coalesce((SELECT array_agg(person_id ORDER BY person_id) FROM duty_post_member WHERE post_id = post), '{}');

ALTER TABLE plan_post_change
    ADD COLUMN leader_id bigint,
    ADD COLUMN members   bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN slots     text[]   NOT NULL DEFAULT '{}';
UPDATE plan_post_change c
   SET leader_id = d.leader_id, members = post_members(d.id), slots = post_week(d.id)
  FROM duty_post d WHERE d.code = c.code;

-- Before V40 nobody could change people or slots, so every earlier change had them as they are now.
ALTER TABLE post_change
    ADD COLUMN before_leader  bigint,
    ADD COLUMN before_members bigint[],
    ADD COLUMN before_slots   text[],
    ADD COLUMN after_leader   bigint,
    ADD COLUMN after_members  bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN after_slots    text[]   NOT NULL DEFAULT '{}';
UPDATE post_change c
   SET after_leader = d.leader_id, after_members = post_members(d.id), after_slots = post_week(d.id),
       before_leader = CASE WHEN c.before_name IS NOT NULL THEN d.leader_id END,
       before_members = CASE WHEN c.before_name IS NOT NULL THEN post_members(d.id) END,
       before_slots = CASE WHEN c.before_name IS NOT NULL THEN post_week(d.id) END
  FROM duty_post d WHERE d.code = c.code;

