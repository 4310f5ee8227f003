"""Staff and manager screens: the PIN page (setup code, sign-in, changes), settings, health."""
