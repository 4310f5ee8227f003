"""Central schema, migration 2: a kiosk's login changes only its own rows (P5, P7).

Found in review (#15): with kiosk A's own login, ``push_erasures`` with the hash of a
visitor seen only at kiosk B deleted B's row at head office and made B erase the
visitor; ``push_consent_events`` added a withdrawal to B's visit; ``push_visits`` on
B's visit id answered ``stored: 1`` and changed nothing. So:

* every push function keeps only rows about the calling kiosk's own visits and answers
  with what really happened (``stored`` counts rows written; ``rejected`` lists the rest);
* an erasure a kiosk reports deletes that kiosk's own central rows at once; what it
  means for other stores becomes an erasure *request* with the kiosk as its origin,
  decided by head office's policy (``erasure_policy``: automatic by default, at most
  ``per_origin_per_day`` a day from one kiosk, held for review when the kiosk never held
  the person at head office) and written to head office's own audit log. Only applied
  requests count as tombstones, so a held request cannot make another kiosk erase
  anything either;
* each sync reports the kiosk's audit-log head (``audit_heads``), so head office sees a
  chain that went backwards or forked;
* the catalog views that list roles are closed to ordinary roles in this database where
  the migrating role may do so (a superuser); kiosk role names are random from now on
  (``headoffice.admin``), since PostgreSQL still resolves any role oid to its name.
"""

from __future__ import annotations

