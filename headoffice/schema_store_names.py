"""Central schema migration 6: each kiosk's store and the store's display name (issue #19).

Head office knew stores only by the id in each visit, so the visitor's page could only show
"store-042". A kiosk now puts its store's id and display name (the one its branding band
shows) in every heartbeat, and ``heartbeat()`` keeps them on the kiosk's own row, as ever
found from the caller's login, so a kiosk names its own store and nobody else's. A kiosk
that does not send them (older software) leaves both as they were: NULL until it does, and
the pages fall back to the store id. A name is no personal data; it is cut to 80 characters,
the kiosk settings' own limit.
"""

from __future__ import annotations

STORE_NAMES = r"""
ALTER TABLE photobooth.kiosks ADD COLUMN store_id text, ADD COLUMN store_name text;

CREATE OR REPLACE FUNCTION photobooth.heartbeat(report jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
BEGIN
  INSERT INTO heartbeats (kiosk_id, at, report) VALUES (calling_kiosk(), now(), report)
  ON CONFLICT (kiosk_id) DO UPDATE SET at = EXCLUDED.at, report = EXCLUDED.report;
  UPDATE kiosks
     SET store_id = coalesce(nullif(left(btrim(report #>> '{store,id}'), 64), ''), store_id),
         store_name = coalesce(nullif(left(btrim(report #>> '{store,name}'), 80), ''), store_name)
   WHERE kiosk_id = calling_kiosk();
END $$;
REVOKE ALL ON FUNCTION photobooth.heartbeat(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION photobooth.heartbeat(jsonb) TO photobooth_kiosk;
"""
