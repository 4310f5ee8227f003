"""Head office: the central PostgreSQL store, the sealing of contact data, and kiosk sync.

Nothing here imports Qt. The central side is existing engines only (PostgreSQL
through psycopg 3, S3-compatible storage through boto3); what a kiosk may do
there is fixed by PostgreSQL itself (its own login role, SECURITY DEFINER
functions, nothing granted to PUBLIC), not by code on the kiosk.
"""
