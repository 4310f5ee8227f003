"""The central PostgreSQL schema, as numbered migrations.

Kiosk roles get nothing but EXECUTE on a handful of SECURITY DEFINER
functions. Each function finds the calling kiosk from ``session_user`` (never
from its arguments), so a kiosk can push only its own rows and read only what is
addressed to it, whatever it sends. Tables are not readable by kiosks at all;
nothing is granted to PUBLIC.

Erasure wins: a visit whose keyed hash or id is under an applied erasure is refused
by ``push_visits``, whenever it arrives, and the kiosk that sent it is added to the
erasure request so it deletes its own copy too. Migration 2
(:mod:`headoffice.schema_v2`) narrows every push to the calling kiosk's own visits and
turns a kiosk's erasure of other stores' visits into a request head office decides.
Migration 3 (:mod:`headoffice.schema_v3`) adds settings profiles for groups of kiosks;
migration 4 (:mod:`headoffice.schema_key_fingerprints`) the fingerprints of head office's
keys; migration 5 (:mod:`headoffice.schema_console`) the console and the visitor's link; migration
6 (:mod:`headoffice.schema_store_names`) each kiosk's store and its display name.
"""

from __future__ import annotations

from headoffice.schema_console import CONSOLE
from headoffice.schema_key_fingerprints import KEY_FINGERPRINTS
from headoffice.schema_store_names import STORE_NAMES
from headoffice.schema_v2 import V2
from headoffice.schema_v3 import V3

KIOSK_GROUP = "photobooth_kiosk"

