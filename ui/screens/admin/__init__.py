"""Staff and manager screens behind the PIN: the pad, first-start setup, settings, health."""
