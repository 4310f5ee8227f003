"""The privacy core: notices, consent records, the records store and retention.

Nothing here imports Qt. Every rule that a privacy promise (P1-P10 in
PRODUCT.md) depends on is enforced in this package, so that the kiosk screens,
the manager's command line and the tests all go through the same code.
"""
