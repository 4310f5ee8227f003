"""Reusable widgets: buttons, the on-screen keyboards, the camera preview."""
