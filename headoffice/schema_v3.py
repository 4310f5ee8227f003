"""Central schema, migration 3: settings profiles for groups of kiosks (issue #17).

Head office sets what every kiosk of a store group shares (countdown, languages, branding
frame, retention, privacy contact, delivery choice) once, as a *profile*: one row per group
in ``profiles``, with the fields the kiosks may not override in ``locked``. A kiosk belongs
to at most one group (``kiosks.profile_group``). A kiosk pulls its group's profile the way it
pulls erasure requests: through ``pull_profile()``, a SECURITY DEFINER function that finds
the kiosk from its own login (``calling_kiosk()``), so a kiosk reads its own group's profile
and nothing else. No profile (no group, or a group without one) comes down as NULL, and the
kiosk drops the one it had. What a profile may hold is checked by the command that sets it
(``central profile set``); the kiosk checks it again and ignores one it cannot use.
"""

from __future__ import annotations

V3 = r"""
CREATE TABLE photobooth.profiles (
  group_name text PRIMARY KEY CHECK (group_name ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$'),
  settings   jsonb NOT NULL,
  locked     jsonb NOT NULL DEFAULT '[]'::jsonb,
  revision   bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);
ALTER TABLE photobooth.kiosks ADD COLUMN profile_group text
  CHECK (profile_group ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$');

CREATE FUNCTION photobooth.pull_profile() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = photobooth, pg_temp AS $$
  SELECT jsonb_build_object('group', p.group_name, 'revision', p.revision,
                            'settings', p.settings, 'locked', p.locked)
    FROM kiosks k JOIN profiles p ON p.group_name = k.profile_group
   WHERE k.kiosk_id = calling_kiosk()
$$;

REVOKE ALL ON photobooth.profiles FROM PUBLIC;
REVOKE ALL ON FUNCTION photobooth.pull_profile() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION photobooth.pull_profile() TO photobooth_kiosk;
"""
