"""Central schema migration for head office's console (issue #19; P3, P5): what visitors did
through their link, legal holds, and the indexes the console's activity chart reads by day.

A visitor's "stop publishing" is a withdrawal consent event recorded at head office at once
(method ``visitor link``), the photo taken down; a kiosk pulls the withdrawals addressed to
it (``pull_link_withdrawals``), records the same event (same id, so its push does not
duplicate it) and acknowledges (``ack_link_withdrawal``), exactly as erasures travel. A
visitor's "delete" is an erasure request with ``visitor link`` as its origin and the
visit's kiosk as a target, so it fans out like every other erasure.

``visitor_actions`` remembers each token by a hash of its nonce only, so a used link is
known again without keeping the link. ``legal_holds`` (by keyed hash or visit, with a
reason) stop erasure and retention at head office while they last. The privacy officer's withdrawal in the console
travels the same way (``token_id`` then names the console request, ``channel`` how the
person asked).
"""

from __future__ import annotations

CONSOLE = r"""
CREATE TABLE photobooth.visitor_actions (
  token_id        text NOT NULL,
  action          text NOT NULL CHECK (action IN ('withdraw_publish', 'erase')),
  kiosk_id        text NOT NULL REFERENCES photobooth.kiosks,
  visit_id        uuid NOT NULL,
  at              timestamptz NOT NULL DEFAULT now(),
  event_id        uuid,
  request_id      uuid,
  acknowledged_at timestamptz,
  channel         text NOT NULL DEFAULT 'visitor-link',  -- how the person asked (the kiosk records it)
  PRIMARY KEY (token_id, action)
);
CREATE INDEX visitor_actions_visit ON photobooth.visitor_actions (visit_id);
CREATE INDEX visitor_actions_pending ON photobooth.visitor_actions (kiosk_id)
  WHERE action = 'withdraw_publish' AND acknowledged_at IS NULL;

CREATE FUNCTION photobooth.pull_link_withdrawals()
RETURNS TABLE (event_id uuid, visit_id uuid, purpose text, at timestamptz, channel text)
LANGUAGE sql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  SELECT a.event_id, a.visit_id, 'publish_social'::text, a.at, a.channel FROM visitor_actions a
   WHERE a.kiosk_id = calling_kiosk() AND a.action = 'withdraw_publish' AND a.acknowledged_at IS NULL
   ORDER BY a.at
$$;

CREATE FUNCTION photobooth.ack_link_withdrawal(ev uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  UPDATE visitor_actions SET acknowledged_at = now()
   WHERE event_id = ev AND kiosk_id = calling_kiosk() AND acknowledged_at IS NULL
$$;

-- The console's activity chart: visits and deliveries per day, for all stores or one.
CREATE INDEX visits_created ON photobooth.visits (created_at);
CREATE INDEX visits_store_created ON photobooth.visits (store_id, created_at);
CREATE INDEX delivery_outcomes_created ON photobooth.delivery_outcomes (created_at);

-- A legal hold: while active, nothing of the person is erased at head office (a request
-- made meanwhile waits as 'held' for the privacy officer) and retention keeps it too.
CREATE TABLE photobooth.legal_holds (
  id          uuid PRIMARY KEY,
  email_hash  text,
  phone_hash  text,
  visit_id    uuid,
  reason      text NOT NULL,
  placed_by   text NOT NULL,
  placed_at   timestamptz NOT NULL DEFAULT now(),
  released_by text,
  released_at timestamptz,
  CHECK (email_hash IS NOT NULL OR phone_hash IS NOT NULL OR visit_id IS NOT NULL)
);

-- Each kiosk that held the person keeps them too: it pulls the hold (and later its release)
-- and acknowledges, as it does erasures.
CREATE TABLE photobooth.legal_hold_targets (
  hold_id         uuid NOT NULL REFERENCES photobooth.legal_holds ON DELETE CASCADE,
  kiosk_id        text NOT NULL REFERENCES photobooth.kiosks,
  released        boolean NOT NULL DEFAULT false,
  acknowledged_at timestamptz,
  PRIMARY KEY (hold_id, kiosk_id)
);

CREATE FUNCTION photobooth.pull_legal_holds()
RETURNS TABLE (hold_id uuid, email_hash text, phone_hash text, visit_id uuid, reason text, released boolean)
LANGUAGE sql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  SELECT h.id, h.email_hash, h.phone_hash, h.visit_id, h.reason, t.released
    FROM legal_hold_targets t JOIN legal_holds h ON h.id = t.hold_id
   WHERE t.kiosk_id = calling_kiosk() AND t.acknowledged_at IS NULL
   ORDER BY h.placed_at
$$;

CREATE FUNCTION photobooth.ack_legal_hold(hid uuid, rel boolean) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  UPDATE legal_hold_targets SET acknowledged_at = now()
   WHERE hold_id = hid AND kiosk_id = calling_kiosk() AND released = rel AND acknowledged_at IS NULL
$$;

REVOKE ALL ON photobooth.visitor_actions, photobooth.legal_holds, photobooth.legal_hold_targets FROM PUBLIC;
REVOKE ALL ON FUNCTION photobooth.pull_legal_holds(), photobooth.ack_legal_hold(uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION photobooth.pull_legal_holds(), photobooth.ack_legal_hold(uuid, boolean)
  TO photobooth_kiosk;
REVOKE ALL ON FUNCTION photobooth.pull_link_withdrawals(), photobooth.ack_link_withdrawal(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION photobooth.pull_link_withdrawals(), photobooth.ack_link_withdrawal(uuid)
  TO photobooth_kiosk;
"""
