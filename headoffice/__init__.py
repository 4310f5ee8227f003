"""What runs at head office: the central PostgreSQL schema, kiosk logins, find/erase/export, retention.

Nothing here runs on a kiosk. What a kiosk may do at central is fixed by PostgreSQL
itself (its own login role, SECURITY DEFINER functions, nothing granted to PUBLIC),
not by code on the kiosk. It shares only :mod:`wire` with the kiosk's :mod:`sync`.
"""
