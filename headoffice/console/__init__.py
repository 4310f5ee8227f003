"""Head office in the browser (issue #19): a Django console for the privacy officer, the social
team and IT, and the visitor's page behind the link in every message.

Installed with the ``headoffice`` extra only; nothing here is imported by a kiosk command
(``central serve`` imports it inside its handler). Its own tables live in the ``console``
schema of head office's database; every rule it shows or applies is one of head office's
services (:mod:`headoffice.office` and its neighbours), called with the signed-in person as
the actor.
"""
