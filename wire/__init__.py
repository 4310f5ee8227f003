"""What a kiosk and head office must agree on, and nothing else.

The sealed box for contact data, the fleet-keyed hashes of email and phone, the
central photo bucket's layout and how either side connects to PostgreSQL. Both
:mod:`sync` (the kiosk) and :mod:`headoffice` import this; it imports neither.
"""
