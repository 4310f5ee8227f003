"""The kiosk's side of head-office sync: its change log in the records file, the feed, the client.

What leaves the kiosk is decided here (P1, P7, P8); how it is sealed and hashed is
agreed with head office in :mod:`wire`. Nothing here imports Qt or head office's code.
"""
