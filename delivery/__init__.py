"""Getting the photo to the visitor: the durable outbox, the senders, and the worker between them.

No Qt here: the worker is a plain thread that the application wires to the
screens through a callback.
"""