V2 = r"""
ALTER TABLE photobooth.erasure_requests
  ADD COLUMN status     text NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'held', 'declined')),
  ADD COLUMN reason     text,
  ADD COLUMN decided_at timestamptz,
  ADD COLUMN decided_by text;   -- 'central', 'policy', or the head-office person who decided
UPDATE photobooth.erasure_requests
   SET decided_at = created_at, decided_by = CASE WHEN origin = 'central' THEN 'central' ELSE 'policy' END;
CREATE INDEX erasure_origin ON photobooth.erasure_requests (origin, created_at);

CREATE TABLE photobooth.erasure_policy (
  id                 integer PRIMARY KEY CHECK (id = 1),
  mode               text NOT NULL DEFAULT 'automatic' CHECK (mode IN ('automatic', 'review')),
  per_origin_per_day integer NOT NULL DEFAULT 20 CHECK (per_origin_per_day >= 0),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
INSERT INTO photobooth.erasure_policy (id) VALUES (1);

-- Head office's own audit log: requests from kiosks and what was decided about them.
CREATE TABLE photobooth.office_audit (
  seq     bigserial PRIMARY KEY,
  at      timestamptz NOT NULL DEFAULT now(),
  actor   text NOT NULL,
  action  text NOT NULL,
  outcome text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- Each kiosk's audit-log head as reported at each sync (a new row only when it changed).
CREATE TABLE photobooth.audit_heads (
  id          bigserial PRIMARY KEY,
  kiosk_id    text NOT NULL REFERENCES photobooth.kiosks,
  seq         bigint NOT NULL,
  hash        text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_heads_kiosk ON photobooth.audit_heads (kiosk_id, id);

-- Only a decided erasure is a tombstone; a held one waits for head office.
CREATE OR REPLACE FUNCTION photobooth.erasure_for(v_id uuid, e_hash text, p_hash text) RETURNS uuid
LANGUAGE sql STABLE SET search_path = photobooth, pg_temp AS $$
  SELECT id FROM erasure_requests
   WHERE status = 'applied'
     AND (visit_id = v_id
          OR (e_hash IS NOT NULL AND email_hash = e_hash)
          OR (p_hash IS NOT NULL AND phone_hash = p_hash))
   ORDER BY created_at LIMIT 1
$$;

-- Carry out an applied request: central forgets every matching visit and tells each kiosk
-- that held one to erase its copy. Returns the central object keys, for the caller to delete.
CREATE FUNCTION photobooth.apply_erasure(req uuid) RETURNS SETOF text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE r erasure_requests; matched uuid[];
BEGIN
  SELECT * INTO r FROM erasure_requests WHERE id = req AND status = 'applied';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'erasure request % is not applied', req USING ERRCODE = '55000';
  END IF;
  SELECT coalesce(array_agg(id), '{}') INTO matched FROM visits
   WHERE id = r.visit_id
      OR (r.email_hash IS NOT NULL AND email_hash = r.email_hash)
      OR (r.phone_hash IS NOT NULL AND phone_hash = r.phone_hash);
  INSERT INTO erasure_targets (request_id, kiosk_id)
  SELECT DISTINCT req, kiosk_id FROM visits WHERE id = ANY(matched)
  ON CONFLICT DO NOTHING;
  RETURN QUERY SELECT photo_object FROM visits WHERE id = ANY(matched) AND photo_object IS NOT NULL;
  DELETE FROM delivery_outcomes WHERE visit_id = ANY(matched);
  DELETE FROM visits WHERE id = ANY(matched);
  UPDATE erasure_requests SET completed_at = now()
   WHERE id = req AND NOT EXISTS (
     SELECT 1 FROM erasure_targets WHERE request_id = req AND acknowledged_at IS NULL);
END $$;

-- Head office's own erasure (`central erase`): decided by head office, applied at once.
CREATE OR REPLACE FUNCTION photobooth.record_erasure(req uuid, origin text, e_hash text, p_hash text, v_id uuid)
RETURNS SETOF text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
BEGIN
  INSERT INTO erasure_requests (id, origin, email_hash, phone_hash, visit_id, status, decided_at, decided_by)
  VALUES (req, origin, e_hash, p_hash, v_id, 'applied', now(), origin);
  RETURN QUERY SELECT * FROM apply_erasure(req);
END $$;

CREATE OR REPLACE FUNCTION photobooth.push_visits(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE
  k text := calling_kiosk();
  v jsonb;
  vid uuid;
  holder text;
  req uuid;
  n int;
  stored int := 0;
  refused int := 0;
  rejected jsonb := '[]'::jsonb;
BEGIN
  FOR v IN SELECT * FROM jsonb_array_elements(batch) LOOP
    vid := (v->>'id')::uuid;
    SELECT kiosk_id INTO holder FROM visits WHERE id = vid;
    IF holder IS NOT NULL AND holder <> k THEN
      rejected := rejected || to_jsonb(vid::text);   -- another kiosk's visit: untouched, and said so
      CONTINUE;
    END IF;
    req := erasure_for(vid, v->>'email_hash', v->>'phone_hash');
    IF req IS NOT NULL THEN
      -- Erasure wins: never store it, and make sure this kiosk erases its own copy.
      INSERT INTO erasure_targets (request_id, kiosk_id) VALUES (req, k)
        ON CONFLICT (request_id, kiosk_id) DO UPDATE SET acknowledged_at = NULL
        WHERE erasure_targets.acknowledged_at IS NOT NULL;
      UPDATE erasure_requests SET completed_at = NULL WHERE id = req;
      refused := refused + 1;
      CONTINUE;
    END IF;
    -- A photo that stops being publishable (withdrawn, restricted, expired) goes on the take-down list.
    INSERT INTO takedowns (visit_id, object_key)
    SELECT id, photo_object FROM visits
     WHERE id = vid AND kiosk_id = k AND photo_object IS NOT NULL
       AND photo_object IS DISTINCT FROM v->>'photo_object'
    ON CONFLICT DO NOTHING;
    INSERT INTO visits (id, kiosk_id, store_id, created_at, language, email_hash, phone_hash, sealed, photo_object, restricted)
    VALUES (vid, k, v->>'store_id', (v->>'created_at')::timestamptz, v->>'language',
            v->>'email_hash', v->>'phone_hash', decode(v->>'sealed', 'base64'), v->>'photo_object',
            coalesce((v->>'restricted')::boolean, false))
    ON CONFLICT (id) DO UPDATE
      SET sealed = EXCLUDED.sealed, email_hash = EXCLUDED.email_hash, phone_hash = EXCLUDED.phone_hash,
          photo_object = EXCLUDED.photo_object, restricted = EXCLUDED.restricted,
          pii_removed_at = CASE WHEN EXCLUDED.sealed IS NULL
                                THEN coalesce(visits.pii_removed_at, now()) END
      WHERE visits.kiosk_id = k;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
      rejected := rejected || to_jsonb(vid::text);   -- another kiosk stored it meanwhile
    END IF;
    stored := stored + n;
  END LOOP;
  RETURN jsonb_build_object('stored', stored, 'refused', refused,
                            'rejected', jsonb_array_length(rejected), 'rejected_ids', rejected);
END $$;

-- Which rows of a batch are about the calling kiosk's own visits (the rest are rejected).
CREATE FUNCTION photobooth.own_rows(batch jsonb, k text, mine boolean) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = photobooth, pg_temp AS $$
  SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM jsonb_array_elements(batch) AS e
   WHERE EXISTS (SELECT 1 FROM visits v WHERE v.id = (e->>'visit_id')::uuid AND v.kiosk_id = k) = mine
$$;

DROP FUNCTION photobooth.push_consent_events(jsonb);
CREATE FUNCTION photobooth.push_consent_events(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE
  k text := calling_kiosk();
  mine jsonb := own_rows(batch, k, true);
  rejected jsonb := (SELECT coalesce(jsonb_agg(e->>'id'), '[]'::jsonb)
                       FROM jsonb_array_elements(own_rows(batch, k, false)) AS e);
  n int;
BEGIN
  INSERT INTO consent_events (id, visit_id, kiosk_id, purpose, event, legal_basis, notice_id, notice_version,
                              notice_sha256, notice_language, wording, method, channel, at, store_id, jurisdiction)
  SELECT (e->>'id')::uuid, (e->>'visit_id')::uuid, k, e->>'purpose', e->>'event', e->>'legal_basis',
         e->>'notice_id', e->>'notice_version', e->>'notice_sha256', e->>'notice_language', e->>'wording',
         e->>'method', e->>'channel', (e->>'at')::timestamptz, e->>'store_id', e->>'jurisdiction'
    FROM jsonb_array_elements(mine) AS e
  ON CONFLICT (id) DO NOTHING;   -- append-only: an event is never rewritten
  GET DIAGNOSTICS n = ROW_COUNT;
  -- A withdrawn publish consent takes the photo out of central storage.
  INSERT INTO takedowns (visit_id, object_key)
  SELECT v.id, v.photo_object FROM visits v
   WHERE v.kiosk_id = k AND v.photo_object IS NOT NULL
     AND EXISTS (SELECT 1 FROM jsonb_array_elements(mine) e
                  WHERE (e->>'visit_id')::uuid = v.id AND e->>'purpose' = 'publish_social' AND e->>'event' = 'withdrawn')
  ON CONFLICT DO NOTHING;
  UPDATE visits v SET photo_object = NULL
   WHERE v.kiosk_id = k AND v.photo_object IS NOT NULL
     AND EXISTS (SELECT 1 FROM jsonb_array_elements(mine) e
                  WHERE (e->>'visit_id')::uuid = v.id AND e->>'purpose' = 'publish_social' AND e->>'event' = 'withdrawn');
  RETURN jsonb_build_object('stored', n, 'rejected', jsonb_array_length(rejected), 'rejected_ids', rejected);
END $$;

DROP FUNCTION photobooth.push_delivery_outcomes(jsonb);
CREATE FUNCTION photobooth.push_delivery_outcomes(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE
  k text := calling_kiosk();
  mine jsonb := own_rows(batch, k, true);
  n int;
BEGIN
  INSERT INTO delivery_outcomes (id, visit_id, kiosk_id, channel, status, attempts, created_at, sent_at, updated_at)
  SELECT (d->>'id')::uuid, (d->>'visit_id')::uuid, k, d->>'channel', d->>'status',
         coalesce((d->>'attempts')::int, 0), (d->>'created_at')::timestamptz, (d->>'sent_at')::timestamptz,
         (d->>'updated_at')::timestamptz
    FROM jsonb_array_elements(mine) AS d
  ON CONFLICT (id) DO UPDATE
    SET status = EXCLUDED.status, attempts = EXCLUDED.attempts, sent_at = EXCLUDED.sent_at,
        updated_at = EXCLUDED.updated_at
    WHERE delivery_outcomes.kiosk_id = k;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN jsonb_build_object('stored', n, 'rejected', jsonb_array_length(batch) - n);
END $$;

-- A kiosk reports an erasure it carried out. Its own central rows go at once; other stores'
-- rows only through a request that head office's policy applies or holds.
CREATE OR REPLACE FUNCTION photobooth.push_erasures(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE
  k text := calling_kiosk();
  pol erasure_policy;
  t jsonb; rid uuid; e text; p text; v uuid;
  own uuid[];
  decision text; why text;
  erased int := 0; rejected int := 0; replayed int := 0;
  objects jsonb := '[]'::jsonb;
  requests jsonb := '[]'::jsonb;
  held_here jsonb := '{}'::jsonb;
BEGIN
  SELECT * INTO pol FROM erasure_policy WHERE id = 1;
  -- Whether this kiosk held the person, judged before anything is deleted: one erasure
  -- comes as one request per hash (email, phone), and the first would delete the proof.
  FOR t IN SELECT * FROM jsonb_array_elements(batch) LOOP
    held_here := held_here || jsonb_build_object((t->>'id')::uuid::text, EXISTS (
      SELECT 1 FROM visits WHERE kiosk_id = k AND (id = (t->>'visit_id')::uuid
        OR (t->>'email_hash' IS NOT NULL AND email_hash = t->>'email_hash')
        OR (t->>'phone_hash' IS NOT NULL AND phone_hash = t->>'phone_hash'))));
  END LOOP;
  FOR t IN SELECT * FROM jsonb_array_elements(batch) LOOP
    rid := (t->>'id')::uuid; e := t->>'email_hash'; p := t->>'phone_hash'; v := (t->>'visit_id')::uuid;
    IF EXISTS (SELECT 1 FROM erasure_requests WHERE id = rid) THEN
      replayed := replayed + 1;
      CONTINUE;
    END IF;
    IF e IS NULL AND p IS NULL AND v IS NULL THEN
      rejected := rejected + 1;
      CONTINUE;
    END IF;
    SELECT coalesce(array_agg(id), '{}') INTO own FROM visits
     WHERE kiosk_id = k AND (id = v OR (e IS NOT NULL AND email_hash = e) OR (p IS NOT NULL AND phone_hash = p));
    objects := objects || coalesce((SELECT jsonb_agg(photo_object) FROM visits
                                     WHERE id = ANY(own) AND photo_object IS NOT NULL), '[]'::jsonb);
    DELETE FROM delivery_outcomes WHERE visit_id = ANY(own);
    DELETE FROM visits WHERE id = ANY(own);
    erased := erased + cardinality(own);
    IF NOT coalesce((held_here->>(rid::text))::boolean, false) THEN
      decision := 'held'; why := 'the kiosk held no visit of this person at head office';
    ELSIF pol.mode = 'review' THEN
      decision := 'held'; why := 'head office reviews every erasure from a kiosk';
    ELSIF (SELECT count(*) FROM erasure_requests
            WHERE origin = k AND decided_by = 'policy' AND created_at > now() - interval '1 day')
          >= pol.per_origin_per_day THEN
      decision := 'held'; why := format('more than %s erasures from this kiosk in a day', pol.per_origin_per_day);
    ELSE
      decision := 'applied'; why := NULL;
    END IF;
    INSERT INTO erasure_requests (id, origin, email_hash, phone_hash, visit_id, status, reason, decided_at, decided_by)
    VALUES (rid, k, e, p, v, decision, why,
            CASE WHEN decision = 'applied' THEN now() END, CASE WHEN decision = 'applied' THEN 'policy' END);
    IF decision = 'applied' THEN
      objects := objects || coalesce((SELECT jsonb_agg(o) FROM apply_erasure(rid) AS o), '[]'::jsonb);
    END IF;
    INSERT INTO office_audit (actor, action, outcome, details)
    VALUES ('kiosk:' || k, 'erasure.request', decision,
            jsonb_strip_nulls(jsonb_build_object('request_id', rid, 'own_visits_erased', cardinality(own), 'reason', why)));
    requests := requests || jsonb_build_object('id', rid, 'status', decision);
  END LOOP;
  RETURN jsonb_build_object('erased', erased, 'requests', requests, 'rejected', rejected,
                            'replayed', replayed, 'objects', objects);
END $$;

CREATE FUNCTION photobooth.push_audit_head(head jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE
  k text := calling_kiosk();
  s bigint := (head->>'seq')::bigint;
  h text := head->>'hash';
  last audit_heads;
BEGIN
  IF s IS NULL OR s < 0 OR h IS NULL OR length(h) > 128 THEN
    RAISE EXCEPTION 'an audit head is {"seq": n, "hash": "..."}' USING ERRCODE = '22023';
  END IF;
  SELECT * INTO last FROM audit_heads WHERE kiosk_id = k ORDER BY id DESC LIMIT 1;
  IF last.id IS NULL OR last.seq <> s OR last.hash <> h THEN
    INSERT INTO audit_heads (kiosk_id, seq, hash) VALUES (k, s, h);
  END IF;
  RETURN jsonb_build_object('seq', s, 'hash', h);
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA photobooth FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA photobooth FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA photobooth FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  photobooth.push_consent_events(jsonb),
  photobooth.push_delivery_outcomes(jsonb),
  photobooth.push_audit_head(jsonb)
TO photobooth_kiosk;

-- Role names: closed to ordinary roles in this database where PostgreSQL lets us (only a
-- superuser may change pg_catalog's grants); the database owner keeps what `remove-kiosk` reads.
DO $$
DECLARE owner text := (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database());
BEGIN
  IF current_setting('is_superuser') = 'on' THEN
    REVOKE SELECT ON pg_catalog.pg_roles, pg_catalog.pg_user, pg_catalog.pg_group,
                     pg_catalog.pg_auth_members, pg_catalog.pg_stat_activity, pg_catalog.pg_shdepend,
                     pg_catalog.pg_db_role_setting, pg_catalog.pg_prepared_xacts FROM PUBLIC;
    REVOKE EXECUTE ON FUNCTION pg_catalog.pg_get_userbyid(oid), pg_catalog.pg_stat_get_activity(integer),
                     pg_catalog.pg_stat_get_backend_userid(integer), pg_catalog.pg_identify_object(oid, oid, integer),
                     pg_catalog.pg_describe_object(oid, oid, integer) FROM PUBLIC;
    EXECUTE format('GRANT SELECT ON pg_catalog.pg_roles, pg_catalog.pg_stat_activity TO %I', owner);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pg_catalog.pg_get_userbyid(oid) TO %I', owner);
  ELSE
    RAISE WARNING 'kiosks can still read pg_roles here: run `central migrate` once as a superuser to close it';
  END IF;
END $$;
"""