V1 = r"""
CREATE SCHEMA IF NOT EXISTS photobooth;
REVOKE ALL ON SCHEMA photobooth FROM PUBLIC;

DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'photobooth_kiosk') THEN
    CREATE ROLE photobooth_kiosk NOLOGIN;
  END IF;
END $$;
GRANT USAGE ON SCHEMA photobooth TO photobooth_kiosk;

CREATE TABLE photobooth.kiosks (
  kiosk_id    text PRIMARY KEY,
  role_name   text UNIQUE NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

CREATE TABLE photobooth.visits (
  id           uuid PRIMARY KEY,
  kiosk_id     text NOT NULL REFERENCES photobooth.kiosks,
  store_id     text NOT NULL,
  created_at   timestamptz NOT NULL,
  language     text,
  email_hash   text,
  phone_hash   text,
  sealed       bytea,          -- name, email, phone sealed to head office's public key
  photo_object text,           -- central object key, only while the publish consent is active
  restricted   boolean NOT NULL DEFAULT false,
  pii_removed_at timestamptz,  -- retention stripped the contact and photo (here or at the kiosk)
  received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_email_hash ON photobooth.visits (email_hash);
CREATE INDEX visits_phone_hash ON photobooth.visits (phone_hash);
CREATE INDEX visits_kiosk ON photobooth.visits (kiosk_id, created_at);

CREATE TABLE photobooth.consent_events (
  id              uuid PRIMARY KEY,
  visit_id        uuid NOT NULL,
  kiosk_id        text NOT NULL REFERENCES photobooth.kiosks,
  purpose         text NOT NULL,
  event           text NOT NULL CHECK (event IN ('given', 'refused', 'withdrawn')),
  legal_basis     text,
  notice_id       text,
  notice_version  text,
  notice_sha256   text,
  notice_language text,
  wording         text,
  method          text,
  channel         text,
  at              timestamptz NOT NULL,
  store_id        text,
  jurisdiction    text,
  received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_events_visit ON photobooth.consent_events (visit_id);

CREATE TABLE photobooth.delivery_outcomes (
  id         uuid PRIMARY KEY,
  visit_id   uuid NOT NULL,
  kiosk_id   text NOT NULL REFERENCES photobooth.kiosks,
  channel    text NOT NULL,
  status     text NOT NULL,
  attempts   integer NOT NULL DEFAULT 0,
  created_at timestamptz,
  sent_at    timestamptz,
  updated_at timestamptz
);
CREATE INDEX delivery_outcomes_visit ON photobooth.delivery_outcomes (visit_id);

CREATE TABLE photobooth.erasure_requests (
  id           uuid PRIMARY KEY,
  created_at   timestamptz NOT NULL DEFAULT now(),
  origin       text NOT NULL,          -- 'central' or the kiosk id that erased first
  email_hash   text,
  phone_hash   text,
  visit_id     uuid,
  completed_at timestamptz
);
CREATE INDEX erasure_email ON photobooth.erasure_requests (email_hash);
CREATE INDEX erasure_phone ON photobooth.erasure_requests (phone_hash);
CREATE INDEX erasure_visit ON photobooth.erasure_requests (visit_id);

CREATE TABLE photobooth.erasure_targets (
  request_id      uuid NOT NULL REFERENCES photobooth.erasure_requests ON DELETE CASCADE,
  kiosk_id        text NOT NULL REFERENCES photobooth.kiosks,
  acknowledged_at timestamptz,
  PRIMARY KEY (request_id, kiosk_id)
);

CREATE TABLE photobooth.takedowns (
  visit_id   uuid NOT NULL,
  object_key text NOT NULL,
  at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (visit_id, object_key)
);

CREATE TABLE photobooth.exports (
  id   bigserial PRIMARY KEY,
  kind text NOT NULL,
  at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE photobooth.heartbeats (
  kiosk_id text PRIMARY KEY REFERENCES photobooth.kiosks,
  at       timestamptz NOT NULL,
  report   jsonb NOT NULL
);

CREATE TABLE photobooth.retention_rules (
  id         integer PRIMARY KEY CHECK (id = 1),
  rules      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Which kiosk is calling. Never taken from a function argument.
CREATE FUNCTION photobooth.calling_kiosk() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE k text;
BEGIN
  SELECT kiosk_id INTO k FROM kiosks WHERE role_name = session_user AND revoked_at IS NULL;
  IF k IS NULL THEN
    RAISE EXCEPTION 'role % is not an active kiosk', session_user USING ERRCODE = '42501';
  END IF;
  RETURN k;
END $$;

-- An erasure applies to a visit when its id or one of its keyed hashes is named.
CREATE FUNCTION photobooth.erasure_for(v_id uuid, e_hash text, p_hash text) RETURNS uuid
LANGUAGE sql STABLE SET search_path = photobooth, pg_temp AS $$
  SELECT id FROM erasure_requests
   WHERE visit_id = v_id
      OR (e_hash IS NOT NULL AND email_hash = e_hash)
      OR (p_hash IS NOT NULL AND phone_hash = p_hash)
   ORDER BY created_at LIMIT 1
$$;

CREATE FUNCTION photobooth.push_visits(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE
  k text := calling_kiosk();
  v jsonb;
  req uuid;
  stored int := 0;
  refused int := 0;
BEGIN
  FOR v IN SELECT * FROM jsonb_array_elements(batch) LOOP
    req := erasure_for((v->>'id')::uuid, v->>'email_hash', v->>'phone_hash');
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
     WHERE id = (v->>'id')::uuid AND kiosk_id = k AND photo_object IS NOT NULL
       AND photo_object IS DISTINCT FROM v->>'photo_object'
    ON CONFLICT DO NOTHING;
    INSERT INTO visits (id, kiosk_id, store_id, created_at, language, email_hash, phone_hash, sealed, photo_object, restricted)
    VALUES ((v->>'id')::uuid, k, v->>'store_id', (v->>'created_at')::timestamptz, v->>'language',
            v->>'email_hash', v->>'phone_hash', decode(v->>'sealed', 'base64'), v->>'photo_object',
            coalesce((v->>'restricted')::boolean, false))
    ON CONFLICT (id) DO UPDATE
      SET sealed = EXCLUDED.sealed, email_hash = EXCLUDED.email_hash, phone_hash = EXCLUDED.phone_hash,
          photo_object = EXCLUDED.photo_object, restricted = EXCLUDED.restricted,
          pii_removed_at = CASE WHEN EXCLUDED.sealed IS NULL
                                THEN coalesce(visits.pii_removed_at, now()) END
      WHERE visits.kiosk_id = k;   -- a kiosk can rectify only its own rows
    stored := stored + 1;
  END LOOP;
  RETURN jsonb_build_object('stored', stored, 'refused', refused);
END $$;

CREATE FUNCTION photobooth.push_consent_events(batch jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE k text := calling_kiosk(); n int;
BEGIN
  INSERT INTO consent_events (id, visit_id, kiosk_id, purpose, event, legal_basis, notice_id, notice_version,
                              notice_sha256, notice_language, wording, method, channel, at, store_id, jurisdiction)
  SELECT (e->>'id')::uuid, (e->>'visit_id')::uuid, k, e->>'purpose', e->>'event', e->>'legal_basis',
         e->>'notice_id', e->>'notice_version', e->>'notice_sha256', e->>'notice_language', e->>'wording',
         e->>'method', e->>'channel', (e->>'at')::timestamptz, e->>'store_id', e->>'jurisdiction'
    FROM jsonb_array_elements(batch) AS e
  ON CONFLICT (id) DO NOTHING;   -- append-only: an event is never rewritten
  GET DIAGNOSTICS n = ROW_COUNT;
  -- A withdrawn publish consent takes the photo out of central storage.
  INSERT INTO takedowns (visit_id, object_key)
  SELECT v.id, v.photo_object FROM visits v
   WHERE v.kiosk_id = k AND v.photo_object IS NOT NULL
     AND EXISTS (SELECT 1 FROM jsonb_array_elements(batch) e
                  WHERE (e->>'visit_id')::uuid = v.id AND e->>'purpose' = 'publish_social' AND e->>'event' = 'withdrawn')
  ON CONFLICT DO NOTHING;
  UPDATE visits v SET photo_object = NULL
   WHERE v.kiosk_id = k AND v.photo_object IS NOT NULL
     AND EXISTS (SELECT 1 FROM jsonb_array_elements(batch) e
                  WHERE (e->>'visit_id')::uuid = v.id AND e->>'purpose' = 'publish_social' AND e->>'event' = 'withdrawn');
  RETURN n;
END $$;

CREATE FUNCTION photobooth.push_delivery_outcomes(batch jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE k text := calling_kiosk(); n int;
BEGIN
  INSERT INTO delivery_outcomes (id, visit_id, kiosk_id, channel, status, attempts, created_at, sent_at, updated_at)
  SELECT (d->>'id')::uuid, (d->>'visit_id')::uuid, k, d->>'channel', d->>'status',
         coalesce((d->>'attempts')::int, 0), (d->>'created_at')::timestamptz, (d->>'sent_at')::timestamptz,
         (d->>'updated_at')::timestamptz
    FROM jsonb_array_elements(batch) AS d
   WHERE erasure_for((d->>'visit_id')::uuid, NULL, NULL) IS NULL
  ON CONFLICT (id) DO UPDATE
    SET status = EXCLUDED.status, attempts = EXCLUDED.attempts, sent_at = EXCLUDED.sent_at,
        updated_at = EXCLUDED.updated_at
    WHERE delivery_outcomes.kiosk_id = k;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

-- A kiosk reports an erasure it carried out: central forgets the person and fans out.
-- Returns the central object keys the erased visits held, for the caller to delete.
CREATE FUNCTION photobooth.push_erasures(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE k text := calling_kiosk(); t jsonb; n int := 0; objects jsonb := '[]'::jsonb;
BEGIN
  FOR t IN SELECT * FROM jsonb_array_elements(batch) LOOP
    IF EXISTS (SELECT 1 FROM erasure_requests WHERE id = (t->>'id')::uuid) THEN
      CONTINUE;  -- replayed
    END IF;
    objects := objects || coalesce((SELECT jsonb_agg(o) FROM record_erasure(
      (t->>'id')::uuid, k, t->>'email_hash', t->>'phone_hash', (t->>'visit_id')::uuid) AS o), '[]'::jsonb);
    UPDATE erasure_targets SET acknowledged_at = now() WHERE request_id = (t->>'id')::uuid AND kiosk_id = k;
    UPDATE erasure_requests SET completed_at = now()
     WHERE id = (t->>'id')::uuid AND NOT EXISTS (
       SELECT 1 FROM erasure_targets WHERE request_id = (t->>'id')::uuid AND acknowledged_at IS NULL);
    n := n + 1;
  END LOOP;
  RETURN jsonb_build_object('erased', n, 'objects', objects);
END $$;

-- Shared by central erase and kiosk-reported erasures: delete central rows, target holders.
CREATE FUNCTION photobooth.record_erasure(req uuid, origin text, e_hash text, p_hash text, v_id uuid)
RETURNS SETOF text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
DECLARE matched uuid[];
BEGIN
  INSERT INTO erasure_requests (id, origin, email_hash, phone_hash, visit_id)
  VALUES (req, origin, e_hash, p_hash, v_id);
  SELECT array_agg(id) INTO matched FROM visits
   WHERE id = v_id OR (e_hash IS NOT NULL AND email_hash = e_hash) OR (p_hash IS NOT NULL AND phone_hash = p_hash);
  INSERT INTO erasure_targets (request_id, kiosk_id)
  SELECT DISTINCT req, kiosk_id FROM visits WHERE id = ANY(coalesce(matched, '{}'))
  ON CONFLICT DO NOTHING;
  -- Object keys are returned so the caller can delete them from the bucket.
  RETURN QUERY SELECT photo_object FROM visits WHERE id = ANY(coalesce(matched, '{}')) AND photo_object IS NOT NULL;
  DELETE FROM delivery_outcomes WHERE visit_id = ANY(coalesce(matched, '{}'));
  DELETE FROM visits WHERE id = ANY(coalesce(matched, '{}'));
  UPDATE erasure_requests SET completed_at = now()
   WHERE id = req AND NOT EXISTS (SELECT 1 FROM erasure_targets WHERE request_id = req AND acknowledged_at IS NULL);
END $$;

CREATE FUNCTION photobooth.pull_erasures() RETURNS TABLE (id uuid, email_hash text, phone_hash text, visit_id uuid)
LANGUAGE sql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  SELECT r.id, r.email_hash, r.phone_hash, r.visit_id
    FROM erasure_requests r JOIN erasure_targets t ON t.request_id = r.id
   WHERE t.kiosk_id = calling_kiosk() AND t.acknowledged_at IS NULL
   ORDER BY r.created_at
$$;

CREATE FUNCTION photobooth.ack_erasure(req uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
BEGIN
  UPDATE erasure_targets SET acknowledged_at = now()
   WHERE request_id = req AND kiosk_id = calling_kiosk() AND acknowledged_at IS NULL;
  UPDATE erasure_requests SET completed_at = now()
   WHERE id = req AND completed_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM erasure_targets WHERE request_id = req AND acknowledged_at IS NULL);
END $$;

CREATE FUNCTION photobooth.heartbeat(report jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  INSERT INTO heartbeats (kiosk_id, at, report) VALUES (calling_kiosk(), now(), report)
  ON CONFLICT (kiosk_id) DO UPDATE SET at = EXCLUDED.at, report = EXCLUDED.report
$$;

CREATE FUNCTION photobooth.pull_retention() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  SELECT CASE WHEN calling_kiosk() IS NULL THEN NULL ELSE (SELECT rules FROM retention_rules WHERE id = 1) END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA photobooth FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA photobooth FROM PUBLIC;
REVOKE ALL ON FUNCTION photobooth.record_erasure(uuid, text, text, text, uuid) FROM photobooth_kiosk;
GRANT EXECUTE ON FUNCTION
  photobooth.calling_kiosk(),
  photobooth.push_visits(jsonb),
  photobooth.push_consent_events(jsonb),
  photobooth.push_delivery_outcomes(jsonb),
  photobooth.push_erasures(jsonb),
  photobooth.pull_erasures(),
  photobooth.ack_erasure(uuid),
  photobooth.heartbeat(jsonb),
  photobooth.pull_retention()
TO photobooth_kiosk;
"""

MIGRATIONS: list[str] = [V1, V2, V3, KEY_FINGERPRINTS, CONSOLE, STORE_NAMES]
SCHEMA_VERSION = len(MIGRATIONS)
